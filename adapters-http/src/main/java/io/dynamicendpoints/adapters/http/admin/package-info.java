/** The admin REST API ({@code /api/workflows}): managing workflows over HTTP, for ADMIN users. */
package io.dynamicendpoints.adapters.http.admin;
