/**
 * Signing in to the APIs and the console: checking passwords, creating the first admin, and the
 * secret that signs API tokens.
 */
package io.dynamicendpoints.application.user;
