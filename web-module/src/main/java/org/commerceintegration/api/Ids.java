package org.commerceintegration.api;

import jakarta.ws.rs.BadRequestException;

/** Path ids are parsed here so that a malformed id is a 400 that says so, not a silent 404. */
final class Ids {

    private Ids() {}

    static long parse(String name, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not '" + text + "'");
        }
    }
}
