/** {@code /api/users}: accounts of the APIs and the console, managed by ADMINs. Password hashes never leave the server. */
package io.dynamicendpoints.adapters.http.user;
