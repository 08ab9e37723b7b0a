package org.conductledger.model;

import java.util.Optional;

/**
 * 等保 2.0 level-2 password complexity: at least 8 characters from at least three of the classes
 * upper case, lower case, digits and other characters.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CLASSES = 3;

    private PasswordPolicy() {
    }

    /** The message key of the rule {@code password} breaks, if any. */
    public static Optional<String> problemWith(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("validation.password.tooShort");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("validation.password.tooLong");
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        return classes < MIN_CLASSES ? Optional.of("validation.password.classes") : Optional.empty();
    }
}
