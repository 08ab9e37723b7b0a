package org.conductledger.model;

/** 备案编号: {@code <organisation code>-<year>-<sequence, four digits>}, e.g. {@code ZB1-2026-0007}. */
public final class FilingNumber {

    private FilingNumber() {
    }

    public static String format(String orgCode, int year, int sequence) {
        return String.format("%s-%d-%04d", orgCode, year, sequence);
    }
}
