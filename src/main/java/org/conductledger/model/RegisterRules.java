package org.conductledger.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Validation of register records: required fields, dates, URL, 统一社会信用代码, text limits. */
public final class RegisterRules {

    public static final int NAME_MAX = 100;
    public static final int IDENTIFIER_MAX = 100;
    public static final int URL_MAX = 500;
    public static final int SHORT_MAX = 100;
    public static final int PURPOSE_MAX = 500;
    public static final int NOTES_MAX = 1000;
    public static final int OPERATOR_NAME_MAX = 50;
    public static final int OPERATORS_MAX = 20;
    public static final int REASON_MAX = 500;

    private final Clock clock;

    public RegisterRules(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Problem> validate(RegisterForm f) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = today();
        if (f.memberId() == null) {
            problems.add(Problem.of(RegisterField.MEMBER, "validation.required"));
        }
        if (f.platformId() == null) {
            problems.add(Problem.of(RegisterField.PLATFORM, "validation.required"));
        }
        required(problems, RegisterField.NAME, f.name(), NAME_MAX);
        required(problems, RegisterField.IDENTIFIER, f.identifier(), IDENTIFIER_MAX);
        limit(problems, RegisterField.ROLE_IDENTITY, f.roleIdentity(), SHORT_MAX);
        limit(problems, RegisterField.PURPOSE, f.purpose(), PURPOSE_MAX);
        limit(problems, RegisterField.NOTES, f.notes(), NOTES_MAX);
        if (!blank(f.url())) {
            if (f.url().strip().length() > URL_MAX) {
                problems.add(Problem.of(RegisterField.URL, "validation.tooLong", URL_MAX));
            } else if (!isWebAddress(f.url().strip())) {
                problems.add(Problem.of(RegisterField.URL, "validation.register.url"));
            }
        }
        if (f.openedOn() == null) {
            problems.add(Problem.of(RegisterField.OPENED_ON, "validation.required"));
        } else if (f.openedOn().isAfter(today)) {
            problems.add(Problem.of(RegisterField.OPENED_ON, "validation.date.future"));
        }
        if (f.reportedOn() != null) {
            if (f.reportedOn().isAfter(today)) {
                problems.add(Problem.of(RegisterField.REPORTED_ON, "validation.date.future"));
            } else if (f.openedOn() != null && f.reportedOn().isBefore(f.openedOn())) {
                problems.add(Problem.of(RegisterField.REPORTED_ON, "validation.register.reportedBeforeOpened"));
            }
        } else if (f.kind() == RegisterKind.FILING) {
            problems.add(Problem.of(RegisterField.REPORTED_ON, "validation.required"));
        }
        switch (f.kind()) {
            case ACCOUNT -> required(problems, RegisterField.ROLE_IDENTITY, f.roleIdentity(), SHORT_MAX);
            case GROUP -> validateGroup(f, problems, today);
            case FILING -> validateFiling(f, problems);
        }
        validateOperators(f.operators(), problems);
        return problems;
    }

    private static void validateGroup(RegisterForm f, List<Problem> problems, LocalDate today) {
        if (f.categoryId() == null) {
            problems.add(Problem.of(RegisterField.CATEGORY, "validation.required"));
        }
        if (f.memberRole() == null) {
            problems.add(Problem.of(RegisterField.MEMBER_ROLE, "validation.required"));
        }
        if (f.groupSize() != null) {
            if (f.groupSize() < 0 || f.groupSize() > 1_000_000) {
                problems.add(Problem.of(RegisterField.GROUP_SIZE, "validation.register.groupSize"));
            }
            if (f.groupSizeOn() == null) {
                problems.add(Problem.of(RegisterField.GROUP_SIZE_ON, "validation.register.sizeNeedsDate"));
            } else if (f.groupSizeOn().isAfter(today)) {
                problems.add(Problem.of(RegisterField.GROUP_SIZE_ON, "validation.date.future"));
            } else if (f.openedOn() != null && f.groupSizeOn().isBefore(f.openedOn())) {
                problems.add(Problem.of(RegisterField.GROUP_SIZE_ON, "validation.register.beforeOpened"));
            }
        }
    }

    private static void validateFiling(RegisterForm f, List<Problem> problems) {
        limit(problems, RegisterField.ACCOUNT_TYPE, f.accountType(), SHORT_MAX);
        limit(problems, RegisterField.CERT_SUBJECT, f.certSubject(), SHORT_MAX);
        limit(problems, RegisterField.CONTENT_AREA, f.contentArea(), SHORT_MAX);
        if (!blank(f.certUscc()) && !Uscc.isValid(f.certUscc().strip())) {
            problems.add(Problem.of(RegisterField.CERT_USCC, "validation.register.uscc"));
        }
    }

    private static void validateOperators(List<Operator> operators, List<Problem> problems) {
        if (operators.size() > OPERATORS_MAX) {
            problems.add(Problem.of(RegisterField.OPERATORS, "validation.register.tooManyOperators", OPERATORS_MAX));
        }
        for (Operator o : operators) {
            if (blank(o.name())) {
                problems.add(Problem.of(RegisterField.OPERATORS, "validation.register.operatorName"));
                return;
            }
            if (o.name().strip().length() > OPERATOR_NAME_MAX || o.post() != null && o.post().strip().length() > SHORT_MAX) {
                problems.add(Problem.of(RegisterField.OPERATORS, "validation.tooLong", SHORT_MAX));
                return;
            }
        }
    }

    /** A status change: allowed target, date not in the future and not before the record was opened, reason length. */
    public List<Problem> validateStatusChange(RegisterRecord record, RegisterStatus target, LocalDate on, String reason,
                                              LocalDate lastChange) {
        List<Problem> problems = new ArrayList<>();
        if (target == null || target.kind() != record.kind() || target == RegisterStatus.CHANGED) {
            problems.add(Problem.of(RegisterField.STATUS, "validation.register.statusNotAllowed"));
        } else if (target == record.status()) {
            problems.add(Problem.of(RegisterField.STATUS, "validation.register.statusUnchanged"));
        }
        if (!record.isOpen()) {
            problems.add(Problem.of(RegisterField.STATUS, "validation.register.closed"));
        }
        if (on == null) {
            problems.add(Problem.of(RegisterField.STATUS_ON, "validation.required"));
        } else if (on.isAfter(today())) {
            problems.add(Problem.of(RegisterField.STATUS_ON, "validation.date.future"));
        } else if (on.isBefore(record.form().openedOn())) {
            problems.add(Problem.of(RegisterField.STATUS_ON, "validation.register.beforeOpened"));
        } else if (lastChange != null && on.isBefore(lastChange)) {
            problems.add(Problem.of(RegisterField.STATUS_ON, "validation.register.beforeLastChange", lastChange));
        }
        limit(problems, RegisterField.REASON, reason, REASON_MAX);
        return problems;
    }

    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void required(List<Problem> problems, RegisterField field, String value, int max) {
        if (blank(value)) {
            problems.add(Problem.of(field, "validation.required"));
        } else {
            limit(problems, field, value, max);
        }
    }

    private static void limit(List<Problem> problems, RegisterField field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(Problem.of(field, "validation.tooLong", max));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
