/** The demo endpoint a new installation starts with, so a first user sees a reply within a minute. */
package io.dynamicendpoints.application.demo;
