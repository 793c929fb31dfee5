/** The accounts that may sign in (admins, and integrators for partner systems), for admins to manage. */
package io.dynamicendpoints.adminui.user;
