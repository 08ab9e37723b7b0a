package org.conductledger.model;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Filter-as-you-type over the roster. Matches the name, or the ID number — but only the parts a list
 * shows (first and last four characters) unless the full 18-character number is typed, so typing digits
 * cannot reveal the masked middle of someone's number.
 */
public final class MemberFilter {

    private static final int VISIBLE = 4;

    private MemberFilter() {
    }

    /** A predicate for {@code filter}, prepared once per keystroke and applied to every row without allocating. */
    public static Predicate<MemberSummary> of(String filter) {
        if (filter == null || filter.isBlank()) {
            return member -> true;
        }
        String text = filter.strip();
        String typed = text.toUpperCase(Locale.ROOT);
        if (typed.length() == IdNumber.LENGTH) {
            return member -> member.name().contains(text) || member.idNumber().equalsIgnoreCase(typed);
        }
        if (typed.length() <= VISIBLE) {
            int length = typed.length();
            return member -> {
                String id = member.idNumber();
                return member.name().contains(text)
                        || id.regionMatches(true, 0, typed, 0, length)
                        || id.regionMatches(true, id.length() - length, typed, 0, length);
            };
        }
        return member -> member.name().contains(text);
    }

    public static boolean matches(MemberSummary member, String filter) {
        return of(filter).test(member);
    }
}
