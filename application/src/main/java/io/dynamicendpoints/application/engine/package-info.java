/**
 * The workflow engine: walks a workflow's step tree for one request, one {@code __data} notepad per
 * run, dispatching each step to its handler and keeping a trace of what happened. Side effects go
 * through ports; the step records themselves stay pure data in the domain.
 */
package io.dynamicendpoints.application.engine;
