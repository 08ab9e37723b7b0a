package org.conductledger.model;

/** 备案编号: {@code <organisation code>-<year>-<sequence, four digits>}, e.g. {@code ZB1-2026-0007}. */
public final class FilingNumber {

    private FilingNumber() {
    }

    /** The sequence of {@code filingNo} when it is in this ledger's form for that organisation and year. */
    public static java.util.Optional<Integer> sequenceOf(String filingNo, String orgCode, int year) {
        String prefix = orgCode + "-" + year + "-";
        if (filingNo.startsWith(prefix) && filingNo.substring(prefix.length()).matches("\\d{1,6}")) {
            return java.util.Optional.of(Integer.parseInt(filingNo.substring(prefix.length())));
        }
        return java.util.Optional.empty();
    }

    public static String format(String orgCode, int year, int sequence) {
        return String.format("%s-%d-%04d", orgCode, year, sequence);
    }
}
