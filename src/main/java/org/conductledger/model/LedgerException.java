package org.conductledger.model;

import java.util.List;

/**
 * A failure the user should be told about in their own language: carries a bundle key and arguments,
 * never a stack trace for the screen. The technical cause, if any, goes to the log.
 */
public class LedgerException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public LedgerException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public LedgerException(Throwable cause, String messageKey, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
