/**
 * Traffic statistics for admins: when each endpoint was last called and how often, requests per minute
 * over the last hour, and how the answers split into status classes. Read from the request log's
 * aggregates ({@link io.dynamicendpoints.application.port.RequestTraffic}); time comes from a clock, so
 * the windows are exact and testable.
 */
package io.dynamicendpoints.application.traffic;
