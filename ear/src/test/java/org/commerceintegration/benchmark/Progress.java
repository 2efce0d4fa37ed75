package org.commerceintegration.benchmark;

/**
 * What the scenario running in the server is doing now, one line, for the driver to print while it waits: the
 * scenario thread writes it, the progress request reads it.
 */
final class Progress {

    private static volatile String line = "idle";

    private Progress() {}

    static void set(String text) {
        line = text;
    }

    static String get() {
        return line;
    }
}
