package org.conductledger.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Validation of intake: dates, source, description, categories, a real-name report names its reporter. */
public final class CaseRules {

    public static final int DESCRIPTION_MAX = 4000;
    public static final int NAME_MAX = 50;
    public static final int CONTACT_MAX = 100;
    public static final int COMMENT_MAX = 1000;

    private final Clock clock;

    public CaseRules(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Problem> validate(CaseForm f) {
        List<Problem> problems = new ArrayList<>();
        if (f.receivedOn() == null) {
            problems.add(Problem.of(CaseField.RECEIVED_ON, "validation.required"));
        } else if (f.receivedOn().isAfter(today())) {
            problems.add(Problem.of(CaseField.RECEIVED_ON, "validation.date.future"));
        }
        if (f.source() == null) {
            problems.add(Problem.of(CaseField.SOURCE, "validation.required"));
        }
        if (f.description() == null || f.description().isBlank()) {
            problems.add(Problem.of(CaseField.DESCRIPTION, "validation.required"));
        } else if (f.description().strip().length() > DESCRIPTION_MAX) {
            problems.add(Problem.of(CaseField.DESCRIPTION, "validation.tooLong", DESCRIPTION_MAX));
        }
        if (f.categoryIds().isEmpty()) {
            problems.add(Problem.of(CaseField.CATEGORIES, "validation.case.noCategory"));
        }
        if (f.realName() && (f.reporterName() == null || f.reporterName().isBlank())) {
            problems.add(Problem.of(CaseField.REPORTER_NAME, "validation.case.realNameNeedsName"));
        }
        if (f.reporterName() != null && f.reporterName().strip().length() > NAME_MAX) {
            problems.add(Problem.of(CaseField.REPORTER_NAME, "validation.tooLong", NAME_MAX));
        }
        if (f.reporterContact() != null && f.reporterContact().strip().length() > CONTACT_MAX) {
            problems.add(Problem.of(CaseField.REPORTER_CONTACT, "validation.tooLong", CONTACT_MAX));
        }
        return problems;
    }
}
