/**
 * The driven ports: what the use cases need from the outside world (storage, JSON, settings),
 * described as capabilities. Driven adapters implement them; use cases never see the technology.
 */
package io.dynamicendpoints.application.port;
