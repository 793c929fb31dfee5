/** Reading the platform's own record store, where workflows keep what they create, so admins can see what ran. */
package io.dynamicendpoints.application.record;
