/**
 * The admin console: a Vaadin driving adapter that calls the application's use cases, like the HTTP
 * controllers do. Its views arrive with the console issue; the module exists so that the build's
 * dependency rules already hold for it.
 */
package io.dynamicendpoints.adminui;
