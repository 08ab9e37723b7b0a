package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conductledger.model.Member;
import org.conductledger.model.MemberField;
import org.conductledger.model.MemberForm;
import org.conductledger.model.MemberHistoryEntry;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberServiceTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    MemberService members;
    Organisation root;
    Organisation branchA;
    Organisation branchB;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        members = ledger.services.members();
        root = ledger.root();
        branchA = ledger.org(root, "第一党支部", "ZB1", OrgType.BRANCH);
        branchB = ledger.org(root, "第二党支部", "ZB2", OrgType.BRANCH);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void createsAMemberAndListsItInTheRosterOfItsOrganisationAndOfTheSubtree() {
        Member m = members.create(TestLedger.member("陈静", TestLedger.idBornIn(1985, 12), branchA.id()));
        assertEquals(MemberStatus.NORMAL, m.status());
        assertEquals(List.of("陈静"), members.roster(branchA.id(), false, false).stream().map(MemberSummary::name).toList());
        assertEquals(List.of(), members.roster(root.id(), false, false));
        assertEquals(1, members.roster(root.id(), true, false).size());
        assertEquals(List.of(), members.roster(branchB.id(), true, false));
    }

    @Test
    void invalidInputSavesNothing() {
        String valid = TestLedger.idBornIn(1985, 12);
        String badId = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        MemberForm form = TestLedger.member("陈静", TestLedger.idBornIn(1985, 12), branchA.id());
        MemberForm invalid = new MemberForm(form.name(), form.gender(), badId, form.ethnicity(), form.birthDate(),
                form.category(), form.joinedOn(), form.confirmedOn(), form.orgId(), null, false, form.rank(), null, null);
        ValidationException refused = assertThrows(ValidationException.class, () -> members.create(invalid));
        assertEquals(MemberField.ID_NUMBER, refused.problems().get(0).field());
        assertEquals(0, ledger.services.info().info().rowCounts().get("member"));
    }

    @Test
    void refusesADuplicateIdNumberAmongCurrentMembersNamingTheExistingRecord() {
        String id = TestLedger.idBornIn(1979, 31);
        members.create(TestLedger.member("周勇", id, branchA.id()));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> members.create(TestLedger.member("周永", id, branchB.id())));
        assertEquals("validation.member.duplicateIdNumber", refused.problems().get(0).messageKey());
        assertEquals(List.of("周勇", "第一党支部"), refused.problems().get(0).args());
    }

    @Test
    void aFormerMemberNoLongerBlocksTheIdNumberButCannotBeRestoredOverANewRecord() {
        String id = TestLedger.idBornIn(1979, 31);
        Member first = members.create(TestLedger.member("周勇", id, branchA.id()));
        members.changeStatus(first.id(), first.version(), MemberStatus.TRANSFERRED_OUT, LocalDate.of(2025, 1, 10), "转往外省");
        Member again = members.create(TestLedger.member("周勇", id, branchB.id()));
        assertEquals(MemberStatus.NORMAL, again.status());
        Member former = members.get(first.id());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> members.changeStatus(former.id(), former.version(), MemberStatus.NORMAL, LocalDate.of(2025, 2, 1), null));
        assertEquals("validation.member.duplicateIdNumber", refused.problems().get(0).messageKey());
        assertEquals(MemberStatus.TRANSFERRED_OUT, members.get(first.id()).status());
    }

    @Test
    void transferMovesTheMemberAndKeepsTheHistory() {
        Member m = members.create(TestLedger.member("刘洋", TestLedger.idBornIn(1990, 45), branchA.id()));
        Member moved = members.transfer(m.id(), m.version(), branchB.id(), LocalDate.of(2026, 3, 1), "工作调动");
        assertEquals(branchB.id(), moved.orgId());
        assertEquals(List.of(), members.roster(branchA.id(), false, false));
        List<MemberHistoryEntry> history = members.history(m.id());
        assertEquals(1, history.size());
        assertEquals("第一党支部", history.get(0).from());
        assertEquals("第二党支部", history.get(0).to());
        assertEquals("工作调动", history.get(0).reason());
    }

    @Test
    void aRefusedTransferWritesNeitherTheMoveNorTheHistory() {
        Member m = members.create(TestLedger.member("刘洋", TestLedger.idBornIn(1990, 45), branchA.id()));
        assertThrows(ValidationException.class,
                () -> members.transfer(m.id(), m.version(), branchB.id(), LocalDate.of(2027, 1, 1), null));
        assertThrows(ValidationException.class,
                () -> members.transfer(m.id(), m.version(), branchA.id(), LocalDate.of(2026, 1, 1), null));
        assertEquals(branchA.id(), members.get(m.id()).orgId());
        assertEquals(List.of(), members.history(m.id()));
    }

    @Test
    void statusChangeHidesFormerMembersFromTheDefaultRosterButNeverDeletesThem() {
        Member m = members.create(TestLedger.member("黄磊", TestLedger.idBornIn(1950, 17), branchA.id()));
        members.changeStatus(m.id(), m.version(), MemberStatus.DECEASED, LocalDate.of(2026, 10, 2), null);
        assertEquals(List.of(), members.roster(branchA.id(), false, false));
        List<MemberSummary> all = members.roster(branchA.id(), false, true);
        assertEquals(1, all.size());
        assertEquals(MemberStatus.DECEASED, all.get(0).status());
        assertTrue(members.history(m.id()).stream().anyMatch(h -> h.kind() == MemberHistoryEntry.Kind.STATUS_CHANGE));
    }

    @Test
    void aLowerCaseCheckCharacterIsStoredUpperCase() {
        String id = "11010519491231002X";
        Member m = members.create(TestLedger.member("王秀英", id.toLowerCase(), branchA.id()));
        assertEquals(id, m.idNumber());
    }

    @Test
    void transferringTheSecretaryEndsThePostInTheSameTransaction() {
        Member m = members.create(TestLedger.member("陈红", TestLedger.idBornIn(1975, 88), branchA.id()));
        OrganisationService orgs = ledger.services.organisations();
        orgs.update(branchA.id(), orgs.get(branchA.id()).version(), new org.conductledger.model.OrganisationForm(
                branchA.name(), branchA.code(), branchA.type(), null, m.id()));
        assertTrue(members.isSecretaryOfOwnOrganisation(m.id()));
        members.transfer(m.id(), members.get(m.id()).version(), branchB.id(), LocalDate.of(2026, 5, 1), null);
        assertEquals(null, orgs.get(branchA.id()).secretaryId());
    }

    @Test
    void editingCannotChangeTheOrganisationSilently() {
        Member m = members.create(TestLedger.member("吴敏", TestLedger.idBornIn(1988, 60), branchA.id()));
        MemberForm f = m.toForm();
        MemberForm moved = new MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(), f.category(),
                f.joinedOn(), f.confirmedOn(), branchB.id(), f.workUnitPost(), f.cadre(), f.rank(), f.managingOrgId(), f.phone());
        ValidationException refused = assertThrows(ValidationException.class, () -> members.update(m.id(), m.version(), moved));
        assertEquals("validation.member.useTransfer", refused.problems().get(0).messageKey());
    }
}
