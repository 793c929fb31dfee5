/**
 * What the embedded H2 database needs from the platform beyond SQL: the upkeep its own background
 * thread would do, which the platform's durable commits switch off.
 */
package io.dynamicendpoints.adapters.persistence.h2;
