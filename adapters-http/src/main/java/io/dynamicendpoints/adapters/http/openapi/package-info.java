/** The OpenAPI description of the platform's APIs, generated from the controllers. */
package io.dynamicendpoints.adapters.http.openapi;
