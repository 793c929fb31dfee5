/**
 * The request log: every request to a known endpoint, recorded off the listener's hot path (a bounded
 * queue drained by a background writer in batches), read and searched by admins, replayed through the
 * current workflow, and trimmed after its retention.
 */
package io.dynamicendpoints.application.requestlog;
