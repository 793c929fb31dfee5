/**
 * The scripting language of every configurable text: Twig-style templates ({@code {{ __data.field }}})
 * compiled once per workflow revision and rendered in a sandbox that reaches no Java method.
 */
package io.dynamicendpoints.application.template;
