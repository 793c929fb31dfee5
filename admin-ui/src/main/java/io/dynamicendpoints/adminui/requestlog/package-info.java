/**
 * The request log as admins read it: one endpoint's requests newest first, filtered and searched,
 * growing live as requests are stored, with each request's detail (headers as stored, body,
 * {@code __data}, response, run and trace) and a replay through the workflow as it is now.
 */
package io.dynamicendpoints.adminui.requestlog;
