/**
 * The request log ("Dynamic Endpoint Details"): what arrived at an endpoint and what it answered,
 * recorded for every request to a known endpoint so that admins can see, search and replay it. An
 * entry never holds a secret: credentials are masked and bodies are cut to a bounded size before an
 * entry exists.
 */
package io.dynamicendpoints.domain.requestlog;
