package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberRulesTest {

    static final LocalDate TODAY = TestClock.TODAY;
    static final Clock CLOCK = TestClock.CLOCK;
    static final LocalDate BIRTH = LocalDate.of(1980, 5, 17);

    private final MemberRules rules = new MemberRules(CLOCK);

    static MemberForm valid() {
        return new MemberForm("张伟", Gender.MALE, TestIds.male(BIRTH), "汉族", BIRTH, MemberCategory.FULL,
                LocalDate.of(2005, 7, 1), LocalDate.of(2006, 7, 1), 1L, "市委办公室 科员", false, CadreRank.NONE,
                null, "025-12345678");
    }

    private List<String> keysFor(MemberForm form, MemberField field) {
        return rules.validate(form.normalised()).stream().filter(p -> p.field() == field).map(Problem::messageKey).toList();
    }

    @Test
    void acceptsAValidMember() {
        assertEquals(List.of(), rules.validate(valid().normalised()));
    }

    @Test
    void refusesEmptyRequiredFields() {
        MemberForm empty = new MemberForm("  ", null, "", null, null, null, null, null, null, null, false, null, null, null);
        List<Problem> problems = rules.validate(empty.normalised());
        for (MemberField field : List.of(MemberField.NAME, MemberField.ID_NUMBER, MemberField.GENDER,
                MemberField.BIRTH_DATE, MemberField.CATEGORY, MemberField.JOINED_ON, MemberField.ORGANISATION)) {
            assertTrue(problems.stream().anyMatch(p -> p.field() == field), "no problem for " + field);
        }
    }

    @Test
    void refusesJoiningBeforeBirthOrBeforeEighteen() {
        MemberForm beforeBirth = withJoined(BIRTH.minusDays(1));
        assertEquals(List.of("validation.member.joinedBeforeBirth"), keysFor(beforeBirth, MemberField.JOINED_ON));
        MemberForm seventeen = withJoined(BIRTH.plusYears(18).minusDays(1));
        assertEquals(List.of("validation.member.joinedTooYoung"), keysFor(seventeen, MemberField.JOINED_ON));
        assertEquals(List.of(), keysFor(withJoined(BIRTH.plusYears(18)), MemberField.JOINED_ON));
    }

    @Test
    void refusesConfirmationBeforeJoining() {
        MemberForm f = valid();
        MemberForm early = new MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(), f.category(),
                f.joinedOn(), f.joinedOn().minusDays(3), f.orgId(), f.workUnitPost(), false, CadreRank.NONE, null, null);
        assertEquals(List.of("validation.member.confirmedBeforeJoined"), keysFor(early, MemberField.CONFIRMED_ON));
    }

    @Test
    void refusesFutureDates() {
        assertEquals(List.of("validation.date.future"), keysFor(withJoined(TODAY.plusDays(1)), MemberField.JOINED_ON));
    }

    @Test
    void refusesBirthDateOrSexThatContradictTheIdNumber() {
        MemberForm f = valid();
        MemberForm wrong = new MemberForm(f.name(), Gender.FEMALE, f.idNumber(), f.ethnicity(), BIRTH.plusDays(1),
                f.category(), f.joinedOn(), f.confirmedOn(), f.orgId(), null, false, CadreRank.NONE, null, null);
        assertEquals(List.of("validation.idNumber.birthDateMismatch"), keysFor(wrong, MemberField.BIRTH_DATE));
        assertEquals(List.of("validation.idNumber.genderMismatch"), keysFor(wrong, MemberField.GENDER));
    }

    @Test
    void refusesOverLongText() {
        MemberForm f = valid();
        MemberForm longName = new MemberForm("张".repeat(MemberRules.NAME_MAX + 1), f.gender(), f.idNumber(), f.ethnicity(),
                f.birthDate(), f.category(), f.joinedOn(), f.confirmedOn(), f.orgId(), "岗".repeat(201), false,
                CadreRank.NONE, null, null);
        assertEquals(List.of("validation.tooLong"), keysFor(longName, MemberField.NAME));
        assertEquals(List.of("validation.tooLong"), keysFor(longName, MemberField.WORK_UNIT_POST));
    }

    @Test
    void cadreNeedsARankAndOnlyCadresHaveOne() {
        MemberForm f = valid();
        MemberForm cadreWithoutRank = new MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(),
                f.category(), f.joinedOn(), f.confirmedOn(), f.orgId(), null, true, CadreRank.NONE, null, null);
        assertEquals(List.of("validation.member.cadreNeedsRank"), keysFor(cadreWithoutRank, MemberField.RANK));
        MemberForm rankWithoutCadre = new MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(),
                f.category(), f.joinedOn(), f.confirmedOn(), f.orgId(), null, false, CadreRank.XK_F, null, null);
        assertEquals(List.of("validation.member.rankWithoutCadre"), keysFor(rankWithoutCadre, MemberField.RANK));
    }

    @Test
    void probationaryMemberHasNoConfirmationDate() {
        MemberForm f = valid();
        MemberForm probationary = new MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(),
                MemberCategory.PROBATIONARY, f.joinedOn(), f.confirmedOn(), f.orgId(), null, false, CadreRank.NONE, null, null);
        assertEquals(List.of("validation.member.probationaryConfirmed"), keysFor(probationary, MemberField.CONFIRMED_ON));
    }

    private static MemberForm withJoined(LocalDate joined) {
        MemberForm f = valid();
        return new MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(), f.category(), joined,
                null, f.orgId(), f.workUnitPost(), false, CadreRank.NONE, null, null);
    }
}
