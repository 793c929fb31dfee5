/**
 * Endpoints as admins manage them (the grid of every workflow with its URL, state and the actions on
 * it) and as integrators discover them (the catalogue of published endpoints, without secrets).
 */
package io.dynamicendpoints.adminui.endpoint;
