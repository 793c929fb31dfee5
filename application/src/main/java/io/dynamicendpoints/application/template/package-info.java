/**
 * The scripting language of every configurable text: Twig-style templates ({@code {{ __data.field }}})
 * on Pebble, with the product's functions ({@code ScriptingExtension}), compiled once per workflow
 * revision and rendered in a sandbox ({@code SandboxExtension}, {@code SandboxCustomizer},
 * {@code RenderBudget}) that reaches no Java method, file or other template and bounds every render
 * in loops, time and size. docs/scripting.md is the reference.
 */
package io.dynamicendpoints.application.template;
