package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.model.UserForm;
import org.conductledger.model.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every read and write path that exists: a branch user cannot read or change another branch's
 * records, not even by guessing ids; roles without a permission are refused. Add a case here for every
 * new service method.
 */
class ScopeTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    Organisation committee;
    Organisation mine;
    Organisation theirs;
    Member theirMember;
    Member myMember;
    Services branch;

    @BeforeEach
    void twoBranches() {
        ledger = TestLedger.open(dir);
        committee = ledger.org(null, "机关党委", "JGDW", OrgType.PARTY_COMMITTEE);
        mine = ledger.org(committee, "第一党支部", "ZB1", OrgType.BRANCH);
        theirs = ledger.org(committee, "第二党支部", "ZB2", OrgType.BRANCH);
        myMember = ledger.services.members().create(TestLedger.member("本支部党员", TestLedger.idBornIn(1980, 11), mine.id()));
        theirMember = ledger.services.members().create(TestLedger.member("他支部党员", TestLedger.idBornIn(1981, 13), theirs.id()));
        branch = ledger.loginAs("zb1", mine, Set.of(Role.BRANCH_SECRETARY));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private static void refused(Executable call) {
        LedgerException e = assertThrows(LedgerException.class, call);
        assertTrue(e.messageKey().startsWith("error.") || e instanceof ValidationException, e.messageKey());
    }

    @Test
    void organisationReadsSeeOnlyTheOwnSubtree() {
        assertEquals(List.of(mine.id()), branch.organisations().all().stream().map(Organisation::id).toList());
        assertEquals(mine.id(), branch.organisations().get(mine.id()).id());
        refused(() -> branch.organisations().get(theirs.id()));
        refused(() -> branch.organisations().get(committee.id()));
        refused(() -> branch.organisations().get(ledger.root().id()));
        for (long guess = 1; guess < 20; guess++) {
            long id = guess;
            if (id != mine.id()) {
                refused(() -> branch.organisations().get(id));
            }
        }
    }

    @Test
    void organisationWritesAreRefused() {
        OrganisationForm form = new OrganisationForm("改名", "ZB2", OrgType.BRANCH, null, null);
        refused(() -> branch.organisations().create(theirs.id(), form));
        refused(() -> branch.organisations().update(theirs.id(), theirs.version(), form));
        refused(() -> branch.organisations().move(theirs.id(), mine.id()));
        refused(() -> branch.organisations().deactivate(theirs.id()));
        refused(() -> branch.organisations().checkDeactivation(theirs.id()));
        refused(() -> branch.organisations().reactivate(theirs.id()));
        assertEquals("第二党支部", ledger.services.organisations().get(theirs.id()).name());
    }

    @Test
    void organisationDepartmentOfABranchCannotReachAbove() {
        Services dept = ledger.loginAs("zzb1", mine, Set.of(Role.ORG_DEPARTMENT));
        refused(() -> dept.organisations().update(theirs.id(), theirs.version(),
                new OrganisationForm("改名", "ZB2", OrgType.BRANCH, null, null)));
        refused(() -> dept.organisations().move(mine.id(), theirs.id()));
        refused(() -> dept.organisations().create(committee.id(), new OrganisationForm("新支部", "ZB9", OrgType.BRANCH, null, null)));
    }

    @Test
    void memberReadsSeeOnlyTheOwnSubtree() {
        assertEquals(List.of("本支部党员"), branch.members().roster(mine.id(), true, true).stream().map(m -> m.name()).toList());
        refused(() -> branch.members().roster(theirs.id(), false, true));
        refused(() -> branch.members().roster(committee.id(), true, true));
        refused(() -> branch.members().get(theirMember.id()));
        refused(() -> branch.members().history(theirMember.id()));
        refused(() -> branch.members().isSecretaryOfOwnOrganisation(theirMember.id()));
        assertEquals("本支部党员", branch.members().get(myMember.id()).name());
    }

    @Test
    void memberWritesAreRefusedAndChangeNothing() {
        Member before = ledger.services.members().get(theirMember.id());
        refused(() -> branch.members().create(TestLedger.member("新党员", TestLedger.idBornIn(1990, 21), theirs.id())));
        refused(() -> branch.members().update(theirMember.id(), theirMember.version(), theirMember.toForm()));
        refused(() -> branch.members().transfer(theirMember.id(), theirMember.version(), mine.id(), LocalDate.of(2026, 1, 1), null));
        refused(() -> branch.members().transfer(myMember.id(), myMember.version(), theirs.id(), LocalDate.of(2026, 1, 1), null));
        refused(() -> branch.members().changeStatus(theirMember.id(), theirMember.version(), MemberStatus.DECEASED,
                LocalDate.of(2026, 1, 1), null));
        assertEquals(before, ledger.services.members().get(theirMember.id()));
        assertEquals(mine.id(), ledger.services.members().get(myMember.id()).orgId());
    }

    @Test
    void aDuplicateIdNumberElsewhereIsRefusedWithoutNamingTheHolder() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> branch.members().create(TestLedger.member("冒用", theirMember.idNumber(), mine.id())));
        assertEquals("validation.member.duplicateIdNumberElsewhere", e.problems().get(0).messageKey());
        assertEquals(List.of(), e.problems().get(0).args());
    }

    @Test
    void rolesWithoutThePermissionAreRefused() {
        Services admin = ledger.loginAs("sysadmin", ledger.root(), Set.of(Role.SYSTEM_ADMIN));
        refused(() -> admin.members().roster(mine.id(), true, true));       // users and settings only
        refused(() -> admin.members().get(myMember.id()));
        refused(() -> admin.organisations().create(mine.id(), new OrganisationForm("x", "X1", OrgType.BRANCH, null, null)));
        refused(() -> admin.audit().verify());
        Services auditor = ledger.loginAs("audit", ledger.root(), Set.of(Role.AUDITOR));
        refused(() -> auditor.organisations().all());
        refused(() -> auditor.members().get(myMember.id()));
        refused(() -> auditor.users().list());
        refused(() -> branch.users().list());
        refused(() -> branch.users().create(new UserForm("x1", "x", mine.id(), Set.of(Role.AUDITOR), null),
                "Abc#12345".toCharArray(), "Abc#12345".toCharArray()));
        refused(() -> branch.audit().find(new org.conductledger.model.AuditFilter(null, null, null, null, null, 10)));
        assertTrue(branch.info().info().rowCounts().isEmpty(), "row counts span every branch: administrators only");
    }

    @Test
    void userAdministrationStaysInTheAdministratorsSubtree() {
        Services branchAdmin = ledger.loginAs("zb1admin", mine, Set.of(Role.SYSTEM_ADMIN));
        assertFalse(branchAdmin.users().list().stream().anyMatch(u -> u.username().equals("admin")));
        refused(() -> branchAdmin.users().create(new UserForm("x2", "x", theirs.id(), Set.of(Role.AUDITOR), null),
                "Abc#12345".toCharArray(), "Abc#12345".toCharArray()));
        long adminId = ledger.services.session().userId();
        refused(() -> branchAdmin.users().disable(adminId));
        refused(() -> branchAdmin.users().resetPassword(adminId, "Abc#12345".toCharArray(), "Abc#12345".toCharArray()));
    }

    @Test
    void registersAreConfinedToTheOwnSubtree() {
        long weibo = Registers.platform(ledger.services, "WB");
        var theirRecord = ledger.services.registers().create(Registers.account(theirMember.id(), weibo, "their01"));
        var myRecord = branch.registers().create(Registers.account(myMember.id(), weibo, "mine01"));
        assertEquals(List.of(myRecord.id()), branch.registers().list(org.conductledger.model.RegisterKind.ACCOUNT, mine.id(), true)
                .stream().map(r -> r.id()).toList());
        refused(() -> branch.registers().list(org.conductledger.model.RegisterKind.ACCOUNT, theirs.id(), true));
        refused(() -> branch.registers().list(org.conductledger.model.RegisterKind.ACCOUNT, committee.id(), true));
        refused(() -> branch.registers().get(theirRecord.id()));
        refused(() -> branch.registers().statusHistory(theirRecord.id()));
        refused(() -> branch.registers().versions(theirRecord.id()));
        refused(() -> branch.registers().sizeHistory(theirRecord.id()));
        refused(() -> branch.registers().ofMember(theirMember.id()));
        refused(() -> branch.registers().needingAttention(theirs.id(), true));
        refused(() -> branch.registers().create(Registers.account(theirMember.id(), weibo, "their02")));
        refused(() -> branch.registers().update(theirRecord.id(), theirRecord.version(), theirRecord.form(), null));
        refused(() -> branch.registers().changeStatus(theirRecord.id(), org.conductledger.model.RegisterStatus.CLOSED,
                LocalDate.of(2026, 11, 20), null));
        refused(() -> branch.registers().setDeadline(10));
        for (long guess = 1; guess < 10; guess++) {
            long id = guess;
            if (id != myRecord.id()) {
                refused(() -> branch.registers().get(id));
            }
        }
        assertEquals(org.conductledger.model.RegisterStatus.ACTIVE, ledger.services.registers().get(theirRecord.id()).status());
    }

    @Test
    void confirmationRoundsAndReferenceDataAreConfined() {
        refused(() -> branch.confirmations().open(theirs.id(), 2026));
        refused(() -> branch.confirmations().round(theirs.id(), 2026));
        var theirRound = ledger.services.confirmations().open(theirs.id(), 2026);
        refused(() -> branch.confirmations().progress(theirRound));
        refused(() -> branch.confirmations().confirm(theirRound, theirMember.id()));
        refused(() -> branch.confirmations().close(theirRound));
        var myRound = branch.confirmations().open(mine.id(), 2026);
        refused(() -> branch.confirmations().confirm(myRound, theirMember.id()));
        refused(() -> branch.reference().addPlatform("NEW", "新平台", false));
        refused(() -> branch.reference().setRetired(1, true));
        refused(() -> branch.reference().addCategory("NEW", "新类别"));
        refused(() -> branch.reference().addViolationCategory("NEW", "新问题", org.conductledger.model.Regulation.NONE, null));
        refused(() -> branch.reference().setViolationRetired(1, true));
        refused(() -> branch.reference().setCategoryRetired(1, true));
        Services dept = ledger.loginAs("zzb1", mine, Set.of(Role.ORG_DEPARTMENT));
        refused(() -> dept.reference().addPlatform("NEW", "新平台", false));   // root only
        Services auditor = ledger.loginAs("audit2", ledger.root(), Set.of(Role.AUDITOR));
        refused(() -> auditor.registers().platforms());
        refused(() -> auditor.registers().list(org.conductledger.model.RegisterKind.ACCOUNT, mine.id(), true));
        Services handler = ledger.loginAs("cb1", mine, Set.of(Role.CASE_HANDLER));
        refused(() -> handler.registers().create(Registers.account(myMember.id(), 1L, "x")));   // reads only
    }

    @Test
    void casesAreConfinedToTheOwnSubtree() {
        Services deptAbove = ledger.services;
        long category = deptAbove.reference().violationCategories().get(0).id();
        var theirCase = deptAbove.cases().intake(new org.conductledger.model.CaseForm(theirs.id(), LocalDate.of(2026, 11, 2),
                org.conductledger.model.CaseSource.PETITION, null, null, false, "x", List.of(theirMember.id()), List.of(category),
                List.of()));
        Services myDept = ledger.loginAs("zzbzb1", mine, Set.of(Role.ORG_DEPARTMENT));
        refused(() -> myDept.cases().list(theirs.id(), true));
        refused(() -> myDept.cases().list(committee.id(), true));
        refused(() -> myDept.cases().get(theirCase.id()));
        refused(() -> myDept.cases().history(theirCase.id()));
        refused(() -> myDept.cases().statement(theirCase.id()));
        refused(() -> myDept.cases().addHandler(theirCase.id(), myDept.session().userId()));
        refused(() -> myDept.cases().recordStatement(theirCase.id(), new org.conductledger.model.MemberStatement(
                LocalDate.of(2026, 11, 3), List.of("甲", "乙"), "无", false, null)));
        refused(() -> myDept.cases().move(theirCase.id(), theirCase.version(), org.conductledger.model.CaseStage.PRELIMINARY,
                LocalDate.of(2026, 11, 3), null, null));
        refused(() -> branch.cases().intake(new org.conductledger.model.CaseForm(mine.id(), LocalDate.of(2026, 11, 2),
                org.conductledger.model.CaseSource.PETITION, null, null, false, "x", List.of(), List.of(category), List.of())));
        refused(() -> branch.reference().violationCategories());
        java.time.Instant now = java.time.Instant.parse("2026-11-02T08:00:00Z");
        var evidence = deptAbove.evidence().addUrl(theirCase.id(), "原帖", "https://example.com/a", now, "王干事");
        refused(() -> myDept.evidence().evidence(theirCase.id()));
        refused(() -> myDept.evidence().evidenceContent(theirCase.id(), evidence.id()));
        refused(() -> myDept.evidence().addUrl(theirCase.id(), "x", "https://example.com/b", now, "x"));
        refused(() -> myDept.evidence().addFile(theirCase.id(), "a.png", new java.io.ByteArrayInputStream(new byte[] {1}), now, "x"));
        refused(() -> myDept.evidence().withdrawEvidence(theirCase.id(), evidence.id(), "x"));
        refused(() -> myDept.cases().due(theirCase.id()));
        refused(() -> myDept.cases().decision(theirCase.id()));
        refused(() -> myDept.cases().recordDecision(theirCase.id(), "x", LocalDate.of(2026, 11, 3)));
        refused(() -> myDept.cases().repeatOf(theirCase.id()));
        refused(() -> myDept.cases().recordNotice(theirCase.id(), false, LocalDate.of(2026, 11, 3)));
        refused(() -> myDept.cases().markFalseReport(theirCase.id(), "MISTAKEN"));
        refused(() -> myDept.cases().falseReport(theirCase.id()));
        refused(() -> myDept.cases().myTodo(theirs.id()));
        refused(() -> myDept.cases().setCalendar(java.util.Set.of(), java.util.Set.of()));
        assertEquals(org.conductledger.model.CaseStage.REGISTERED, deptAbove.cases().get(theirCase.id()).stage());
    }

    @Test
    void registersOfAnotherBranchAreRefusedAndTheOwnOmitTheirs() {
        var period = new org.conductledger.model.RegisterPeriod(null, null);
        refused(() -> branch.organisations().byCode("ZB2"));
        refused(() -> branch.organisations().byCode("JGDW"));
        refused(() -> branch.registerReads().records(org.conductledger.model.RegisterKind.ACCOUNT, theirs.id(), period));
        refused(() -> branch.registerReads().records(org.conductledger.model.RegisterKind.FILING, committee.id(), period));
        refused(() -> branch.registerReads().commendations(theirs.id(), period));
        refused(() -> branch.registerReads().outcomes(theirs.id(), period));
        refused(() -> branch.registerReads().cases(mine.id(), period));
        Services auditor = ledger.loginAs("sj", mine, java.util.Set.of(Role.AUDITOR));
        refused(() -> auditor.registerReads().records(org.conductledger.model.RegisterKind.GROUP, mine.id(), period));
        refused(() -> auditor.registerReads().outcomes(mine.id(), period));
        ledger.services.recognition().commend(new org.conductledger.model.Commendation(0, theirMember.id(),
                org.conductledger.model.CommendationLevel.BRANCH, "第二党支部", "x", LocalDate.of(2026, 11, 1), null));
        assertEquals(List.of(), branch.registerReads().commendations(mine.id(), period));
        assertEquals(1, ledger.services.registerReads().commendations(committee.id(), period).size());
    }
}
