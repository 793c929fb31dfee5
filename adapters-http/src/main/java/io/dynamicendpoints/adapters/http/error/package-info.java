/**
 * The one error shape of every API answer, {@code {"error", "message", "details"}}: expected failures
 * map to precise statuses; nothing ever leaks a stack trace.
 */
package io.dynamicendpoints.adapters.http.error;
