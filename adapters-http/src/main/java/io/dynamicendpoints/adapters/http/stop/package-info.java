/**
 * The clean stop of the HTTP server: what callers get while the process stops (503 with
 * {@code Retry-After} and {@code Connection: close} for new requests, in-flight ones finished within
 * the grace period) and the two log lines that tell an operator how the stop went.
 */
package io.dynamicendpoints.adapters.http.stop;
