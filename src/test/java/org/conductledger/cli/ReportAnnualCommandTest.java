package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conductledger.app.AppLedgerAccess;
import org.conductledger.i18n.Messages;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.model.TestClock;
import org.conductledger.report.MiniJson;
import org.conductledger.service.AuthService;
import org.conductledger.service.ReviewSeed;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report annual}: the three files from one count, each in the print log; bad input explained in Chinese. */
class ReportAnnualCommandTest extends CliCommandHarness {



    private String[] annual(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--db", dir.resolve("ledger").toString(), "--user", "admin",
                "report", "annual"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theReviewIsWrittenAsJsonXlsxAndPdfAndEachFileIsLogged() throws Exception {
        long members;
        try (TestLedger ledger = TestLedger.open(dir)) {
            ReviewSeed.into(ledger);
            members = ledger.services.reviews().compile(ledger.root().id(), ReviewSeed.YEAR,
                    org.conductledger.model.Progress.NONE).totals().members();
        }
        Path json = dir.resolve("review.json");
        Path xlsx = dir.resolve("review.xlsx");
        Path pdf = dir.resolve("review.pdf");
        assertEquals(0, run(annual("--org", "root", "--year", "2025", "--json", json.toString(), "--xlsx", xlsx.toString(),
                "--pdf", pdf.toString())), err.toString());
        assertTrue(out.toString().contains("2025 年度报告已编制：党员 " + members + " 人"), out.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) MiniJson.parse(Files.readString(json, StandardCharsets.UTF_8));
        assertEquals("ROOT", parsed.get("org"));
        assertEquals(members, parsed.get("members"));
        assertEquals(5, ((List<?>) parsed.get("by_org")).size());
        assertTrue(Files.size(xlsx) > 1000 && Files.size(pdf) > 10_000);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
        try (TestLedger ledger = TestLedger.reopen(dir)) {
            List<PrintLogEntry> log = ledger.services.printLog().find(null, null);
            assertEquals(List.of("PDF", "XLSX", "JSON"), log.stream().map(PrintLogEntry::format).toList());
            assertTrue(log.stream().allMatch(e -> e.document().equals("ANNUAL") && e.username().equals("admin")
                    && e.summary().contains("year: 2025")));
        }
    }

    @Test
    void badInputIsExplainedInChineseAndWritesNothing() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            ledger.org(null, "第一党支部", "ZB01", org.conductledger.model.OrgType.BRANCH);
        }
        Path json = dir.resolve("review.json");
        assertEquals(Cli.EXIT_USER_ERROR, run(annual("--org", "ROOT", "--year", "2025")));
        assertTrue(err.toString().contains("请至少指定一个输出文件"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run(annual("--org", "NOPE", "--year", "2025", "--json", json.toString())));
        assertTrue(err.toString().contains("找不到代码为“NOPE”的党组织"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run(annual("--org", "ROOT", "--year", "1999", "--json", json.toString())));
        assertTrue(err.toString().contains("年度须在 2000 至 2026 之间"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run(annual("--org", "ROOT", "--year", "二〇二五", "--json", json.toString())));
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(json));
    }
}
