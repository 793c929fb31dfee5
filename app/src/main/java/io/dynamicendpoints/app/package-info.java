/**
 * The composition root: the process's {@code main}, its configuration, and the wiring that hands
 * the application's use cases their adapters. Nothing else may depend on this package.
 */
package io.dynamicendpoints.app;
