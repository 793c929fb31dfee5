/** The catalogue of published endpoints that integrators discover: URLs and how to call them, never secrets. */
package io.dynamicendpoints.application.listing;
