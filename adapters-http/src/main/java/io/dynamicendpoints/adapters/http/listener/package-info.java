/**
 * The listener route {@code /listener/{first_hash}/{second_hash}}: the hot path where outside systems
 * call endpoints. It translates HTTP to the {@code ReceiveRequest} use case and its reply back.
 */
package io.dynamicendpoints.adapters.http.listener;
