package org.conductledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.conductledger.app.Services;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditFilter;
import org.conductledger.model.ImportDates;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportReport;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organisation sheets through the real services on a real encrypted H2 ledger: any order, every problem of the
 * tree named on its row, all or nothing, and changes to existing organisations only when confirmed.
 */
class OrganisationImportTest {

    static final String HEADER = "党组织名称,党组织代码,党组织类型,上级党组织代码,成立日期,书记公民身份号码";
    static final String ZHANG = "320102198003080114";

    @TempDir
    Path dir;
    TestLedger ledger;
    Services services;
    final Messages zh = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @BeforeEach
    void open() {
        ledger = TestLedger.open(dir.resolve("a"));
        services = ledger.services;
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private ImportReport importFile(Services as, Path file, Long within, boolean dryRun, boolean apply) {
        Importer importer = as.importer();
        SheetTable table = importer.read(ImportKind.ORGS, file, null);
        return importer.run(ImportKind.ORGS, table, ColumnMapping.guess(ImportKind.ORGS, table.headers()), within, dryRun,
                apply, file.getFileName().toString());
    }

    private ImportReport importCsv(String... rows) throws IOException {
        return importCsv(false, rows);
    }

    private ImportReport importCsv(boolean apply, String... rows) throws IOException {
        Path file = dir.resolve("orgs-" + System.nanoTime() + ".csv");
        Files.writeString(file, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n");
        return importFile(services, file, null, false, apply);
    }

    private String problems(ImportReport report) {
        return report.problems().stream().map(p -> Importer.describe(zh, p)).collect(Collectors.joining("\n"));
    }

    private String changes(ImportReport report) {
        return report.changes().stream().map(c -> Importer.describe(zh, c)).collect(Collectors.joining("\n"));
    }

    private Map<String, Organisation> byCode() {
        return services.organisations().all().stream().collect(Collectors.toMap(Organisation::code, o -> o));
    }

    private String parentCode(Organisation o) {
        return services.organisations().get(o.parentId()).code();
    }

    private int audited(AuditAction action) {
        Services auditor = ledger.loginAs("sj" + System.nanoTime() % 100000, ledger.root(), Set.of(Role.AUDITOR));
        return auditor.audit().find(new AuditFilter(null, action, "organisation", null, null, 100_000)).size();
    }

    @Test
    void aShuffledTreeOfThreeHundredFromLibreOfficeImportsWholeInTheRightPlaces() throws IOException {
        ImportReport report = importFile(services, SheetReaderTest.fixture(dir, "orgs-300.xlsx"), null, false, false);
        assertTrue(report.succeeded(), problems(report));
        assertEquals(300, report.imported());
        assertEquals(300, report.added());
        assertEquals(List.of(), report.warnings());
        Map<String, Organisation> orgs = byCode();
        assertEquals(301, orgs.size());
        Map<String, String[]> expected = OrgsFixture.expectedTree();
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            Organisation o = orgs.get(e.getKey());
            String[] want = e.getValue();
            assertEquals(want[0], o.name(), e.getKey());
            assertTrue(zh.label(o.type()).equals(want[1]) || o.type().name().equals(want[1]), e.getKey() + " " + o.type());
            assertEquals(want[2], parentCode(o), e.getKey());
            assertEquals(ImportDates.parse(want[3]).orElse(null), o.establishedOn(), e.getKey() + " " + want[3]);
        }
        assertEquals(OrgType.WORKING_COMMITTEE, orgs.get("DW10").type());
        assertEquals(OrgType.BRANCH, orgs.get("DW01-B4").type(), "BRANCH written as the code");
        assertTrue(orgs.containsKey("DW01-B3"), "a code in lower case is stored upper case");
        assertEquals(300, audited(AuditAction.CREATE), "each one audited like one typed in");
        assertEquals(1, audited(AuditAction.IMPORT));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        Path file = SheetReaderTest.fixture(dir, "orgs-300.xlsx");
        assertTrue(importFile(services, file, null, false, false).succeeded());
        List<Organisation> before = services.organisations().all();
        ImportReport again = importFile(services, file, null, false, true);
        assertTrue(again.succeeded(), problems(again));
        assertEquals(List.of(), again.changes());
        assertEquals(300, again.unchanged());
        assertEquals(0, again.added());
        assertEquals(0, again.imported());
        assertEquals(before, services.organisations().all(), "not even a version number moved");
        assertEquals(1, audited(AuditAction.IMPORT), "nothing written, nothing audited");
    }

    @Test
    void changesToExistingOrganisationsAreListedAndWrittenOnlyWhenConfirmed() throws IOException {
        importCsv("甲党委,DW,党委,,2001-07-01,", "甲党委第一支部,ZB1,党支部,DW,2001-07-01,", "乙党委,DW2,党委,,,",
                "乙党委第一党支部,ZB2,党支部,DW2,2002-07-01,");
        List<Organisation> before = services.organisations().all();
        String[] sheet = {"甲党委,DW,党委,,,", "甲党委第一党支部,ZB1,党支部,DW,2001-07-01,",
                "乙党委第一党支部,ZB2,联合党支部,DW,2002-07-01,", "乙党委第二党支部,ZB3,党支部,DW2,,"};

        ImportReport unconfirmed = importCsv(sheet);
        assertFalse(unconfirmed.succeeded());
        assertTrue(unconfirmed.awaitingConfirmation());
        assertEquals(List.of(), unconfirmed.problems());
        assertEquals(String.join("\n", "第 3 行 ZB1“党组织名称”：甲党委第一支部 → 甲党委第一党支部",
                "第 4 行 ZB2“党组织类型”：党支部 → 联合党支部", "第 4 行 ZB2“上级党组织代码”：DW2 → DW"), changes(unconfirmed));
        assertEquals(2, unconfirmed.changedRows());
        assertEquals(1, unconfirmed.added());
        assertEquals(1, unconfirmed.unchanged(), "DW: a blank date is no change");
        assertEquals(before, services.organisations().all(), "nothing written, not even the new ZB3");

        Path file = dir.resolve("changed.csv");
        Files.writeString(file, HEADER + "\r\n" + String.join("\r\n", sheet) + "\r\n");
        assertTrue(importFile(services, file, null, true, true).succeeded(), "a confirmed dry run would pass");
        assertEquals(before, services.organisations().all());

        ImportReport confirmed = importFile(services, file, null, false, true);
        assertTrue(confirmed.succeeded(), problems(confirmed));
        assertEquals(3, confirmed.imported());
        Map<String, Organisation> orgs = byCode();
        assertEquals("甲党委第一党支部", orgs.get("ZB1").name());
        assertEquals(OrgType.JOINT_BRANCH, orgs.get("ZB2").type());
        assertEquals("DW", parentCode(orgs.get("ZB2")));
        assertEquals("DW2", parentCode(orgs.get("ZB3")));
        assertEquals(LocalDate.of(2001, 7, 1), orgs.get("DW").establishedOn(), "the ledger's date stays");
        assertEquals(2, audited(AuditAction.UPDATE));
        assertEquals(1, audited(AuditAction.MOVE));
    }

    @Test
    void aRowThatChangesBothTypeAndParentIsWrittenInTheOrderTheRulesAllow() throws IOException {
        importCsv("甲党委,DW,党委,,,", "第一党总支,ZZ,党总支,DW,,", "第一党支部,ZB,党支部,ZZ,,", "乙党委,DW2,党委,,,");
        // ZB becomes a 党委, which no 党总支 may hold: it must leave ZZ first; DW2 becomes a branch and then goes below ZZ.
        ImportReport report = importCsv(true, "第一党支部,ZB,党委,DW,,", "乙党委,DW2,党支部,ZZ,,");
        assertTrue(report.succeeded(), problems(report));
        Map<String, Organisation> orgs = byCode();
        assertEquals(OrgType.PARTY_COMMITTEE, orgs.get("ZB").type());
        assertEquals("DW", parentCode(orgs.get("ZB")));
        assertEquals(OrgType.BRANCH, orgs.get("DW2").type());
        assertEquals("ZZ", parentCode(orgs.get("DW2")));
    }

    @Test
    void aCycleAndAnUnknownParentAreRefusedEachNamedOnItsRow() throws IOException {
        ImportReport report = importCsv("甲党委,DW,党委,,,", "第一党总支,ZZ1,党总支,ZZ2,,", "第二党总支,ZZ2,党总支,ZZ1,,",
                "第一党支部,ZB1,党支部,ZZ1,,", "第九党支部,ZB9,党支部,DW9,,", "第十党支部,ZB10,党支部,DW,,");
        assertFalse(report.succeeded());
        assertEquals(String.join("\n",
                "第 3 行“上级党组织代码”：上级关系构成循环：ZZ1 → ZZ2 → ZZ1（箭头指向上级党组织）。",
                "第 4 行“上级党组织代码”：上级关系构成循环：ZZ2 → ZZ1 → ZZ2（箭头指向上级党组织）。",
                "第 6 行“上级党组织代码”：找不到上级党组织“DW9”：本表中没有这个代码，台账中（您的管理范围内）也没有。"),
                problems(report));
        assertEquals(1, services.organisations().all().size(), "nothing written, not even the good rows");
    }

    @Test
    void repeatedCodesUnknownTypesAndMisplacedOrganisationsAreReportedPerRow() throws IOException {
        ImportReport report = importCsv("甲党委,DW,党委,,,", "第一党支部,ZB1,党支部,DW,,", "第一党支部（重复）,zb1,党支部,DW,,",
                "第一党小组,XZ1,党小组,ZB1,,", "支部下的支部,ZB2,党支部,ZB1,,", "未来支部,ZB3,党支部,DW,2999-01-01,",
                "错号支部,ZB4,党支部,DW,,320102198003080115");
        String text = problems(report);
        assertTrue(text.contains("第 4 行“党组织代码”：与第 3 行重复（ZB1）"), text);
        assertTrue(text.contains("第 5 行“党组织类型”：“党小组”不是可选的党组织类型（可选：党委、党工委、党总支、党支部、联合党支部、临时党支部）"), text);
        assertTrue(text.contains("第 6 行“党组织类型”：“党支部”之下不能设立“党支部”"), text);
        assertTrue(text.contains("第 7 行“成立日期”："), text);
        assertTrue(text.contains("第 8 行“书记公民身份号码”：公民身份号码校验码不正确"), text);
        assertEquals(5, report.problems().size(), text);
        assertEquals(1, services.organisations().all().size());
    }

    @Test
    void theSecretaryIsLinkedOnceTheMemberIsOnTheRoll() throws IOException {
        String[] sheet = {"甲党委,DW,党委,,,", "第一党支部,ZB1,党支部,DW,," + ZHANG};
        ImportReport first = importCsv(sheet);
        assertTrue(first.succeeded(), problems(first));
        assertEquals(List.of("第 3 行“书记公民身份号码”：没有公民身份号码为 " + ZHANG
                        + " 的在册党员（或不在您的管理范围内），暂不关联书记；导入党员后再次导入本表即可关联。"),
                first.warnings().stream().map(w -> Importer.describe(zh, w)).toList());
        Path members = dir.resolve("members.csv");
        Files.writeString(members, "姓名,公民身份号码,党员类别,入党日期,所在党组织\r\n张三," + ZHANG + ",正式党员,2005-07-01,ZB1\r\n");
        assertTrue(ImportTest.importFile(services, ImportKind.MEMBERS, members, null, false).succeeded(),
                "members go into the imported organisations by code");

        ImportReport again = importCsv(sheet);
        assertTrue(again.awaitingConfirmation());
        assertEquals("第 3 行 ZB1“书记公民身份号码”：（空） → 张三", changes(again));
        assertTrue(importCsv(true, sheet).succeeded());
        long zhang = services.members().currentByIdNumber(ZHANG).orElseThrow().id();
        assertEquals(zhang, byCode().get("ZB1").secretaryId());
        assertTrue(importCsv(sheet).succeeded(), "and then it is no change any more");

        ImportReport elsewhere = importCsv("甲党委,DW,党委,,," + ZHANG);
        assertEquals(List.of("import.warning.secretaryElsewhere"), elsewhere.warnings().stream().map(w -> w.messageKey()).toList());
        assertTrue(elsewhere.succeeded(), "a member of another organisation is not linked; the rest imports");
        assertEquals(null, byCode().get("DW").secretaryId());
    }

    @Test
    void onlyTheOrganisationDepartmentImportsTheTreeAndOnlyWithinItsScope() throws IOException {
        importCsv("甲党委,DW,党委,,,", "乙党委,DW2,党委,,,", "第一党支部,ZB1,党支部,DW,,");
        Organisation dw = byCode().get("DW");
        Services secretary = ledger.loginAs("zb1", byCode().get("ZB1"), Set.of(Role.BRANCH_SECRETARY));
        assertFalse(secretary.importer().importableKinds().contains(ImportKind.ORGS));
        Path file = dir.resolve("scoped.csv");
        Files.writeString(file, HEADER + "\r\n第二党支部,ZB2,党支部,,,\r\n第三党支部,ZB3,党支部,DW2,,\r\n");
        assertThrows(LedgerException.class, () -> importFile(secretary, file, null, false, false));

        Services department = ledger.loginAs("dw", dw, Set.of(Role.ORG_DEPARTMENT));
        ImportReport refused = importFile(department, file, null, false, false);
        assertEquals(List.of("第 3 行“上级党组织代码”：找不到上级党组织“DW2”：本表中没有这个代码，台账中（您的管理范围内）也没有。"),
                refused.problems().stream().map(p -> Importer.describe(zh, p)).toList(), "DW2 is out of the user's scope");
        Files.writeString(file, HEADER + "\r\n第二党支部,ZB2,党支部,,,\r\n");
        assertTrue(importFile(department, file, null, false, false).succeeded());
        assertEquals("DW", parentCode(byCode().get("ZB2")), "blank: below the importing user's own organisation");
    }
}
