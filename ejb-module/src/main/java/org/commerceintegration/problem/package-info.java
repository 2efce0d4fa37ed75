/**
 * The application's own failure types that a caller may act on, neutral so that every feature can use them and the
 * API can map exactly these (and nothing else) to a client error: {@link
 * org.commerceintegration.problem.NotFoundException} (404), {@link
 * org.commerceintegration.problem.InvalidRequestException} (400) and {@link
 * org.commerceintegration.problem.ConflictException} (409). Their messages are written for the caller. Anything else
 * that escapes is a fault of the server and is answered with an incident id only. {@link
 * org.commerceintegration.problem.Causes} walks a cause chain, the one place that does.
 */
package org.commerceintegration.problem;
