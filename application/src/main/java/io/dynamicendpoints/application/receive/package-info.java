/**
 * Receiving a request on an endpoint listener: finding the published endpoint in memory, turning the
 * request into a virtual record, and producing the reply the listener's return type asks for.
 */
package io.dynamicendpoints.application.receive;
