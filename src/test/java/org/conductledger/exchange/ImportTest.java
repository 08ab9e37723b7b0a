package org.conductledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.conductledger.app.Services;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportReport;
import org.conductledger.model.Member;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.Role;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports through the real services on a real encrypted H2 ledger: all rows or none, every problem listed. */
class ImportTest {

    static final String ZHANG = "320102198003080114";
    static final String LI = "320102198511200223";
    static final String WANG = "320105199001010335";

    @TempDir
    Path dir;
    TestLedger ledger;
    Services services;
    Organisation zb1;
    Organisation zb2;
    final Messages zh = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @BeforeEach
    void open() {
        ledger = TestLedger.open(dir.resolve("a"));
        services = ledger.services;
        zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        zb2 = ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    static ImportReport importFile(Services services, ImportKind kind, Path file, Long within, boolean dryRun) {
        Importer importer = services.importer();
        SheetTable table = importer.read(kind, file, null);
        return importer.run(kind, table, ColumnMapping.guess(kind, table.headers()), within, dryRun, file.getFileName().toString());
    }

    private ImportReport importCsv(ImportKind kind, String csv, Charset charset, boolean dryRun) throws IOException {
        Path file = dir.resolve("in-" + System.nanoTime() + ".csv");
        Files.write(file, csv.getBytes(charset));
        return importFile(services, kind, file, null, dryRun);
    }

    private String problems(ImportReport report) {
        return String.join("\n", report.problems().stream().map(p -> Importer.describe(zh, p)).toList());
    }

    private Services auditor() {
        return ledger.loginAs("sj" + System.nanoTime() % 100000, ledger.root(), java.util.Set.of(Role.AUDITOR));
    }

    private int members() {
        return services.members().roster(ledger.root().id(), true, true).size();
    }

    @Test
    void membersFromASpreadsheetProgramsWorkbook() throws IOException {
        ImportReport report = importFile(services, ImportKind.MEMBERS, SheetReaderTest.fixture(dir, "members.xlsx"), null, false);
        assertTrue(report.succeeded(), problems(report));
        assertEquals(3, report.imported());
        assertEquals(List.of("import.warning.ignoredColumn"), report.warnings().stream().map(w -> w.messageKey()).toList(),
                "备注 is not imported, and the user is told");
        Member zhang = services.members().currentByIdNumber(ZHANG).orElseThrow();
        assertEquals(zb1.id(), zhang.orgId());
        assertTrue(zhang.cadre());
        assertEquals(ledger.root().id(), zhang.managingOrgId());
        Member li = services.members().currentByIdNumber(LI).orElseThrow();
        assertEquals(zb1.id(), li.orgId(), "found by the path 测试党委/第一党支部");
        assertEquals(java.time.LocalDate.of(2010, 6, 30), li.joinedOn());
        Member wang = services.members().currentByIdNumber(WANG).orElseThrow();
        assertEquals(org.conductledger.model.Gender.MALE, wang.gender(), "sex from the ID number when the cell is blank");
        assertEquals(java.time.LocalDate.of(1990, 1, 1), wang.birthDate());
        assertEquals(MemberCategory.PROBATIONARY, wang.category());
        assertEquals(1, auditor().audit().find(new org.conductledger.model.AuditFilter(null,
                org.conductledger.model.AuditAction.IMPORT, null, null, null, 100)).size());
    }

    @Test
    void accountsWithFormulasAndStatusesFromTheWorkbook() throws IOException {
        importFile(services, ImportKind.MEMBERS, SheetReaderTest.fixture(dir, "members.xlsx"), null, false);
        ImportReport report = importFile(services, ImportKind.ACCOUNTS, SheetReaderTest.fixture(dir, "accounts.xlsx"), null, false);
        assertTrue(report.succeeded(), problems(report));
        List<RegisterRecord> accounts = services.registers().list(RegisterKind.ACCOUNT, ledger.root().id(), true);
        assertEquals(2, accounts.size());
        RegisterRecord first = accounts.stream().filter(r -> r.form().identifier().equals("qwxcb")).findFirst().orElseThrow();
        assertEquals("区委宣传部官方号", first.form().name());
        assertEquals(java.time.LocalDate.of(2026, 10, 12), first.reportedOn());
        assertEquals(RegisterStatus.ACTIVE, first.status());
        RegisterRecord closed = accounts.stream().filter(r -> r.form().identifier().equals("qwb2026")).findFirst().orElseThrow();
        assertEquals(RegisterStatus.CLOSED, closed.status(), "the sheet's 已注销 is recorded");
    }

    @Test
    void everyBadRowIsListedAndNothingIsWritten() throws IOException {
        String csv = String.join("\r\n",
                "姓名,公民身份号码,党员类别,入党日期,所在党组织",
                "张三," + ZHANG + ",正式党员,2005-07-01,ZB1",
                "李四," + LI + ",正式党员,2010年13月1日,ZB1",
                "王五," + WANG + ",积极分子,2020-01-01,ZB9",
                "张三的重复," + ZHANG + ",正式党员,2006-07-01,ZB2",
                "赵六,320102198003080115,正式党员,2006-07-01,ZB2", "");
        ImportReport report = importCsv(ImportKind.MEMBERS, csv, Charset.forName("GBK"), false);
        String text = problems(report);
        assertFalse(report.succeeded());
        assertEquals(0, report.imported());
        assertTrue(text.contains("第 3 行“入党日期”：“2010年13月1日”不是可识别的日期"), text);
        assertTrue(text.contains("第 4 行“党员类别”：“积极分子”不是可选的党员类别"), text);
        assertTrue(text.contains("第 4 行“所在党组织”：找不到党组织“ZB9”"), text);
        assertTrue(text.contains("第 5 行“公民身份号码”：与第 2 行重复（" + ZHANG + "）"),
                "the second 张三 repeats the first row, not a ledger record: " + text);
        assertTrue(report.problems().stream().anyMatch(p -> p.row() == 6 && "公民身份号码".equals(p.column())),
                "a wrong check digit: " + text);
        assertEquals(0, members(), "nothing half-saved");
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() throws IOException {
        String csv = "姓名,公民身份号码,党员类别,入党日期,所在党组织\r\n张三," + ZHANG + ",正式党员,2005-07-01,ZB1\r\n";
        Services auditor = auditor();
        int auditBefore = auditor.audit().find(new org.conductledger.model.AuditFilter(null, null, null, null, null, 100000)).size();
        ImportReport report = importCsv(ImportKind.MEMBERS, csv, java.nio.charset.StandardCharsets.UTF_8, true);
        assertTrue(report.succeeded(), problems(report));
        assertEquals(0, members());
        assertEquals(auditBefore, auditor.audit().find(new org.conductledger.model.AuditFilter(null, null, null, null, null, 100000)).size());
        assertTrue(auditor.audit().verify().intact());
        assertTrue(importCsv(ImportKind.MEMBERS, csv, java.nio.charset.StandardCharsets.UTF_8, false).succeeded());
        assertEquals(1, members());
        assertTrue(auditor.audit().verify().intact(), "the chain is whole after a rolled-back and a real import");
    }

    @Test
    void maskedIdNumbersAreToldAsSuch() throws IOException {
        ImportReport report = importCsv(ImportKind.MEMBERS, "姓名,公民身份号码,党员类别,入党日期,所在党组织\r\n张三,3201**********0114,正式党员,2005-07-01,ZB1\r\n",
                java.nio.charset.StandardCharsets.UTF_8, false);
        assertEquals(List.of("import.problem.maskedId"), report.problems().stream().map(p -> p.messageKey()).toList());
    }

    @Test
    void aMissingRequiredColumnRefusesTheFile() throws IOException {
        ImportReport report = importCsv(ImportKind.MEMBERS, "姓名,所在党组织\r\n张三,ZB1\r\n", java.nio.charset.StandardCharsets.UTF_8, false);
        assertEquals(List.of("公民身份号码", "党员类别", "入党日期"), report.problems().stream().map(p -> p.column()).toList());
    }

    @Test
    void rowsThatDuplicateExistingRecordsAreReportedNotMerged() throws IOException {
        importFile(services, ImportKind.MEMBERS, SheetReaderTest.fixture(dir, "members.xlsx"), null, false);
        importFile(services, ImportKind.ACCOUNTS, SheetReaderTest.fixture(dir, "accounts.xlsx"), null, false);
        ImportReport again = importFile(services, ImportKind.ACCOUNTS, SheetReaderTest.fixture(dir, "accounts.xlsx"), null, false);
        assertFalse(again.succeeded());
        assertEquals(1, again.problems().size(), problems(again) + " — the closed account may be registered again");
        assertEquals(2, again.problems().get(0).row());
        assertEquals(2, services.registers().list(RegisterKind.ACCOUNT, ledger.root().id(), true).size());
    }

    @Test
    void theImportingOrganisationBoundsTheRows() throws IOException {
        String csv = "姓名,公民身份号码,党员类别,入党日期,所在党组织\r\n张三," + ZHANG + ",正式党员,2005-07-01,\r\n李四," + LI
                + ",正式党员,2010-07-01,ZB2\r\n";
        Path file = dir.resolve("m.csv");
        Files.writeString(file, csv);
        ImportReport report = importFile(services, ImportKind.MEMBERS, file, zb1.id(), false);
        assertEquals(1, report.problems().size(), problems(report));
        assertEquals("import.problem.outside", report.problems().get(0).messageKey());
        Files.writeString(file, csv.substring(0, csv.indexOf("李四")));
        assertTrue(importFile(services, ImportKind.MEMBERS, file, zb1.id(), false).succeeded());
        assertEquals(zb1.id(), services.members().currentByIdNumber(ZHANG).orElseThrow().orgId(), "a blank 所在党组织 is the import's");
    }

    @Test
    void aBranchSecretaryCannotImportMembersOfAnotherBranchNorSeeThem() throws IOException {
        Services secretary = ledger.loginAs("zb1", zb1, java.util.Set.of(Role.BRANCH_SECRETARY));
        String csv = "姓名,公民身份号码,党员类别,入党日期,所在党组织\r\n李四," + LI + ",正式党员,2010-07-01,ZB2\r\n";
        Path file = dir.resolve("other.csv");
        Files.writeString(file, csv);
        ImportReport report = importFile(secretary, ImportKind.MEMBERS, file, null, false);
        assertEquals("import.problem.organisation", report.problems().get(0).messageKey(), "ZB2 is outside the scope");
        assertEquals(0, members());
    }

    @Test
    void filingsKeepACarriedNumberAndLaterOnesFollowIt() throws IOException {
        importFile(services, ImportKind.MEMBERS, SheetReaderTest.fixture(dir, "members.xlsx"), null, false);
        String csv = "公民身份号码,平台,账号名称,账号ID,开设日期,备案日期,备案编号\r\n"
                + ZHANG + ",微信-公众号（订阅号）,读书札记,dszj,2026-03-01,2026-03-05,ZB1-2026-0007\r\n"
                + LI + ",抖音,李四说,lisishuo,2026-03-01,2026-03-06,\r\n";
        ImportReport report = importCsv(ImportKind.FILINGS, csv, java.nio.charset.StandardCharsets.UTF_8, false);
        assertTrue(report.succeeded(), problems(report));
        List<String> numbers = services.registers().list(RegisterKind.FILING, ledger.root().id(), true).stream()
                .map(RegisterRecord::filingNo).sorted().toList();
        assertEquals(List.of("ZB1-2026-0007", "ZB1-2026-0008"), numbers);
        ImportReport taken = importCsv(ImportKind.FILINGS, csv.replace("dszj", "other").replace(",lisishuo,", ",x2,")
                .replace("2026-03-06,", "2026-03-06,ZB1-2026-0008"), java.nio.charset.StandardCharsets.UTF_8, false);
        assertEquals(List.of("validation.register.filingNoTaken", "validation.register.filingNoTaken"),
                taken.problems().stream().map(p -> p.messageKey()).toList());
    }
}
