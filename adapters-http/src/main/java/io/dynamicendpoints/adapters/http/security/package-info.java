/**
 * Authentication of the APIs: the {@code /login} credentials check, the signing of API access tokens
 * (HS256) with the secret the platform keeps in its database, and what a token must be to be accepted:
 * the shape the platform issues, its signature, its times and the account's current token stamp.
 */
package io.dynamicendpoints.adapters.http.security;
