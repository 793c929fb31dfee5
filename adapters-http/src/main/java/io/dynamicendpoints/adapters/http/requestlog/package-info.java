/**
 * The request log API (api.md §4): an ADMIN lists a workflow's requests, reads one, and replays one
 * through the current workflow.
 */
package io.dynamicendpoints.adapters.http.requestlog;
