/**
 * The step tree of a workflow: every step kind as an immutable record. Behaviour with side effects
 * lives in the application's step handlers; these records only hold data and their invariants.
 */
package io.dynamicendpoints.domain.step;
