package org.commerceintegration.inbound;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.MessageFormatException;

/**
 * Turns one inbound message into the command invocations it asks for, as Commerce's message mappers do
 * ({@code NC.LEGACY}, {@code WCS.INTEGRATION}). A mapper that does not recognise the message returns empty so the next
 * one may try; a mapper that recognises it but finds it malformed throws {@link MessageFormatException}.
 */
public interface MessageMapper {

    /** Reason code of a message no mapper, template or layout recognises ("No command matches the inbound message"). */
    String NO_COMMAND = "NO_COMMAND";

    /**
     * @param message     the decoded message text
     * @param decodedWith the charset the transport's bytes were decoded with, {@code null} when the message arrived as
     *                    text; for formats that declare their own encoding
     * @return one invocation per block of the message, in document order (one for most messages; an
     *         {@code Update_NC_OrderStatus} may carry several {@code OrderStatus}), or empty when this mapper does not
     *         recognise the message
     * @throws MessageFormatException when the message is this mapper's kind but malformed
     */
    Optional<List<CommandInvocation>> map(String message, Charset decodedWith);
}
