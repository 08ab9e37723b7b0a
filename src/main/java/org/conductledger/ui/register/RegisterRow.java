package org.conductledger.ui.register;

import org.conductledger.model.RegisterRecord;
import org.conductledger.model.Timeliness;

/** A register record as a list shows it: with whether it was reported on time. */
public record RegisterRow(RegisterRecord record, Timeliness timeliness) {

    /** Case-insensitive match on the member, the account or group, the platform and the filing number. */
    public boolean matches(String needle) {
        if (needle == null || needle.isBlank()) {
            return true;
        }
        String n = needle.strip().toLowerCase(java.util.Locale.ROOT);
        return contains(record.memberName(), n) || contains(record.form().name(), n) || contains(record.form().identifier(), n)
                || contains(record.platformName(), n) || contains(record.filingNo(), n) || contains(record.orgName(), n);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
