package org.conductledger.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Validation of organisation input and of moves within the tree. */
public final class OrganisationRules {

    public static final int NAME_MAX = 100;
    public static final int CODE_MAX = 32;
    /** Codes go into filing numbers such as {@code DW01-2026-0007}: letters, digits, '-' and '_' only. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");

    private final Clock clock;

    public OrganisationRules(Clock clock) {
        this.clock = clock;
    }

    public List<Problem> validate(OrganisationForm form) {
        List<Problem> problems = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            problems.add(Problem.of(OrganisationField.NAME, "validation.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.of(OrganisationField.NAME, "validation.tooLong", NAME_MAX));
        }
        String code = form.code() == null ? "" : form.code().strip();
        if (code.isEmpty()) {
            problems.add(Problem.of(OrganisationField.CODE, "validation.required"));
        } else if (code.length() > CODE_MAX) {
            problems.add(Problem.of(OrganisationField.CODE, "validation.tooLong", CODE_MAX));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of(OrganisationField.CODE, "validation.org.codeCharacters"));
        }
        if (form.type() == null) {
            problems.add(Problem.of(OrganisationField.TYPE, "validation.required"));
        }
        LocalDate established = form.establishedOn();
        if (established != null && established.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of(OrganisationField.ESTABLISHED_ON, "validation.date.future"));
        }
        return problems;
    }

    /**
     * Whether {@code org} may be moved under {@code newParent}: never under itself or one of its own
     * descendants (that would make a cycle and cut the subtree off from the root).
     */
    public static List<Problem> checkMove(Organisation org, Organisation newParent) {
        if (org.parentId() == null) {
            return List.of(Problem.of(OrganisationField.PARENT, "validation.org.moveRoot"));
        }
        if (newParent.id() == org.id() || newParent.isInSubtreeOf(org)) {
            return List.of(Problem.of(OrganisationField.PARENT, "validation.org.moveCycle"));
        }
        return checkPlacement(newParent.type(), org.type());
    }

    /** Whether an organisation of type {@code child} may sit directly below one of type {@code parent}. */
    public static List<Problem> checkPlacement(OrgType parent, OrgType child) {
        if (parent == null || child == null || parent.mayContain(child)) {
            return List.of();
        }
        return List.of(Problem.of(OrganisationField.TYPE, "validation.org.placement", parent, child));
    }

    /** Codes are compared and stored upper case: {@code zb01} and {@code ZB01} are the same code. */
    public static String normaliseCode(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The path of a child of {@code parent} (or of a root) with id {@code id}. */
    public static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }
}
