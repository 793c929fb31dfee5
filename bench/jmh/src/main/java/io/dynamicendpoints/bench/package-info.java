/**
 * JMH micro-benchmarks of the listener's hot paths: the endpoint lookup, template rendering, endpoint
 * JWT verification and condition operators. They call the application and domain classes exactly as
 * the listener does, with in-memory stand-ins for the ports, so a change to one of those classes can
 * be measured in isolation from HTTP and the database.
 */
package io.dynamicendpoints.bench;
