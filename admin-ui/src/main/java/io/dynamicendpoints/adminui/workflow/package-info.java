/**
 * Editing one workflow: the listener settings form (only the fields the chosen return type needs), the
 * run mode, and the api.md §6 document as JSON for importing and exporting the whole definition,
 * steps included. Rule violations from the application come back per field.
 */
package io.dynamicendpoints.adminui.workflow;
