/**
 * Secrets at rest: the key that encrypts endpoint secrets before they reach the database, kept
 * outside it (a key file or the environment), and the cipher that seals and opens stored values.
 */
package io.dynamicendpoints.adapters.persistence.secret;
