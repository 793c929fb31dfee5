/** {@code GET /api/endpoints}: the catalogue integrators use to discover published endpoints. */
package io.dynamicendpoints.adapters.http.listing;
