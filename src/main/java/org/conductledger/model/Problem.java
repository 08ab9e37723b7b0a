package org.conductledger.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with user input: the field it belongs to (may be null for a whole-record problem),
 * a message key from the bundles, and the arguments for that message.
 */
public record Problem(Enum<?> field, String messageKey, List<Object> args) {

    public Problem {
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static Problem of(Enum<?> field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
