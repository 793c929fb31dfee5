/** A workflow run as seen afterwards: the trace of the steps it executed, in order. */
package io.dynamicendpoints.domain.run;
