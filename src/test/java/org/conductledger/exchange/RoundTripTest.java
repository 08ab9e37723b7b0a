package org.conductledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportReport;
import org.conductledger.model.OrgType;
import org.conductledger.model.RegisterKind;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export a register to xlsx, import it into an empty ledger, export again: the same sheet. */
class RoundTripTest {

    @TempDir
    Path dir;

    private static TestLedger ledger(Path dir) {
        TestLedger ledger = TestLedger.open(dir);
        ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        return ledger;
    }

    private static void imported(TestLedger ledger, ImportKind kind, Path file) {
        ImportReport report = ImportTest.importFile(ledger.services, kind, file, null, false);
        assertTrue(report.succeeded(), kind + ": " + report.problems());
    }

    private static Path csv(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void membersAndEveryRegisterSurviveExportImportExport() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        try (TestLedger first = ledger(a); TestLedger second = ledger(b)) {
            imported(first, ImportKind.MEMBERS, SheetReaderTest.fixture(a, "members.xlsx"));
            imported(first, ImportKind.ACCOUNTS, SheetReaderTest.fixture(a, "accounts.xlsx"));
            imported(first, ImportKind.GROUPS, csv(a, "groups.csv", "公民身份号码,平台,群名称,群号,群类别,成员数,本人角色,是否以职务身份,用途,建立日期,报告日期,状态\r\n"
                    + ImportTest.ZHANG + ",微信-个人号,第一党支部工作群,wxq-001,工作,35,建立者,是,支部联络,2026-09-01,2026-09-10,正常\r\n"
                    + ImportTest.LI + ",QQ/QQ空间,学习群,123456,学习交流,,管理者,否,,2026-08-01,2026-08-03,暂停发布\r\n"));
            imported(first, ImportKind.FILINGS, csv(a, "filings.csv", "公民身份号码,平台,账号类型,账号名称,账号ID,认证主体,统一社会信用代码,内容领域,开设日期,备案日期,备案编号,状态\r\n"
                    + ImportTest.ZHANG + ",微信-公众号（订阅号）,订阅号,读书札记,dszj,张三,,文化读书,2026-03-01,2026-03-05,,已备案\r\n"
                    + ImportTest.WANG + ",抖音,个人号,=王五说,ww-1,,,生活,2026-04-01,2026-04-02,ZB2-2025-0031,已注销\r\n"));

            Exporter out = first.services.exporter();
            Path members = a.resolve("members-out.xlsx");
            out.members(first.root().id(), true, true, members);
            imported(second, ImportKind.MEMBERS, members);
            Path again = b.resolve("members-again.xlsx");
            second.services.exporter().members(second.root().id(), true, true, again);
            assertSameSheet(members, again);

            for (RegisterKind kind : RegisterKind.values()) {
                Path exported = a.resolve(kind + ".xlsx");
                assertTrue(out.register(kind, first.root().id(), true, true, exported) >= 2);
                imported(second, ImportKind.of(kind), exported);
                Path reexported = b.resolve(kind + "-again.xlsx");
                second.services.exporter().register(kind, second.root().id(), true, true, reexported);
                assertSameSheet(exported, reexported);
                Path csvOut = b.resolve(kind + ".csv");
                second.services.exporter().register(kind, second.root().id(), true, true, csvOut);
                assertEquals(new SheetReader(1000).read(reexported, null).rows().size(),
                        new SheetReader(1000).read(csvOut, null).rows().size(), "the CSV reads back too");
            }
        }
    }

    private static void assertSameSheet(Path expected, Path actual) {
        SheetTable e = new SheetReader(1000).read(expected, null);
        SheetTable a = new SheetReader(1000).read(actual, null);
        assertEquals(e.headers(), a.headers());
        assertEquals(e.rows().stream().map(SheetTable.Row::cells).toList(), a.rows().stream().map(SheetTable.Row::cells).toList());
    }

    @Test
    void maskedIdNumbersUnlessFullOnesAreChosen() throws IOException {
        try (TestLedger ledger = ledger(dir)) {
            imported(ledger, ImportKind.MEMBERS, SheetReaderTest.fixture(dir, "members.xlsx"));
            Path file = dir.resolve("masked.csv");
            ledger.services.exporter().members(ledger.root().id(), true, false, file);
            String text = Files.readString(file);
            assertTrue(text.startsWith("\uFEFF姓名,性别,公民身份号码"), "UTF-8 with BOM for Excel");
            assertTrue(!text.contains(ImportTest.ZHANG) && text.contains(ImportTest.ZHANG.substring(0, 4) + "**********"), text);
        }
    }

    @Test
    void templatesHaveTheHeadersDropDownsAndInstructions() throws IOException {
        try (TestLedger ledger = ledger(dir)) {
            for (ImportKind kind : ImportKind.values()) {
                Path file = dir.resolve(kind + "-template.xlsx");
                ledger.services.exporter().template(kind, file);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    String data = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes());
                    assertTrue(data.contains("<dataValidation"), kind + " has drop-down lists");
                }
                try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
                    assertEquals(java.util.List.of("填写说明", "选项"), workbook.getSheets().skip(1)
                            .map(org.dhatim.fastexcel.reader.Sheet::getName).toList());
                }
                assertEquals(ExchangeSheets.headers(kind), readHeaders(file));
            }
        }
    }

    private static java.util.List<String> readHeaders(Path template) throws IOException {
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(template.toFile());
             var rows = workbook.getFirstSheet().openStream()) {
            var header = rows.findFirst().orElseThrow();
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                names.add(header.getCell(i).getText());
            }
            return names;
        }
    }
}
