package org.commerceintegration.api;

import org.commerceintegration.problem.InvalidRequestException;

/**
 * Query parameters parsed by hand: Jakarta REST answers 404 when a numeric {@code @QueryParam} does not convert,
 * but a malformed number is bad input (400) with a message saying which parameter.
 */
final class Params {

    private Params() {}

    static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException(name + " must be a whole number from " + min + " to " + max);
    }
}
