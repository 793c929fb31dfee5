/**
 * The people and systems that use the admin and integrator APIs: a user name, a password hash and
 * the roles that decide what they may do.
 */
package io.dynamicendpoints.domain.user;
