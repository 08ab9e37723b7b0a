package org.conductledger.model;

/**
 * The words the exchange spreadsheets use for flags and for 境内/境外 — part of the file format (like the
 * headers in {@link ImportColumn}), the same whatever the UI language.
 */
public final class SheetWords {

    public static final String YES = "是";
    public static final String NO = "否";
    public static final String DOMESTIC = "境内";
    public static final String OVERSEAS = "境外";

    private SheetWords() {
    }

    public static String flag(boolean value) {
        return value ? YES : NO;
    }
}
