/**
 * Traffic figures as values: how recently and how often an endpoint was called, and how its answers
 * split into HTTP status classes. Counted by the application from the request log.
 */
package io.dynamicendpoints.domain.traffic;
