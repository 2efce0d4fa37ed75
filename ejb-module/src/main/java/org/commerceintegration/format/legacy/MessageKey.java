package org.commerceintegration.format.legacy;

/**
 * What the PROLOG says a message is: {@code NC_MsgType} and {@code NC_MsgVersion}, blanks removed. Selects the
 * layouts (and, in the mapper, the command).
 *
 * @param type    e.g. {@code OS}, {@code ON}
 * @param version e.g. {@code 01}, {@code 02}
 */
public record MessageKey(String type, String version) {

    /** The form used in logs and in {@code CommandInvocation.messageType()}, e.g. {@code OS 02}. */
    @Override
    public String toString() {
        return type + " " + version;
    }
}
