package org.conductledger.model;

import java.util.Locale;

/**
 * Filter-as-you-type over the roster. Matches the name, or the ID number — but only the parts a list
 * shows (first and last four characters) unless the full 18-character number is typed, so typing digits
 * cannot reveal the masked middle of someone's number.
 */
public final class MemberFilter {

    private static final int VISIBLE = 4;

    private MemberFilter() {
    }

    public static boolean matches(MemberSummary member, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String text = filter.strip();
        if (member.name().contains(text)) {
            return true;
        }
        String id = member.idNumber().toUpperCase(Locale.ROOT);
        String typed = text.toUpperCase(Locale.ROOT);
        if (typed.length() == IdNumber.LENGTH) {
            return id.equals(typed);
        }
        return typed.length() <= VISIBLE && (id.startsWith(typed) || id.endsWith(typed));
    }
}
