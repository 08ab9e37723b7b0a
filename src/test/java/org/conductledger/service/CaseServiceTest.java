package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.model.UserForm;
import org.conductledger.model.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases against a real ledger: the workflow through the service, confidentiality, conflict of interest, scope. */
class CaseServiceTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    Organisation zb1;
    Organisation zb2;
    Member zhang;
    Member wang;
    Services handler;
    long category;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        zb2 = ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        zhang = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        wang = ledger.services.members().create(TestLedger.member("王五", TestLedger.idBornIn(1983, 13), zb2.id()));
        handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER));
        category = handler.reference().violationCategories().get(0).id();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private CaseForm report(long subject, boolean realName) {
        return new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, realName ? "举报人甲" : null,
                realName ? "13800000000" : null, realName, "在微信群转发未经核实的信息", List.of(subject), List.of(category), List.of());
    }

    @Test
    void aCaseGoesThroughPreliminaryVerificationAndFilingWithEveryStepRecorded() {
        CaseFile c = handler.cases().intake(report(zhang.id(), true));
        assertEquals(CaseStage.REGISTERED, c.stage());
        c = handler.cases().move(c.id(), c.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 5), "问题可能存在，可以核实", null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 11, 10), "经初核，予以立案", null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.INVESTIGATION, LocalDate.of(2026, 11, 11), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.REVIEW, LocalDate.of(2026, 11, 18), null, null);
        long id = c.id();
        int version = c.version();
        ValidationException noStatement = assertThrows(ValidationException.class,
                () -> handler.cases().move(id, version, CaseStage.DECISION, LocalDate.of(2026, 11, 20), null, null));
        assertEquals("validation.case.statementMissing", noStatement.problems().get(0).messageKey());
        handler.cases().recordStatement(id, new MemberStatement(LocalDate.of(2026, 11, 19), List.of("王干事", "李干事"),
                "对事实无异议", false, null));
        c = handler.cases().move(id, version, CaseStage.DECISION, LocalDate.of(2026, 11, 20), "提交处理决定", null);
        int atDecision = c.version();
        assertEquals("validation.case.outcomeMissing", assertThrows(ValidationException.class,
                () -> handler.cases().move(id, atDecision, CaseStage.EXECUTION, LocalDate.of(2026, 11, 21), null, null))
                .problems().get(0).messageKey());
        handler.cases().recordDecision(id, "给予批评教育", LocalDate.of(2026, 11, 21));
        c = handler.cases().move(id, atDecision, CaseStage.EXECUTION, LocalDate.of(2026, 11, 21), null, null);
        c = handler.cases().move(id, c.version(), CaseStage.CLOSED, LocalDate.of(2026, 11, 22), "执行完毕", null);
        assertEquals(CaseStage.CLOSED, c.stage());
        assertEquals(List.of(CaseStage.REGISTERED, CaseStage.PRELIMINARY, CaseStage.FILED, CaseStage.INVESTIGATION,
                CaseStage.REVIEW, CaseStage.DECISION, CaseStage.EXECUTION, CaseStage.CLOSED),
                handler.cases().history(id).stream().map(h -> h.to()).toList());
        assertEquals(java.util.Optional.of("给予批评教育"), handler.cases().decision(id));
        assertEquals("经初核，予以立案", handler.cases().history(id).get(2).comment());
    }

    @Test
    void aClueClosedWithoutActionNeedsItsReasonAndThenCloses() {
        CaseFile c = handler.cases().intake(report(zhang.id(), false));
        long id = c.id();
        int version = c.version();
        assertEquals("validation.case.dismissalReason", assertThrows(ValidationException.class,
                () -> handler.cases().move(id, version, CaseStage.DISMISSED, LocalDate.of(2026, 11, 3), null, " "))
                .problems().get(0).messageKey());
        c = handler.cases().move(id, version, CaseStage.DISMISSED, LocalDate.of(2026, 11, 3), null, "反映内容不属实");
        c = handler.cases().move(id, c.version(), CaseStage.CLOSED, LocalDate.of(2026, 11, 4), null, null);
        assertEquals(CaseStage.CLOSED, c.stage());
        assertEquals("反映内容不属实", c.dismissalReason());
        int closedVersion = c.version();
        assertThrows(ValidationException.class,
                () -> handler.cases().move(id, closedVersion, CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 5), null, null));
    }

    @Test
    void illegalMovesAndBadInputAreRefusedAndNothingChanges() {
        CaseFile c = handler.cases().intake(report(zhang.id(), false));
        assertThrows(ValidationException.class,
                () -> handler.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 11, 3), null, null));
        assertThrows(ValidationException.class,
                () -> handler.cases().move(c.id(), c.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 10, 1), null, null),
                "before the stage began");
        assertEquals(CaseStage.REGISTERED, handler.cases().get(c.id()).stage());
        assertEquals("validation.case.realNameNeedsName", assertThrows(ValidationException.class, () -> handler.cases().intake(
                new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, null, null, true, "x", List.of(),
                        List.of(category), List.of()))).problems().get(0).messageKey());
        assertEquals(1, handler.cases().list(ledger.root().id(), true).size());
    }

    @Test
    void theReporterIsShownOnlyToTheHandlerAndNeverAudited() {
        CaseFile c = handler.cases().intake(report(zhang.id(), true));
        assertEquals("举报人甲", c.reporter().name());
        Services dept = ledger.loginAs("zzb", ledger.root(), Set.of(Role.ORG_DEPARTMENT));
        assertNull(dept.cases().get(c.id()).reporter(), "an organisation-department user does not see the reporter");
        assertNull(dept.cases().list(ledger.root().id(), true).get(0).reporter());
        Services otherHandler = ledger.loginAs("cb2", ledger.root(), Set.of(Role.CASE_HANDLER));
        assertNull(otherHandler.cases().get(c.id()).reporter(), "nor does a handler of other cases");
        dept.cases().addHandler(c.id(), otherHandler.session().userId());
        assertEquals("举报人甲", otherHandler.cases().get(c.id()).reporter().name(), "until assigned to it");
        Services auditor = ledger.loginAs("sj", ledger.root(), Set.of(Role.AUDITOR));
        assertTrue(auditor.audit().find(new org.conductledger.model.AuditFilter(null, null, "case", null, null, 100)).stream()
                .noneMatch(e -> e.summary() != null && (e.summary().contains("举报人甲") || e.summary().contains("13800000000"))));
    }

    @Test
    void aSubjectWhoIsAUserSeesOnlyThatACaseExists() {
        CaseFile c = handler.cases().intake(report(zhang.id(), true));
        ledger.services.users().create(new UserForm("zhang", "张三", zb1.id(), Set.of(Role.ORG_DEPARTMENT), zhang.id()),
                TestLedger.PASSWORD.toCharArray(), TestLedger.PASSWORD.toCharArray());
        try (Services subject = TestLedger.wire(ledger.auth.login(ledger.location, "zhang", TestLedger.PASSWORD.toCharArray()))) {
            CaseFile seen = subject.cases().list(zb1.id(), true).get(0);
            assertTrue(seen.restricted());
            assertEquals("", seen.description());
            assertTrue(seen.subjects().isEmpty());
            assertNull(seen.reporter());
            assertEquals("error.access.conflictOfInterest",
                    assertThrows(LedgerException.class, () -> subject.cases().get(c.id())).messageKey());
            assertThrows(LedgerException.class, () -> subject.cases().history(c.id()));
            assertThrows(LedgerException.class, () -> subject.cases().move(c.id(), c.version(), CaseStage.DISMISSED,
                    LocalDate.of(2026, 11, 3), null, "自己了结"));
        }
    }

    @Test
    void casesAreConfinedToTheSubtreeAndToCaseRoles() {
        CaseFile theirs = handler.cases().intake(new CaseForm(zb2.id(), LocalDate.of(2026, 11, 2), CaseSource.SUPERVISION, null,
                null, false, "x", List.of(wang.id()), List.of(category), List.of()));
        Services zb1Handler = ledger.loginAs("cbzb1", zb1, Set.of(Role.CASE_HANDLER));
        assertThrows(LedgerException.class, () -> zb1Handler.cases().get(theirs.id()));
        assertThrows(LedgerException.class, () -> zb1Handler.cases().list(zb2.id(), false));
        assertThrows(LedgerException.class, () -> zb1Handler.cases().intake(new CaseForm(zb2.id(), LocalDate.of(2026, 11, 2),
                CaseSource.PETITION, null, null, false, "x", List.of(), List.of(category), List.of())));
        assertThrows(LedgerException.class, () -> zb1Handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2),
                CaseSource.PETITION, null, null, false, "x", List.of(wang.id()), List.of(category), List.of())),
                "a subject outside the scope is not found");
        assertThrows(LedgerException.class, () -> zb1Handler.cases().move(theirs.id(), theirs.version(), CaseStage.PRELIMINARY,
                LocalDate.of(2026, 11, 3), null, null));
        assertThrows(LedgerException.class, () -> zb1Handler.cases().recordStatement(theirs.id(),
                new MemberStatement(LocalDate.of(2026, 11, 3), List.of("甲", "乙"), "无", false, null)));
        Services branch = ledger.loginAs("zb1sec", zb1, Set.of(Role.BRANCH_SECRETARY));
        assertThrows(LedgerException.class, () -> branch.cases().list(zb1.id(), true), "a branch secretary has no case role");
        assertFalse(zb1Handler.cases().list(zb1.id(), true).stream().anyMatch(c -> c.id() == theirs.id()));
    }

    private static java.io.InputStream bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31);
        }
        return new java.io.ByteArrayInputStream(b);
    }

    @Test
    void evidenceKeepsItsHashSizeAndNameAndIsWithdrawnNotEdited() throws Exception {
        CaseFile c = handler.cases().intake(report(zhang.id(), false));
        java.time.Instant captured = java.time.Instant.parse("2026-11-02T08:00:00Z");
        var file = handler.evidence().addFile(c.id(), "C:\\截图\\..\\群聊截图.png", bytes(5000), captured, "王干事");
        assertEquals("群聊截图.png", file.title(), "the original name is text, never a path");
        assertEquals(5000L, file.sizeBytes());
        assertEquals(EvidenceService.sha256(bytes(5000).readAllBytes()), file.sha256());
        assertTrue(file.isImage());
        assertEquals(5000, handler.evidence().evidenceContent(c.id(), file.id()).length);
        var link = handler.evidence().addUrl(c.id(), "原帖", "https://weibo.com/123/abc", captured, "王干事");
        assertEquals(org.conductledger.model.Evidence.Kind.URL, link.kind());
        assertThrows(ValidationException.class, () -> handler.evidence().addUrl(c.id(), "x", "file:///etc/passwd", captured, "王干事"));
        assertThrows(ValidationException.class, () -> handler.evidence().withdrawEvidence(c.id(), link.id(), " "));
        handler.evidence().withdrawEvidence(c.id(), link.id(), "原帖已删除，以截图为准");
        var listed = handler.evidence().evidence(c.id());
        assertEquals(2, listed.size(), "withdrawn evidence stays on record");
        assertTrue(listed.get(1).withdrawn());
        assertEquals("原帖已删除，以截图为准", listed.get(1).withdrawReason());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsNameAndNothingIsSaved() {
        CaseFile c = handler.cases().intake(report(zhang.id(), false));
        int limit = handler.evidence().maxEvidenceMegabytes() * 1024 * 1024;
        ValidationException e = assertThrows(ValidationException.class, () -> handler.evidence().addFile(c.id(), "录屏.mp4",
                bytes(limit + 1), java.time.Instant.parse("2026-11-02T08:00:00Z"), "王干事"));
        assertEquals("validation.evidence.tooLarge", e.problems().get(0).messageKey());
        assertEquals(List.of("录屏.mp4", 50), e.problems().get(0).args());
        assertEquals(List.of(), handler.evidence().evidence(c.id()));
    }

    @Test
    void aCaseOnHoldReopensOnlyAfterNewEvidence() {
        CaseFile c = handler.cases().intake(report(zhang.id(), false));
        c = handler.cases().move(c.id(), c.version(), CaseStage.ON_HOLD, LocalDate.of(2026, 11, 3), "暂不具备核实条件", null);
        long id = c.id();
        int version = c.version();
        assertEquals("validation.case.reopenNeedsEvidence", assertThrows(ValidationException.class,
                () -> handler.cases().move(id, version, CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 20), null, null))
                .problems().get(0).messageKey());
        handler.evidence().addUrl(id, "新线索", "https://example.com/new", java.time.Instant.parse("2026-11-20T08:00:00Z"), "王干事");
        assertEquals(CaseStage.PRELIMINARY,
                handler.cases().move(id, version, CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 20), "有新证据", null).stage());
    }

    @Test
    void aRepeatReportIsLinkedToTheFirstNotHandledTwice() {
        CaseFile first = handler.cases().intake(report(zhang.id(), false));
        CaseFile second = handler.cases().intake(report(zhang.id(), true));
        assertEquals(java.util.Optional.of(first.id()), handler.cases().repeatOf(second.id()));
        assertEquals(java.util.Optional.empty(), handler.cases().repeatOf(first.id()));
        CaseFile otherSubject = handler.cases().intake(report(wang.id(), false));
        assertEquals(java.util.Optional.empty(), handler.cases().repeatOf(otherSubject.id()));
    }

    @Test
    void realNameNoticesAndStageLimitsMakeTheTodoListAndHolidaysMoveThem() {
        CaseFile c = handler.cases().intake(report(zhang.id(), true));     // received Monday 2026-11-02
        var due = handler.cases().due(c.id());
        assertEquals(org.conductledger.model.CaseDue.Kind.STAGE, due.get(0).kind());
        assertEquals(LocalDate.of(2026, 11, 9), due.get(0).dueOn(), "5 working days to dispose of a clue");
        assertTrue(due.get(0).overdue());
        assertEquals(LocalDate.of(2026, 11, 23), due.get(1).dueOn(), "15 working days for the acceptance notice");
        assertEquals(1, handler.cases().myTodo(ledger.root().id()).size());
        Services otherHandler = ledger.loginAs("cb3", ledger.root(), Set.of(Role.CASE_HANDLER));
        assertEquals(List.of(), otherHandler.cases().myTodo(ledger.root().id()), "not their case");
        ledger.services.users();    // the administrator sets the calendar
        Services admin = ledger.loginAs("sys", ledger.root(), Set.of(Role.SYSTEM_ADMIN, Role.ORG_DEPARTMENT));
        admin.cases().setCalendar(Set.of(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5)), Set.of());
        assertEquals(LocalDate.of(2026, 11, 11), handler.cases().due(c.id()).get(0).dueOn(), "two holidays push it back");
        handler.cases().recordNotice(c.id(), false, LocalDate.of(2026, 11, 6));
        assertEquals(1, handler.cases().due(c.id()).size(), "the acceptance notice is given");
        assertThrows(ValidationException.class, () -> handler.cases().recordNotice(c.id(), true, LocalDate.of(2026, 11, 6)),
                "the result is told after closure");
    }

    @Test
    void onlyAClueClosedWithoutActionCanBeFoundAFalseReport() {
        CaseFile c = handler.cases().intake(report(zhang.id(), true));
        assertThrows(ValidationException.class, () -> handler.cases().markFalseReport(c.id(), "MALICIOUS"));
        CaseFile dismissed = handler.cases().move(c.id(), c.version(), CaseStage.DISMISSED, LocalDate.of(2026, 11, 3), null,
                "反映不实");
        assertThrows(ValidationException.class, () -> handler.cases().markFalseReport(dismissed.id(), "WRONG"));
        handler.cases().markFalseReport(dismissed.id(), "MALICIOUS");
        assertEquals(java.util.Optional.of("MALICIOUS"), handler.cases().falseReport(dismissed.id()));
    }

    @Test
    void aReportLinksTheRegisterRecordItIsAbout() {
        long weibo = Registers.platform(ledger.services, "WB");
        var record = ledger.services.registers().create(Registers.account(zhang.id(), weibo, "unreported01"));
        var theirs = ledger.services.registers().create(Registers.account(wang.id(), weibo, "elsewhere01"));
        CaseFile c = handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.SELF_CHECK, null, null,
                false, "以职务身份注册账号未报告", List.of(zhang.id()), List.of(category), List.of(record.id())));
        assertEquals(List.of(record.id()), handler.cases().get(c.id()).registerRecordIds());
        Services zb1Handler = ledger.loginAs("cbz", zb1, Set.of(Role.CASE_HANDLER));
        assertThrows(LedgerException.class, () -> zb1Handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2),
                CaseSource.SELF_CHECK, null, null, false, "x", List.of(), List.of(category), List.of(theirs.id()))),
                "a record outside the scope cannot be linked");
    }
}
