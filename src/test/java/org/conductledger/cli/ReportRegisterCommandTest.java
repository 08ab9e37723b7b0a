package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conductledger.app.AppLedgerAccess;
import org.conductledger.app.Services;
import org.conductledger.i18n.Messages;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.model.TestClock;
import org.conductledger.service.AuthService;
import org.conductledger.service.LoginResult;
import org.conductledger.service.RegisterSeed;
import org.conductledger.service.TestLedger;
import org.conductledger.store.DatabaseLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report register}: the file written, the confirmation, the print log, and every kind of bad input. */
class ReportRegisterCommandTest extends CliCommandHarness {


    @BeforeEach
    void seed() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            new RegisterSeed(ledger);
        }
    }


    private int register(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("--db", dir.resolve("ledger").toString(), "--user", "admin",
                "report", "register"));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private List<PrintLogEntry> printLog() {
        LoginResult admin = new AuthService(TestClock.CLOCK, TestLedger.FAST, "check")
                .login(DatabaseLocation.of(dir.resolve("ledger")), "admin", TestLedger.PASSWORD.toCharArray());
        try (Services services = Services.wire(admin.ledger(), admin.session(), TestClock.CLOCK, TestLedger.FAST, "check")) {
            return services.printLog().find(null, null);
        }
    }

    @Test
    void theRegisterIsSavedAsXlsxConfirmedAndLogged() {
        Path file = dir.resolve("台账.xlsx");
        assertEquals(0, register("--kind", "accounts", "--org", "root", "--from", "2026-10-01", "--to", "2026-10-31",
                "--xlsx", file.toString()), err.toString());
        assertTrue(Files.isRegularFile(file));
        assertTrue(out.toString().contains("已生成以职务身份注册账号台账：共 6 行") && out.toString().contains("台账.xlsx"),
                out.toString());
        PrintLogEntry entry = printLog().stream().filter(e -> e.document().equals("REGISTER_ACCOUNTS")).findFirst()
                .orElseThrow();
        assertEquals("XLSX", entry.format());
        assertEquals(6, entry.recordCount());
        assertEquals("period: 2026-10-01..2026-10-31", entry.summary());
        assertEquals("admin", entry.username());
    }

    @Test
    void everyKindIsAccepted() {
        for (String kind : List.of("groups", "filings", "cases", "outcomes", "commendations")) {
            Path file = dir.resolve(kind + ".xlsx");
            assertEquals(0, register("--kind", kind, "--org", "ZB1", "--xlsx", file.toString()), kind + ": " + err);
            assertTrue(Files.isRegularFile(file), kind);
        }
        assertEquals(5, printLog().stream().filter(e -> e.document().startsWith("REGISTER_")).count());
    }

    @Test
    void badInputIsExplainedInChineseWithoutAStackTrace() {
        String xlsx = dir.resolve("x.xlsx").toString();
        assertEquals(Cli.EXIT_USER_ERROR, register("--kind", "posts", "--org", "ZB1", "--xlsx", xlsx));
        assertTrue(err.toString().contains("选项 --kind 只能取"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, register("--kind", "cases", "--org", "ZB1", "--from", "2026-13-01", "--xlsx", xlsx));
        assertTrue(err.toString().contains("“2026-13-01”不是有效日期"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, register("--kind", "cases", "--org", "ZB1", "--from", "2026-10-31", "--to",
                "2026-10-01", "--xlsx", xlsx));
        assertTrue(err.toString().contains("结束日期 2026-10-01 早于开始日期 2026-10-31"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, register("--kind", "cases", "--org", "NOWHERE", "--xlsx", xlsx));
        assertTrue(err.toString().contains("找不到代码为“NOWHERE”的党组织"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, register("--kind", "cases", "--org", "ZB1"));
        assertTrue(err.toString().contains("--xlsx"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void pdfAndXlsxAreWrittenTogetherAndBothLogged() throws java.io.IOException {
        Path xlsx = dir.resolve("both.xlsx");
        Path pdf = dir.resolve("both.pdf");
        assertEquals(0, register("--kind", "outcomes", "--org", "ZB1", "--pdf", pdf.toString(), "--xlsx", xlsx.toString()),
                err.toString());
        assertTrue(Files.isRegularFile(xlsx));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(out.toString().contains("已生成处理决定台账：共 1 行") && out.toString().contains("both.pdf"), out.toString());
        assertEquals(List.of("PDF", "XLSX"), printLog().stream().filter(e -> e.document().equals("REGISTER_OUTCOMES"))
                .map(PrintLogEntry::format).toList());
    }

    @Test
    void helpIsChinese() {
        assertEquals(0, run("report", "register", "--help"));
        assertTrue(out.toString().contains("--kind") && out.toString().contains("台账类别") && out.toString().contains("输出台账"),
                out.toString());
    }
}
