/**
 * A virtual workflow: a named, publishable definition made of an endpoint listener (the URL and how
 * it answers) and a tree of steps that run for every request the listener accepts.
 */
package io.dynamicendpoints.domain.workflow;
