package org.conductledger.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 公民身份号码 rules of GB 11643-1999: six-digit address code, eight-digit birth date, three-digit
 * sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character. Only the 18-character
 * form is accepted; the check character X must be upper case (REFERENCE §5).
 */
public final class IdNumber {

    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private IdNumber() {
    }

    /** The message key of the first rule {@code value} breaks, or empty when it is a valid number. */
    public static Optional<String> problemWith(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("validation.idNumber.required");
        }
        if (value.length() != LENGTH) {
            return Optional.of("validation.idNumber.length");
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return Optional.of("validation.idNumber.characters");
            }
        }
        char last = value.charAt(LENGTH - 1);
        if (last == 'x') {
            return Optional.of("validation.idNumber.lowerCaseX");
        }
        if (!isAsciiDigit(last) && last != 'X') {
            return Optional.of("validation.idNumber.characters");
        }
        if (parseBirthDate(value).isEmpty()) {
            return Optional.of("validation.idNumber.birthDate");
        }
        if (checkCharacter(value) != last) {
            return Optional.of("validation.idNumber.checkDigit");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problemWith(value).isEmpty();
    }

    /** The check character for the first 17 digits of {@code value}. */
    public static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The birth date encoded in positions 7–14, if it is a real calendar date. */
    public static Optional<LocalDate> parseBirthDate(String value) {
        if (value == null || value.length() < 14) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(value.substring(6, 10));
            int month = Integer.parseInt(value.substring(10, 12));
            int day = Integer.parseInt(value.substring(12, 14));
            if (year < 1900) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The sex encoded by the parity of the sequence code (position 17). */
    public static Gender gender(String value) {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The form shown in lists: first four and last four characters, e.g. {@code 3201**********1234}. */
    public static String mask(String value) {
        if (value == null || value.length() <= 8) {
            return value == null ? "" : "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
