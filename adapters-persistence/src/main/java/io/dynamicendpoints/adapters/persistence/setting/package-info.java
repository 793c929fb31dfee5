/**
 * Stored platform settings: named values the platform generates once and then keeps for good, such
 * as the secret that signs API access tokens. Every process sharing the database reads the same value,
 * and the first one to store a name decides it.
 */
package io.dynamicendpoints.adapters.persistence.setting;
