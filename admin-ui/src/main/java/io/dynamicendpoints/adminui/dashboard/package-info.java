/**
 * The admins' dashboard: requests per minute over the last hour and answers by status class per
 * endpoint, drawn as SVG on the server (Vaadin Charts needs a commercial licence, and JavaScript chart
 * add-ons would need an npm build), each chart with a title, a summary and its numbers as a table for
 * screen readers.
 */
package io.dynamicendpoints.adminui.dashboard;
