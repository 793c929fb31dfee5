/**
 * Durable async runs: one row per accepted async request, written before its caller is answered,
 * carrying which node holds it and since when (its lease), so that nodes sharing the database run each
 * request once and pick up the runs of a node that died.
 */
package io.dynamicendpoints.adapters.persistence.run;
