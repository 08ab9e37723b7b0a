package org.conductledger.report.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.conductledger.model.LedgerException;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.model.RegisterPeriod;
import org.conductledger.service.RegisterSeed;
import org.conductledger.service.Registers;
import org.conductledger.service.TestLedger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registers as .xlsx, read back: typed cells, the seeded rows, a real table under the title, the print log. */
class RegisterReportsTest {

    static final RegisterPeriod OCTOBER = new RegisterPeriod(RegisterSeed.FROM, RegisterSeed.TO);

    @TempDir
    Path dir;
    TestLedger ledger;
    RegisterSeed seed;
    RegisterReports reports;

    @BeforeEach
    void seed() {
        ledger = TestLedger.open(dir);
        seed = new RegisterSeed(ledger);
        reports = ledger.services.registerReports();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    record Read(String sheetName, List<Row> rows) {
        Row header() {
            return rows.get(2);
        }

        List<Row> data() {
            return rows.subList(3, rows.size());
        }

        int column(String header) {
            for (int c = 0; c < header().getCellCount(); c++) {
                if (header.equals(header().getCellText(c))) {
                    return c;
                }
            }
            throw new AssertionError("no column " + header);
        }
    }

    private static Read read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows;
            try (var stream = sheet.openStream()) {
                rows = new ArrayList<>(stream.toList());
            }
            return new Read(sheet.getName(), rows);
        }
    }

    /** Every part of the .xlsx whose name starts with {@code partPrefix}, as text (sheet XML, shared strings …). */
    private static String xml(Path file, String partPrefix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith(partPrefix)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return all.toString();
    }

    @Test
    void theAccountRegisterIsARealSpreadsheetWithTypedCells() throws IOException {
        RegisterDocument document = reports.build(RegisterType.ACCOUNTS, "root", OCTOBER);
        Path file = dir.resolve("accounts.xlsx");
        assertEquals(6, reports.writeXlsx(document, file));
        Read read = read(file);
        assertEquals("以职务身份注册账号台账", read.sheetName());
        assertEquals("以职务身份注册账号台账", read.rows().get(0).getCellText(0));
        String subtitle = read.rows().get(1).getCellText(0);
        assertTrue(subtitle.contains("测试党委") && subtitle.contains("2026年10月1日至2026年10月31日"), subtitle);
        assertEquals(6, read.data().size());

        Row first = read.data().get(0);
        Cell seq = first.getCell(read.column("序号"));
        assertEquals(CellType.NUMBER, seq.getType());
        assertEquals(1, seq.asNumber().intValue());
        Cell opened = first.getCell(read.column("开设日期"));
        assertEquals(CellType.NUMBER, opened.getType(), "a date is a number with a date format, not text");
        assertTrue(opened.getDataFormatString().contains("yy"), opened.getDataFormatString());
        assertEquals(LocalDate.of(2026, 8, 1), opened.asDate().toLocalDate());
        assertEquals(CellType.STRING, first.getCell(read.column("姓名")).getType());

        List<String> accountIds = read.data().stream().map(r -> r.getCellText(read.column("账号ID"))).toList();
        assertEquals(List.of("a-closed-first", "a-closed-after", "a-before", "a-reported-after", "a-last-day",
                "a-other-branch"), accountIds, "the seeded records, by organisation then opening date");
        Row closedFirst = read.data().get(0);
        assertEquals("已注销", closedFirst.getCellText(read.column("期末状态")));
        assertEquals(RegisterSeed.FROM, closedFirst.getCell(read.column("状态日期")).asDate().toLocalDate());
        assertEquals("在用", read.data().get(1).getCellText(read.column("期末状态")));
        assertEquals("待报告", read.data().get(3).getCellText(read.column("报告情况")));
        assertEquals("境内", read.data().get(0).getCellText(read.column("境内/境外")));
        assertEquals("第二党支部", read.data().get(5).getCellText(read.column("党组织")));

        String sheetXml = xml(file, "xl/worksheets/");
        assertTrue(sheetXml.contains("<autoFilter ref=\"A3:"), "the filter sits on the header row: " + sheetXml);
        assertTrue(sheetXml.contains("ySplit=\"3\""), "the panes freeze below the header");
        assertTrue(sheetXml.contains("<mergeCell ref=\"A1:N1\"/>"), "the title spans the table");
    }

    @Test
    void groupsAndFilingsCarryTheirOwnColumnsWithNumbersAsNumbers() throws IOException {
        long wechat = Registers.platform(ledger.services, "WX_PERSONAL");
        ledger.services.registers().create(Registers.group(seed.zhang.id(), wechat, Registers.category(ledger.services, "WORK"),
                "G-1001"));
        ledger.services.registers().create(Registers.filing(seed.zhang.id(), Registers.platform(ledger.services,
                "WX_SUBSCRIPTION"), "dushu", LocalDate.of(2026, 10, 9)));
        Path groups = dir.resolve("groups.xlsx");
        reports.writeXlsx(reports.build(RegisterType.GROUPS, "ZB1", OCTOBER), groups);
        Read g = read(groups);
        assertEquals("群组台账", g.sheetName());
        assertEquals(1, g.data().size());
        Cell size = g.data().get(0).getCell(g.column("成员数"));
        assertEquals(CellType.NUMBER, size.getType());
        assertEquals(35, size.asNumber().intValue());
        assertEquals("是", g.data().get(0).getCellText(g.column("以职务身份建立")));
        assertEquals("建立者", g.data().get(0).getCellText(g.column("本人角色")));
        assertEquals("工作", g.data().get(0).getCellText(g.column("群组类别")));

        Path filings = dir.resolve("filings.xlsx");
        reports.writeXlsx(reports.build(RegisterType.FILINGS, "ZB1", OCTOBER), filings);
        Read f = read(filings);
        assertEquals("个人公众账号备案台账", f.sheetName());
        Row filing = f.data().get(0);
        assertFalse(filing.getCellText(f.column("备案编号")).isBlank());
        assertEquals(CellType.NUMBER, filing.getCell(f.column("版本")).getType());
        assertEquals(LocalDate.of(2026, 10, 9), filing.getCell(f.column("备案日期")).asDate().toLocalDate());
        assertEquals("已备案", filing.getCellText(f.column("期末状态")));
    }

    @Test
    void theCaseRegisterNeverShowsTheReporterEvenToTheHandler() throws IOException {
        RegisterReports handlers = seed.handler.registerReports();
        Path file = dir.resolve("cases.xlsx");
        assertEquals(2, handlers.writeXlsx(handlers.build(RegisterType.CASES, "ZB1", OCTOBER), file));
        Read read = read(file);
        assertEquals("问题线索与案件台账", read.sheetName());
        assertEquals(RegisterSeed.FROM, read.data().get(0).getCell(read.column("受理日期")).asDate().toLocalDate());
        assertEquals("信访举报", read.data().get(0).getCellText(read.column("线索来源")));
        assertEquals("初步核实", read.data().get(0).getCellText(read.column("处置方式")));
        assertEquals("张三", read.data().get(0).getCellText(read.column("被反映人")));
        String everything = xml(file, "xl/");
        assertFalse(everything.contains(RegisterSeed.REPORTER), "no reporter name anywhere in the file");
        assertFalse(everything.contains(RegisterSeed.REPORTER_CONTACT), "no reporter contact anywhere in the file");
        assertFalse(everything.contains("举报人"), "not even a reporter column");
    }

    @Test
    void decisionsAndCommendationsAreWrittenWithTheirDates() throws IOException {
        Path outcomes = dir.resolve("outcomes.xlsx");
        LocalDate decided = LocalDate.of(2026, 11, 21);
        seed.handler.registerReports().writeXlsx(seed.handler.registerReports().build(RegisterType.OUTCOMES, "ZB1",
                new RegisterPeriod(LocalDate.of(2026, 11, 1), null)), outcomes);
        Read o = read(outcomes);
        assertEquals("处理决定台账", o.sheetName());
        Row row = o.data().get(0);
        assertEquals(decided, row.getCell(o.column("决定日期")).asDate().toLocalDate());
        assertEquals("批评教育、警告", row.getCellText(o.column("处理/处分种类")));
        assertEquals("测纪发〔2026〕3号", row.getCellText(o.column("文号")));
        assertEquals(decided.plusMonths(12), row.getCell(o.column("影响期至")).asDate().toLocalDate());
        assertEquals("有效", row.getCellText(o.column("决定状态")));

        Path commendations = dir.resolve("commendations.xlsx");
        reports.writeXlsx(reports.build(RegisterType.COMMENDATIONS, "ROOT", OCTOBER), commendations);
        Read c = read(commendations);
        assertEquals("表彰奖励台账", c.sheetName());
        assertEquals(List.of("张三", "王五"), c.data().stream().map(r -> r.getCellText(c.column("姓名"))).toList());
        assertEquals("县级", c.data().get(0).getCellText(c.column("表彰级别")));
    }

    @Test
    void everyFileWrittenLeavesAPrintLogEntry() {
        RegisterDocument document = reports.build(RegisterType.ACCOUNTS, "ZB1", OCTOBER);
        reports.writeXlsx(document, dir.resolve("a.xlsx"));
        PrintLogEntry entry = ledger.services.printLog().find(null, null).get(0);
        assertEquals("REGISTER_ACCOUNTS", entry.document());
        assertEquals("XLSX", entry.format());
        assertEquals(seed.zb1.id(), entry.subjectOrgId());
        assertEquals(5, entry.recordCount());
        assertEquals("period: 2026-10-01..2026-10-31", entry.summary());
        assertTrue(entry.recordIds().contains(String.valueOf(seed.before.id())), entry.recordIds());
    }

    @Test
    void wideRegistersPrintInLandscapeOthersInPortraitAndEachPdfIsLogged() throws IOException {
        RegisterDocument cases = seed.handler.registerReports().build(RegisterType.CASES, "ROOT", OCTOBER);
        assertTrue(cases.wide(), "the case register prints in landscape");
        Path casesPdf = dir.resolve("cases.pdf");
        assertEquals(3, seed.handler.registerReports().writePdf(cases, casesPdf));
        try (PDDocument pdf = Loader.loadPDF(casesPdf.toFile())) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertTrue(page.getWidth() > page.getHeight(), "landscape");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("问题线索与案件台账"), text);
            assertFalse(text.contains(RegisterSeed.REPORTER) || text.contains(RegisterSeed.REPORTER_CONTACT), text);
        }
        RegisterDocument commendations = reports.build(RegisterType.COMMENDATIONS, "ROOT", OCTOBER);
        assertFalse(commendations.wide());
        Path commendationsPdf = dir.resolve("commendations.pdf");
        reports.writePdf(commendations, commendationsPdf);
        try (PDDocument pdf = Loader.loadPDF(commendationsPdf.toFile())) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertTrue(page.getWidth() < page.getHeight(), "portrait");
        }
        List<PrintLogEntry> log = ledger.services.printLog().find(null, null);
        assertEquals(List.of("REGISTER_COMMENDATIONS", "REGISTER_CASES"), log.stream().map(PrintLogEntry::document).toList());
        assertTrue(log.stream().allMatch(e -> e.format().equals("PDF")));
    }

    @Test
    void anUnknownOrganisationCodeIsAChineseError() {
        LedgerException e = assertThrows(LedgerException.class, () -> reports.build(RegisterType.ACCOUNTS, "NOPE", OCTOBER));
        assertEquals("error.org.codeNotFound", e.messageKey());
    }
}
