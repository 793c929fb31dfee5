/**
 * Stored accounts of the admin console and APIs: one row per user name, holding the bcrypt hash of
 * the password and the user's roles. Names are unique even when two processes add the same one at
 * once, which is how the first admin is bootstrapped safely on a cluster.
 */
package io.dynamicendpoints.adapters.persistence.user;
