/**
 * The hand-over between the inbound path and the commands it runs:
 * {@link org.commerceintegration.command.CommandInvocation}, the command name and properties a mapper reads from a
 * message, in the shape Commerce's mappers hand to a command. Mappers ({@code inbound}) produce it and commands
 * ({@code status}) consume it; it lives in neither, so that they depend on it and not on each other.
 */
package org.commerceintegration.command;
