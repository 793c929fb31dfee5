/**
 * Managing workflows: creating, replacing, publishing and deleting them, and the JSON document
 * (api.md §6) that every adapter reads and writes them as.
 */
package io.dynamicendpoints.application.workflow;
