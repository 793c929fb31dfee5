/**
 * Virtual conditions: comparisons between two rendered template values that choose the yes or no
 * branch of a workflow.
 */
package io.dynamicendpoints.domain.condition;
