package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.conductledger.app.AppLedgerAccess;
import org.conductledger.i18n.Messages;
import org.conductledger.model.TestClock;
import org.conductledger.service.AuthService;
import org.conductledger.service.Registers;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report form}: writes the PDF, logs the print, explains refusals in Chinese without a stack trace. */
class ReportFormCommandTest extends CliCommandHarness {



    @Test
    void aFilingFormIsWrittenAndLoggedAndMistakesAreExplained() throws IOException {
        long recordId;
        String filingNo;
        try (TestLedger ledger = TestLedger.open(dir)) {
            var member = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), ledger.root().id()));
            var filing = ledger.services.registers().create(Registers.filing(member.id(),
                    Registers.platform(ledger.services, "WX_SUBSCRIPTION"), "dushuzhaji", java.time.LocalDate.of(2026, 11, 2)));
            recordId = filing.id();
            filingNo = filing.filingNo();
        }
        String db = dir.resolve("ledger").toString();
        Path pdf = dir.resolve("备案表.pdf");
        assertEquals(0, run("--db", db, "--user", "admin", "report", "form", "--kind", "filing", "--id", String.valueOf(recordId),
                "--pdf", pdf.toString(), "--internal"), err.toString());
        assertTrue(out.toString().contains("已生成“个人公众账号备案表”"), out.toString());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(filingNo) && text.contains("内部资料") && text.contains("读书札记"), text);
        }
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no partial file left");
        }
        AuthService auth = new AuthService(TestClock.CLOCK, TestLedger.FAST, "cli-test");
        var login = auth.login(org.conductledger.store.DatabaseLocation.of(dir.resolve("ledger")), "admin",
                TestLedger.PASSWORD.toCharArray());
        try (var services = org.conductledger.app.Services.wire(login.ledger(), login.session(), TestClock.CLOCK, TestLedger.FAST,
                "cli-test")) {
            var log = services.printLog().find(null, null);
            assertEquals(1, log.size());
            assertTrue(log.toString().contains("FORM_FILING"), log.toString());
        }

        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db, "--user", "admin", "report", "form", "--kind", "poster", "--id", "1",
                "--pdf", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("没有“poster”这种表格"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db, "--user", "admin", "report", "form", "--kind", "intake", "--id", "99",
                "--pdf", dir.resolve("y.pdf").toString()));
        assertTrue(err.toString().contains("找不到该案件"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(dir.resolve("y.pdf")));
        assertEquals(0, run("report", "form", "--help"));
        assertTrue(out.toString().contains("打印登记"), out.toString());
    }
}
