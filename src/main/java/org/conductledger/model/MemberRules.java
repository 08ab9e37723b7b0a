package org.conductledger.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validation of a member record on its own (rules that need the database, such as ID-number uniqueness,
 * live in the service). Each problem names the field it belongs to.
 */
public final class MemberRules {

    public static final int NAME_MAX = 50;
    public static final int ETHNICITY_MAX = 20;
    public static final int WORK_UNIT_POST_MAX = 200;
    public static final int PHONE_MAX = 30;
    /** 党章 第一条: a member must have reached eighteen years of age. */
    public static final int MINIMUM_JOINING_AGE = 18;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]+");

    private final Clock clock;

    public MemberRules(Clock clock) {
        this.clock = clock;
    }

    /** Checks a {@link MemberForm#normalised() normalised} form; an empty list means it may be saved. */
    public List<Problem> validate(MemberForm form) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        requireText(problems, MemberField.NAME, form.name(), NAME_MAX);
        maxLength(problems, MemberField.ETHNICITY, form.ethnicity(), ETHNICITY_MAX);
        maxLength(problems, MemberField.WORK_UNIT_POST, form.workUnitPost(), WORK_UNIT_POST_MAX);
        if (maxLength(problems, MemberField.PHONE, form.phone(), PHONE_MAX)
                && form.phone() != null && !PHONE.matcher(form.phone()).matches()) {
            problems.add(Problem.of(MemberField.PHONE, "validation.phone.characters"));
        }
        checkIdNumber(problems, form);
        if (form.gender() == null) {
            problems.add(Problem.of(MemberField.GENDER, "validation.required"));
        }
        if (form.category() == null) {
            problems.add(Problem.of(MemberField.CATEGORY, "validation.required"));
        }
        if (form.orgId() == null) {
            problems.add(Problem.of(MemberField.ORGANISATION, "validation.required"));
        }
        checkDates(problems, form, today);
        checkCadre(problems, form);
        return problems;
    }

    private static void checkIdNumber(List<Problem> problems, MemberForm form) {
        Optional<String> idProblem = IdNumber.problemWith(form.idNumber());
        if (idProblem.isPresent()) {
            problems.add(Problem.of(MemberField.ID_NUMBER, idProblem.get()));
            return;
        }
        LocalDate encoded = IdNumber.parseBirthDate(form.idNumber()).orElseThrow();
        if (form.birthDate() != null && !form.birthDate().equals(encoded)) {
            problems.add(Problem.of(MemberField.BIRTH_DATE, "validation.idNumber.birthDateMismatch", encoded));
        }
        if (form.gender() != null && form.gender() != IdNumber.gender(form.idNumber())) {
            problems.add(Problem.of(MemberField.GENDER, "validation.idNumber.genderMismatch"));
        }
    }

    private static void checkDates(List<Problem> problems, MemberForm form, LocalDate today) {
        LocalDate birth = form.birthDate();
        LocalDate joined = form.joinedOn();
        LocalDate confirmed = form.confirmedOn();
        if (birth == null) {
            problems.add(Problem.of(MemberField.BIRTH_DATE, "validation.required"));
        } else if (birth.isAfter(today)) {
            problems.add(Problem.of(MemberField.BIRTH_DATE, "validation.date.future"));
        }
        if (joined == null) {
            problems.add(Problem.of(MemberField.JOINED_ON, "validation.required"));
        } else if (joined.isAfter(today)) {
            problems.add(Problem.of(MemberField.JOINED_ON, "validation.date.future"));
        } else if (birth != null && !joined.isAfter(birth)) {
            problems.add(Problem.of(MemberField.JOINED_ON, "validation.member.joinedBeforeBirth"));
        } else if (birth != null && joined.isBefore(birth.plusYears(MINIMUM_JOINING_AGE))) {
            problems.add(Problem.of(MemberField.JOINED_ON, "validation.member.joinedTooYoung", MINIMUM_JOINING_AGE));
        }
        if (confirmed != null) {
            if (form.category() == MemberCategory.PROBATIONARY) {
                problems.add(Problem.of(MemberField.CONFIRMED_ON, "validation.member.probationaryConfirmed"));
            } else if (confirmed.isAfter(today)) {
                problems.add(Problem.of(MemberField.CONFIRMED_ON, "validation.date.future"));
            } else if (joined != null && !confirmed.isAfter(joined)) {
                problems.add(Problem.of(MemberField.CONFIRMED_ON, "validation.member.confirmedBeforeJoined"));
            }
        }
    }

    /**
     * Plausibility hints that do not block saving (old records are often incomplete): a probationary
     * period far beyond the usual one year (+ at most one extension), a full member without 转正日期.
     */
    public List<Problem> warnings(MemberForm form) {
        List<Problem> warnings = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (form.category() == MemberCategory.PROBATIONARY && form.joinedOn() != null
                && form.joinedOn().plusYears(2).isBefore(today)) {
            warnings.add(Problem.of(MemberField.CATEGORY, "warning.member.longProbation"));
        }
        if (form.category() == MemberCategory.FULL && form.confirmedOn() == null) {
            warnings.add(Problem.of(MemberField.CONFIRMED_ON, "warning.member.noConfirmation"));
        }
        return warnings;
    }

    private static void checkCadre(List<Problem> problems, MemberForm form) {
        CadreRank rank = form.rank() == null ? CadreRank.NONE : form.rank();
        if (form.cadre() && rank == CadreRank.NONE) {
            problems.add(Problem.of(MemberField.RANK, "validation.member.cadreNeedsRank"));
        } else if (!form.cadre() && rank != CadreRank.NONE) {
            problems.add(Problem.of(MemberField.RANK, "validation.member.rankWithoutCadre"));
        }
        if (!form.cadre() && form.managingOrgId() != null) {
            problems.add(Problem.of(MemberField.MANAGING_ORG, "validation.member.managingOrgWithoutCadre"));
        }
    }

    private static void requireText(List<Problem> problems, MemberField field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, "validation.required"));
        } else {
            maxLength(problems, field, value, max);
        }
    }

    private static boolean maxLength(List<Problem> problems, MemberField field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Problem.of(field, "validation.tooLong", max));
            return false;
        }
        return true;
    }
}
