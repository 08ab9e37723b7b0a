package org.conductledger.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Builds valid ID numbers for tests (never a real person's: the sequence codes are arbitrary). */
public final class TestIds {

    private TestIds() {
    }

    /** A valid number for {@code birth}; {@code sequence} odd for a man, even for a woman. */
    public static String id(String area, LocalDate birth, int sequence) {
        String body = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return body + IdNumber.checkCharacter(body);
    }

    public static String male(LocalDate birth) {
        return id("320102", birth, 123);
    }

    public static String female(LocalDate birth) {
        return id("320102", birth, 124);
    }
}
