package org.commerceintegration.inbound;

import java.util.Optional;
import org.commerceintegration.command.CommandInvocation;

/**
 * Turns one inbound message into a command invocation, as Commerce's message mappers do ({@code NC.LEGACY},
 * {@code WCS.INTEGRATION}). A mapper that does not recognise the message returns empty so the next one may try;
 * a mapper that recognises it but finds it malformed throws {@link MessageFormatException}.
 */
public interface MessageMapper {

    /**
     * @param message the decoded message text
     * @return the invocation, or empty when this mapper does not recognise the message
     * @throws MessageFormatException when the message is this mapper's kind but malformed
     */
    Optional<CommandInvocation> map(String message);

    /**
     * As {@link #map(String)}, knowing the charset the transport's bytes were decoded with ({@code null} when the
     * message arrived as text), for formats that declare their own encoding.
     */
    default Optional<CommandInvocation> map(String message, java.nio.charset.Charset decodedWith) {
        return map(message);
    }
}
