package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.conductledger.model.Member;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.Role;
import org.conductledger.model.StatusChange;
import org.conductledger.model.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registers against a real encrypted H2 ledger: records, duplicates, numbering, versions, statuses, deadlines. */
class RegisterServiceTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    Organisation zb1;
    Organisation zb2;
    Member zhang;
    Member li;
    Member wang;
    long weibo;
    long wechat;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        zb2 = ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        zhang = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        li = ledger.services.members().create(TestLedger.member("李四", TestLedger.idBornIn(1982, 12), zb1.id()));
        wang = ledger.services.members().create(TestLedger.member("王五", TestLedger.idBornIn(1983, 13), zb2.id()));
        weibo = Registers.platform(ledger.services, "WB");
        wechat = Registers.platform(ledger.services, "WX_SUBSCRIPTION");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private RegisterService service() {
        return ledger.services.registers();
    }

    @Test
    void anAccountIsRecordedInTheMembersOrganisationWithItsOperatorsAndInitialStatus() {
        RegisterRecord saved = service().create(Registers.account(zhang.id(), weibo, "qxcb2026"));
        assertEquals(zb1.id(), saved.orgId());
        assertEquals(RegisterStatus.ACTIVE, saved.status());
        assertEquals("李干事", saved.operators().get(0).name());
        assertEquals(List.of(saved.id()), service().list(RegisterKind.ACCOUNT, zb1.id(), false).stream().map(RegisterRecord::id).toList());
        assertEquals(List.of(), service().list(RegisterKind.ACCOUNT, zb2.id(), false));
        assertEquals(1, service().statusHistory(saved.id()).size());
    }

    @Test
    void theSameAccountIdOnThePlatformIsRefusedForAnyMemberAndNamesTheExistingRecord() {
        RegisterRecord first = service().create(Registers.account(zhang.id(), weibo, "qxcb2026"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> service().create(Registers.account(li.id(), weibo, " QXCB2026 ")));
        assertEquals("validation.register.duplicate", e.problems().get(0).messageKey());
        assertEquals(List.of("张三", "第一党支部", RegisterKind.ACCOUNT, String.valueOf(first.id())), e.problems().get(0).args());
        // A personal filing of the same account is the same registration too.
        assertThrows(ValidationException.class,
                () -> service().create(Registers.filing(li.id(), weibo, "qxcb2026", LocalDate.of(2026, 11, 1))));
        // Another platform is another account; a closed account frees its ID.
        service().create(Registers.account(li.id(), wechat, "qxcb2026"));
        service().changeStatus(first.id(), RegisterStatus.CLOSED, LocalDate.of(2026, 11, 20), "账号已注销");
        service().create(Registers.account(li.id(), weibo, "qxcb2026"));
    }

    @Test
    void aDuplicateInAnotherBranchIsRefusedWithoutNamingItsHolder() {
        service().create(Registers.account(wang.id(), weibo, "shared01"));
        var branch = ledger.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY));
        ValidationException e = assertThrows(ValidationException.class,
                () -> branch.registers().create(Registers.account(zhang.id(), weibo, "shared01")));
        assertEquals("validation.register.duplicateElsewhere", e.problems().get(0).messageKey());
        assertEquals(List.of(), e.problems().get(0).args());
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        RegisterForm good = Registers.account(zhang.id(), weibo, "x1");
        List<RegisterForm> bad = List.of(
                with(good, "opened", LocalDate.of(2026, 12, 1)),
                with(good, "reported", LocalDate.of(2026, 9, 1)),
                with(good, "url", "ftp://example.com/a"),
                with(good, "identifier", "  "),
                with(good, "name", "长".repeat(101)));
        for (RegisterForm form : bad) {
            assertThrows(ValidationException.class, () -> service().create(form));
        }
        assertEquals(List.of(), service().list(RegisterKind.ACCOUNT, zb1.id(), true));
    }

    static RegisterForm with(RegisterForm f, String field, Object value) {
        return new RegisterForm(f.kind(), f.memberId(), f.platformId(), f.overseas(),
                field.equals("name") ? (String) value : f.name(),
                field.equals("identifier") ? (String) value : f.identifier(),
                field.equals("url") ? (String) value : f.url(), f.roleIdentity(), f.purpose(),
                field.equals("opened") ? (LocalDate) value : f.openedOn(),
                field.equals("reported") ? (LocalDate) value : f.reportedOn(), f.notes(), f.categoryId(), f.memberRole(),
                f.inRoleIdentity(), f.groupSize(), f.groupSizeOn(), f.accountType(), f.certSubject(),
                field.equals("uscc") ? (String) value : f.certUscc(), f.contentArea(), f.operators());
    }

    @Test
    void filingNumbersRunPerOrganisationAndYearWithoutGaps() {
        assertEquals("ZB1-2026-0001", service().create(Registers.filing(zhang.id(), wechat, "a1", LocalDate.of(2026, 3, 1))).filingNo());
        assertEquals("ZB1-2026-0002", service().create(Registers.filing(li.id(), wechat, "a2", LocalDate.of(2026, 4, 1))).filingNo());
        assertEquals("ZB2-2026-0001", service().create(Registers.filing(wang.id(), wechat, "a3", LocalDate.of(2026, 4, 1))).filingNo());
        assertEquals("ZB1-2025-0001", service().create(Registers.filing(zhang.id(), wechat, "a4", LocalDate.of(2025, 6, 1))).filingNo());
        // A refused save takes no number.
        assertThrows(ValidationException.class, () -> service().create(Registers.filing(li.id(), wechat, "a1", LocalDate.of(2026, 5, 1))));
        assertEquals("ZB1-2026-0003", service().create(Registers.filing(li.id(), wechat, "a5", LocalDate.of(2026, 5, 1))).filingNo());
    }

    @Test
    void aRolledBackAllocationGivesItsNumberBack() {
        var database = ledger.services.database();
        var repository = new org.conductledger.store.RegisterRepository(database, "/");
        assertEquals(1, database.inTransaction(() -> repository.nextFilingSeq(zb1.id(), 2030)));
        assertThrows(RuntimeException.class, () -> database.inTransaction(() -> {
            repository.nextFilingSeq(zb1.id(), 2030);
            throw new IllegalStateException("the save fails after the number was taken");
        }));
        assertEquals(2, database.inTransaction(() -> repository.nextFilingSeq(zb1.id(), 2030)));
        assertEquals(1, database.inTransaction(() -> repository.nextFilingSeq(zb2.id(), 2030)));
    }

    @Test
    void concurrentFilingsNeverShareANumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            numbers.add(pool.submit(() -> service().create(
                    Registers.filing(n % 2 == 0 ? zhang.id() : li.id(), wechat, "c" + n, LocalDate.of(2026, 6, 1))).filingNo()));
        }
        List<String> got = new ArrayList<>();
        for (Future<String> f : numbers) {
            got.add(f.get());
        }
        pool.shutdown();
        Collections.sort(got);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            expected.add(String.format("ZB1-2026-%04d", i));
        }
        assertEquals(expected, got);
        assertTrue(ledger.loginAs("shenji", ledger.root(), Set.of(Role.AUDITOR)).audit().verify().intact(),
                "the audit chain survives concurrent writers");
    }

    @Test
    void aFilingChangeMakesANewVersionUnderTheSameNumberAndKeepsTheOld() {
        RegisterRecord v1 = service().create(Registers.filing(zhang.id(), wechat, "dushu", LocalDate.of(2026, 3, 1)));
        RegisterForm changed = with(v1.form(), "name", "读书与思考");
        changed = with(changed, "reported", LocalDate.of(2026, 11, 2));
        RegisterRecord v2 = service().update(v1.id(), v1.version(), changed, "账号更名");
        assertEquals(v1.filingNo(), v2.filingNo());
        assertEquals(2, v2.versionNo());
        assertEquals(RegisterStatus.FILED, v2.status());
        List<RegisterRecord> versions = service().versions(v2.id());
        assertEquals(List.of(1, 2), versions.stream().map(RegisterRecord::versionNo).toList());
        assertEquals(RegisterStatus.CHANGED, versions.get(0).status());
        assertEquals("读书札记", versions.get(0).form().name());
        assertEquals(List.of(v2.id()), service().list(RegisterKind.FILING, zb1.id(), false).stream().map(RegisterRecord::id).toList(),
                "the register lists the current version");
        assertThrows(ValidationException.class, () -> service().update(v1.id(), v1.version(), changed(v1), "旧版本不能再变更"));
        // Nothing changed, or no reason: no new version.
        RegisterForm same = with(v2.form(), "reported", LocalDate.of(2026, 11, 20));
        assertEquals("validation.register.nothingChanged", assertThrows(ValidationException.class,
                () -> service().update(v2.id(), v2.version(), same, "再备一次")).problems().get(0).messageKey());
        assertEquals("validation.register.changeNeedsReason", assertThrows(ValidationException.class,
                () -> service().update(v2.id(), v2.version(), changed(v2), " ")).problems().get(0).messageKey());
        // The change does not make the on-time filing late: timeliness follows the first filing.
        assertEquals(LocalDate.of(2026, 3, 1), v2.firstReportedOn());
        assertEquals(org.conductledger.model.Timeliness.ON_TIME, service().timeliness(v2, service().deadline()));
    }

    private static RegisterForm changed(RegisterRecord r) {
        return with(r.form(), "name", "又一个名字");
    }

    @Test
    void statusChangesKeepWhoWhenAndWhyAndAClosedRecordStaysClosed() {
        RegisterRecord group = service().create(Registers.group(zhang.id(), wechat, Registers.category(ledger.services, "WORK"), "G-001"));
        service().changeStatus(group.id(), RegisterStatus.WARNED, LocalDate.of(2026, 11, 1), "群内转发未经核实信息");
        RegisterRecord closed = service().changeStatus(group.id(), RegisterStatus.DISSOLVED, LocalDate.of(2026, 11, 20), "工作结束");
        List<StatusChange> history = service().statusHistory(group.id());
        assertEquals(List.of(RegisterStatus.NORMAL, RegisterStatus.WARNED, RegisterStatus.DISSOLVED),
                history.stream().map(StatusChange::to).toList());
        assertEquals("群内转发未经核实信息", history.get(1).reason());
        assertEquals("管理员", history.get(1).userName());
        assertThrows(ValidationException.class,
                () -> service().changeStatus(closed.id(), RegisterStatus.NORMAL, LocalDate.of(2026, 11, 21), null));
        assertThrows(ValidationException.class,
                () -> service().changeStatus(group.id(), RegisterStatus.ACTIVE, LocalDate.of(2026, 11, 21), null),
                "an account status is not a group status");
        RegisterRecord other = service().create(Registers.group(li.id(), wechat, Registers.category(ledger.services, "WORK"), "G-009"));
        service().changeStatus(other.id(), RegisterStatus.PAUSED, LocalDate.of(2026, 11, 20), "整改");
        assertEquals("validation.register.beforeLastChange", assertThrows(ValidationException.class,
                () -> service().changeStatus(other.id(), RegisterStatus.DISSOLVED, LocalDate.of(2026, 11, 10), null))
                .problems().get(0).messageKey(), "status dates do not go backwards");
        assertEquals(LocalDate.of(2026, 9, 1), service().statusHistory(other.id()).get(0).changedOn(), "正常 since it was set up");
    }

    @Test
    void groupSizeCountsAreKeptAsHistory() {
        RegisterRecord g = service().create(Registers.group(zhang.id(), wechat, Registers.category(ledger.services, "WORK"), "G-002"));
        RegisterForm recount = new RegisterForm(g.kind(), g.memberId(), g.form().platformId(), false, g.form().name(),
                g.form().identifier(), null, null, g.form().purpose(), g.form().openedOn(), g.form().reportedOn(), null,
                g.form().categoryId(), g.form().memberRole(), true, 48, LocalDate.of(2026, 11, 15), null, null, null, null, List.of());
        RegisterRecord after = service().update(g.id(), g.version(), recount, null);
        assertEquals(48, after.form().groupSize());
        assertEquals(List.of(35, 48), service().sizeHistory(g.id()).stream().map(java.util.Map.Entry::getValue).toList());
    }

    @Test
    void lateAndUnreportedRecordsNeedAttention() {
        RegisterForm onTime = Registers.account(zhang.id(), weibo, "ontime");                       // 11 days
        RegisterForm late = with(with(Registers.account(zhang.id(), weibo, "late"), "opened", LocalDate.of(2026, 8, 1)),
                "reported", LocalDate.of(2026, 10, 1));                                                // 61 days
        RegisterForm unreported = with(with(Registers.account(li.id(), weibo, "none"), "opened", LocalDate.of(2026, 9, 1)),
                "reported", null);                                                                      // overdue today
        service().create(onTime);
        service().create(late);
        service().create(unreported);
        assertEquals(List.of("none", "late").stream().sorted().toList(),
                service().needingAttention(zb1.id(), true).stream().map(r -> r.form().identifier()).sorted().toList());
        ledger.services.registers().setDeadline(90);
        assertEquals(List.of(), service().needingAttention(zb1.id(), true).stream().map(r -> r.form().identifier())
                .filter(id -> !id.equals("none")).toList());
    }

    @Test
    void anOverseasPlatformMakesTheAccountOverseasAndAGroupIsNotCountedBeforeItExisted() {
        long overseas = Registers.platform(ledger.services, "OS");
        assertEquals("validation.register.overseasPlatform", assertThrows(ValidationException.class,
                () -> service().create(Registers.account(zhang.id(), overseas, "x-acc"))).problems().get(0).messageKey());
        RegisterForm early = Registers.group(zhang.id(), wechat, Registers.category(ledger.services, "WORK"), "G-010");
        RegisterForm countedBefore = new RegisterForm(early.kind(), early.memberId(), early.platformId(), false, early.name(),
                early.identifier(), null, null, null, early.openedOn(), early.reportedOn(), null, early.categoryId(),
                early.memberRole(), true, 10, early.openedOn().minusDays(3), null, null, null, null, List.of());
        assertEquals("validation.register.beforeOpened", assertThrows(ValidationException.class,
                () -> service().create(countedBefore)).problems().get(0).messageKey());
    }

    @Test
    void aClosedRoundKeepsWhatWasConfirmedAndWhoWasMissing() {
        service().create(Registers.account(zhang.id(), weibo, "r1"));
        service().create(Registers.account(li.id(), weibo, "r2"));
        var rounds = ledger.services.confirmations();
        var round = rounds.open(zb1.id(), 2026);
        rounds.confirm(round, zhang.id());
        var closed = rounds.close(round);
        service().create(Registers.account(zhang.id(), wechat, "r3"));      // after closing
        var state = rounds.progress(closed);
        assertEquals(2, state.size());
        var z = state.stream().filter(m -> m.memberId() == zhang.id()).findFirst().orElseThrow();
        assertEquals(1, z.openRecords(), "what was confirmed, not what is open now");
        assertTrue(state.stream().anyMatch(m -> m.memberId() == li.id() && !m.confirmed()));
        assertEquals(1, rounds.confirmationsOf(zhang.id()).size());
        assertThrows(org.conductledger.model.LedgerException.class, () -> rounds.confirm(closed, li.id()));
    }

    @Test
    void everyChangeIsAudited() {
        RegisterRecord r = service().create(Registers.account(zhang.id(), weibo, "audited"));
        service().changeStatus(r.id(), RegisterStatus.SUSPENDED, LocalDate.of(2026, 11, 20), "暂停更新");
        var auditor = ledger.loginAs("shenji", ledger.root(), Set.of(Role.AUDITOR));
        var entries = auditor.audit().find(new org.conductledger.model.AuditFilter(null, null, "register", null, null, 10));
        assertEquals(List.of("STATUS_CHANGE", "CREATE"), entries.stream().map(e -> e.action()).toList());
        assertFalse(entries.get(1).summary().contains(zhang.idNumber()), "no ID numbers in the audit log");
        assertTrue(auditor.audit().verify().intact());
    }

    @Test
    void referenceDataIsRetiredNotDeletedAndOnlyAtTheRoot() {
        var added = ledger.services.reference().addPlatform("mastodon", "长毛象", true);
        assertEquals("MASTODON", added.code());
        assertTrue(added.overseasDefault());
        RegisterRecord r = service().create(Registers.overseas(Registers.account(zhang.id(), added.id(), "m1")));
        ledger.services.reference().setRetired(added.id(), true);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service().create(Registers.overseas(Registers.account(li.id(), added.id(), "m2"))));
        assertEquals("validation.register.platformRetired", refused.problems().get(0).messageKey());
        assertEquals("长毛象", service().get(r.id()).platformName(), "records keep a retired platform");
        var category = ledger.services.reference().addCategory("PARTY", "党建");
        ledger.services.reference().setCategoryRetired(category.id(), true);
        assertTrue(service().groupCategories().stream().anyMatch(c -> c.code().equals("PARTY") && c.retired()));
        assertEquals("error.reference.codeTaken", assertThrows(org.conductledger.model.LedgerException.class,
                () -> ledger.services.reference().addPlatform("WB", "微博2", false)).messageKey());
        var dept = ledger.loginAs("zzb", zb1, Set.of(Role.ORG_DEPARTMENT));
        assertEquals("error.reference.rootOnly", assertThrows(org.conductledger.model.LedgerException.class,
                () -> dept.reference().addCategory("X", "x")).messageKey());
    }
}
