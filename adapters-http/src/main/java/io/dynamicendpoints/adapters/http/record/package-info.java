/** {@code GET /api/records/{entity}}: what workflows stored in the platform's own record store. */
package io.dynamicendpoints.adapters.http.record;
