/**
 * Authentication of the APIs: the {@code /login} credentials check and the signing of API access
 * tokens with the secret the platform keeps in its database.
 */
package io.dynamicendpoints.adapters.http.security;
