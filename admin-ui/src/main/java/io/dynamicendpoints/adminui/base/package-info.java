/**
 * The console's frame: the embedded Jetty that serves it inside the platform's process, the bridge
 * that lets Vaadin create views through the Micronaut context, sign-in and the access rules, the
 * main layout, and small components the views share.
 */
package io.dynamicendpoints.adminui.base;
