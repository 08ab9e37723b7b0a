package org.conductledger.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search box's text asks for. Names, account IDs, group numbers and filing numbers match anywhere in
 * the text, ignoring case. ID numbers match like the roster filter ({@link MemberFilter}) and never reveal the
 * masked middle: only the parts a list shows (2–4 characters at the start or the end, or the masked form
 * itself, e.g. {@code 3201**********1234}) or the whole 18-character number typed in full. A number (or
 * 「案件 123」) is also a case number, matched exactly.
 *
 * @param text           the stripped text, for the name and identifier columns (empty: search nothing)
 * @param fullIdNumber   the ID number typed in full (upper-case X), or null
 * @param idStart        characters the ID number starts with (as the mask shows them), or null
 * @param idEnd          characters the ID number ends with (as the mask shows them), or null
 * @param idBothEnds     the masked form was typed: the number must start with {@code idStart} and end with
 *                       {@code idEnd}; otherwise either is enough (as in the roster filter)
 * @param caseNumber     the case number, or null
 * @param casesOnly      the text named a case (「案件 123」): nothing else is searched
 */
public record SearchQuery(String text, String fullIdNumber, String idStart, String idEnd, boolean idBothEnds,
                          Long caseNumber, boolean casesOnly) {

    /** Characters of an ID number a list shows at either end. */
    public static final int VISIBLE = 4;
    private static final Pattern ID_CHARS = Pattern.compile("[0-9]{1,17}[0-9X]?");
    private static final Pattern MASKED = Pattern.compile("([0-9]{4})\\*{10}([0-9]{3}[0-9X])");
    private static final Pattern CASE = Pattern.compile("(?:案件|案|#)\\s*([0-9]{1,12})");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,12}");

    public static final SearchQuery NOTHING = new SearchQuery("", null, null, null, false, null, false);

    public static SearchQuery parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return NOTHING;
        }
        Matcher named = CASE.matcher(text);
        if (named.matches()) {
            return new SearchQuery("", null, null, null, false, Long.parseLong(named.group(1)), true);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        Long caseNumber = NUMBER.matcher(text).matches() ? Long.valueOf(text) : null;
        if (text.codePointCount(0, text.length()) == 1 && text.charAt(0) < 0x80) {
            // One Latin letter or digit matches too much to be useful; a digit may still be a case number.
            return caseNumber == null ? NOTHING : new SearchQuery("", null, null, null, false, caseNumber, false);
        }
        Matcher masked = MASKED.matcher(upper);
        if (masked.matches()) {
            return new SearchQuery("", null, masked.group(1), masked.group(2), true, null, false);
        }
        String full = upper.length() == IdNumber.LENGTH && ID_CHARS.matcher(upper).matches() ? upper : null;
        boolean edge = upper.length() <= VISIBLE && ID_CHARS.matcher(upper).matches();
        return new SearchQuery(text, full, edge ? upper : null, edge ? upper : null, false, caseNumber, false);
    }

    /** Nothing to look for: the box is empty or the text too short. */
    public boolean isEmpty() {
        return text.isEmpty() && fullIdNumber == null && idStart == null && idEnd == null && caseNumber == null;
    }

    /** Whether records of {@code kind} can match at all. */
    public boolean searches(SearchKind kind) {
        if (kind == SearchKind.CASE) {
            return caseNumber != null;
        }
        if (casesOnly) {
            return false;
        }
        return kind == SearchKind.MEMBER ? !text.isEmpty() || idStart != null : !text.isEmpty();
    }
}
