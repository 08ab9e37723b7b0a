package org.conductledger.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.conductledger.exchange.TableData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDF engine: wrapping, page breaks with repeated headers, page numbers, font resolution and embedding. */
class PdfEngineTest {

    @TempDir
    Path dir;

    /** A CJK character is 1 wide, anything else ½. */
    private static double measure(String s) {
        return s.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 1.0 : 0.5).sum();
    }

    private static String nonSpace(String s) {
        return s.replaceAll("\\s", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "在微信群转发未经核实的信息，造成不良影响。经初步核实，情况基本属实；建议予以谈话函询！",
            "账号 https://weibo.com/u/1234567890123456789 的认证主体为某区委宣传部（统一社会信用代码11320102MB1234567X）",
            "第一行\n\n第三行：English words stay whole, punctuation “quoted”。",
            "。。。，，，、、、",
            "Supercalifragilisticexpialidocious-and-then-some-more-words"})
    void wrappingNeverLosesACharacterAndKeepsLinesWithinTheWidth(String text) {
        for (double width : new double[] {3, 7.5, 12, 40}) {
            List<String> lines = TextWrap.wrap(text, width, PdfEngineTest::measure);
            assertEquals(nonSpace(text), nonSpace(String.join("", lines)), "width " + width);
            for (String line : lines) {
                assertTrue(measure(line) <= width || line.codePointCount(0, line.length()) <= 2, line + " @" + width);
            }
        }
    }

    @Test
    void closingPunctuationDoesNotStartALineAndLatinWordsStayWhole() {
        List<String> lines = TextWrap.wrap("一二三四五，六七 abc defgh", 4, PdfEngineTest::measure);
        assertEquals(List.of("一二三四", "五，六七", "abc", "defgh"), lines);
    }

    @Test
    void aLongTableRunsOverPagesWithItsHeaderRepeatedAndNumberedPages() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("成员" + i, i * 10, LocalDate.of(2026, 1, 1).plusDays(i), i % 2 == 0,
                    "用途说明较长的一段文字，用来检验换行是否正确" + i));
        }
        TableData table = new TableData("群组", List.of("群组名称", "成员数", "建立日期", "以职务身份", "用途"), rows);
        byte[] pdf = new TablePdf(FontSet.shippedOnly()).toBytes(List.of(table),
                TableOptions.of("建立群组报告台账").withSubtitle("第一党支部　2026年").withRowNumbers("序号").withMark("内部资料"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertTrue(page.contains("群组名称") && page.contains("以职务身份"), "header on page " + p);
                assertTrue(page.contains("— " + p + " —"), "page number on page " + p);
                assertTrue(page.contains("内部资料"), "mark on page " + p);
            }
            String all = new PDFTextStripper().getText(doc);
            for (int i = 1; i <= 120; i++) {
                assertTrue(all.contains("成员" + i), "row " + i);
            }
            assertTrue(all.contains("2026-01-02") && all.contains("是") && all.contains("1200"));
            assertEquals(1, count(all, "建立群组报告台账"), "the title only once");
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitAndNothingIsCut() throws IOException {
        String longText = "这是一段很长的情况说明。".repeat(400) + "结尾标记";
        byte[] pdf = new PdfComposer(FontSet.shippedOnly(), DocumentOptions.portrait())
                .title("测试表")
                .grid(new Grid(1, 4).row(Cell.label("说明"), Cell.value(longText)))
                .grid(new Grid(1, 4).row(Cell.label("其后"), Cell.value("下一行")))
                .toBytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3);
            String all = nonSpace(new PDFTextStripper().getText(doc));
            assertTrue(all.contains("结尾标记") && all.contains("下一行"));
            // Page numbers fall between the pieces of the split row, so count a character that only the row has.
            assertEquals(400, count(all, "情"));
            assertEquals(400, count(all, "。"));
        }
    }

    @Test
    void withoutOfficialFacesTheShippedFontIsEmbeddedAsASubset() throws IOException {
        FontSet fonts = new FontLocator(List.of(dir)).resolve();
        for (FontRole role : FontRole.values()) {
            assertTrue(fonts.source(role).shipped(), role.name());
        }
        PdfComposer composer = new PdfComposer(fonts, DocumentOptions.portrait().withMark("内部资料"));
        byte[] pdf = composer.title("个人公众账号备案表").paragraph("正文仿宋。").toBytes();
        assertEquals(List.of("wqy-microhei.ttc"), composer.faces());
        assertAllFontsEmbeddedSubsets(pdf);
    }

    @Test
    void anInstalledTrueTypeFaceIsChosenForItsRoleAndACffFaceIsSkipped() throws IOException {
        Path fonts = Files.createDirectories(dir.resolve("Fonts/sub"));
        // A genuine single TrueType font (the first face of the shipped collection), installed as 仿宋.
        writeFirstFaceOfCollection(fonts.resolve("SIMFANG.TTF"));
        // A CFF-flavoured OpenType file under 黑体's name cannot be embedded and must be passed over.
        Files.write(fonts.resolve("simhei.ttf"), new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        FontSet set = new FontLocator(List.of(dir.resolve("Fonts"), dir.resolve("missing"))).resolve();
        assertEquals("SIMFANG.TTF", set.source(FontRole.BODY).name());
        assertFalse(set.source(FontRole.BODY).shipped());
        assertEquals("SIMFANG.TTF", set.source(FontRole.KAITI).name(), "楷体 falls back to 仿宋");
        assertTrue(set.installed(FontRole.HEADING).isEmpty());
        assertTrue(set.source(FontRole.TITLE).shipped(), "no 小标宋, no 黑体: the shipped font");
        PdfComposer composer = new PdfComposer(set, DocumentOptions.portrait().withPageNumbers(false));
        byte[] pdf = composer.title("标题").paragraph("仿宋正文").toBytes();
        assertEquals(List.of("wqy-microhei.ttc", "SIMFANG.TTF"), composer.faces());
        assertAllFontsEmbeddedSubsets(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("仿宋正文"));
        }
    }

    /** Turns the shipped .ttc into a standalone .ttf: the first face's table directory moved to the front. */
    private static void writeFirstFaceOfCollection(Path target) throws IOException {
        byte[] ttc;
        try (InputStream in = PdfEngineTest.class.getResourceAsStream(FontLocator.FALLBACK_RESOURCE)) {
            ttc = in.readAllBytes();
        }
        int offset = java.nio.ByteBuffer.wrap(ttc, 12, 4).getInt();
        int tables = java.nio.ByteBuffer.wrap(ttc, offset + 4, 2).getShort();
        byte[] ttf = ttc.clone();
        System.arraycopy(ttc, offset, ttf, 0, 12 + 16 * tables);   // table offsets are absolute, so they still hold
        Files.write(target, ttf);
    }

    private static void assertAllFontsEmbeddedSubsets(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset tag: " + font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
