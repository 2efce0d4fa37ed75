package org.commerceintegration.transfer;

/**
 * A message file that cannot be read: the message names the line and what is wrong with it, so that an operator can
 * find it in the file. Nothing of a file that fails to read is used.
 */
public class MessageFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public MessageFileException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line the problem is on (0 for the file as a whole). */
    public int line() {
        return line;
    }
}
