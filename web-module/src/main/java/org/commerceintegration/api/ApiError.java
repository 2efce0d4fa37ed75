package org.commerceintegration.api;

/**
 * The JSON body of every error answer: what went wrong, in words an operator can act on.
 *
 * @param status the HTTP status
 * @param error  the message
 */
public record ApiError(int status, String error) {
}
