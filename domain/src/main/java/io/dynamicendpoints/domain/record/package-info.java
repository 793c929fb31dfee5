/**
 * The virtual record: what a request carried, as the {@code __data} notepad that every template and
 * condition of a run reads.
 */
package io.dynamicendpoints.domain.record;
