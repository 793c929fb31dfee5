/** How the HTTP server treats its connections, below requests: how it closes them. */
package io.dynamicendpoints.adapters.http.connection;
