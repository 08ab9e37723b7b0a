package org.conductledger.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Input rules for commendations, clarifications, protection and accountability records. */
public final class RecognitionRules {

    public static final int TEXT_MAX = 1000;
    public static final int NAME_MAX = 100;
    public static final int SCOPE_MAX = 500;

    private final Clock clock;

    public RecognitionRules(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Problem> validate(Commendation c) {
        List<Problem> problems = new ArrayList<>();
        required(c.level(), "level", problems);
        text(c.awardingOrg(), NAME_MAX, "awardingOrg", problems);
        text(c.reason(), TEXT_MAX, "reason", problems);
        date(c.awardedOn(), problems);
        optional(c.documentNo(), OutcomeRules.DOCUMENT_NO_MAX, problems);
        return problems;
    }

    public List<Problem> validate(Clarification c) {
        List<Problem> problems = new ArrayList<>();
        required(c.trigger(), "trigger", problems);
        required(c.method(), "method", problems);
        text(c.scope(), SCOPE_MAX, "scope", problems);
        date(c.clarifiedOn(), problems);
        optional(c.notes(), TEXT_MAX, problems);
        return problems;
    }

    public List<Problem> validate(Protection p) {
        List<Problem> problems = new ArrayList<>();
        text(p.situation(), TEXT_MAX, "situation", problems);
        text(p.measures(), TEXT_MAX, "measures", problems);
        date(p.recordedOn(), problems);
        return problems;
    }

    public List<Problem> validate(Accountability.Form f) {
        List<Problem> problems = new ArrayList<>();
        required(f.target(), "target", problems);
        if (f.target() == AccountabilityTarget.ORGANISATION && f.targetOrgId() == null
                || f.target() == AccountabilityTarget.LEADER && f.targetMemberId() == null) {
            problems.add(Problem.of(null, "validation.recognition.target"));
        }
        if (f.measures() == null || f.measures().isEmpty()) {
            problems.add(Problem.of(null, "validation.accountability.noMeasure"));
        } else if (f.target() != null && f.measures().stream().anyMatch(m -> m.target() != f.target())) {
            problems.add(Problem.of(null, "validation.accountability.measureTarget"));
        }
        date(f.decidedOn(), problems);
        required(f.decidingOrgId(), "decidingOrg", problems);
        text(f.reason(), TEXT_MAX, "reason", problems);
        optional(f.documentNo(), OutcomeRules.DOCUMENT_NO_MAX, problems);
        return problems;
    }

    private static void required(Object value, String what, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(null, "validation.recognition." + what));
        }
    }

    private static void text(String value, int max, String what, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(null, "validation.recognition." + what));
        } else {
            optional(value, max, problems);
        }
    }

    private static void optional(String value, int max, List<Problem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(Problem.of(null, "validation.tooLong", max));
        }
    }

    private void date(LocalDate date, List<Problem> problems) {
        if (date == null) {
            problems.add(Problem.of(null, "validation.recognition.date"));
        } else if (date.isAfter(today())) {
            problems.add(Problem.of(null, "validation.date.future"));
        }
    }
}
