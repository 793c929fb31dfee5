/**
 * The endpoint listener: the private URL of a workflow, how it answers the caller, and which callers
 * (JWT) and browsers (CORS) it lets in.
 */
package io.dynamicendpoints.domain.listener;
