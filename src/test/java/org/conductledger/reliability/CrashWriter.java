package org.conductledger.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.conductledger.app.Services;
import org.conductledger.exchange.ColumnMapping;
import org.conductledger.exchange.Importer;
import org.conductledger.exchange.PackageFile;
import org.conductledger.exchange.SheetTable;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.Evidence;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportReport;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.TestClock;
import org.conductledger.service.AuthService;
import org.conductledger.service.Registers;
import org.conductledger.service.TestLedger;
import org.conductledger.store.DatabaseLocation;

/**
 * The child JVM of {@link CrashSafetyTest}: logs in to a ledger through the real services and writes until it is
 * killed. Each commit is appended to a side file (and forced to disk) only after the service call has returned,
 * so every line in the side file is a commit the database promised to keep.
 *
 * <p>Arguments: {@code mode ledgerBase sideFile start [extra…]}; modes {@code writes}, {@code backup} (directory in
 * {@code -Dcrash.backups}),
 * {@code package <file> <fingerprint>}, {@code xlsx <file>}.
 */
public final class CrashWriter {

    static final String USER = "cb";
    /** Iterations per run before the writer idles (keeps the ID numbers of one run apart from the next's). */
    static final int MAX_ITERATIONS = 300;

    private final FileChannel side;

    private CrashWriter(Path sideFile) throws IOException {
        this.side = FileChannel.open(sideFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        DatabaseLocation location = DatabaseLocation.of(Path.of(args[1]));
        CrashWriter writer = new CrashWriter(Path.of(args[2]));
        int start = Integer.parseInt(args[3]);
        AuthService auth = new AuthService(TestClock.CLOCK, TestLedger.FAST, TestLedger.HOST);
        var login = auth.login(location, USER, TestLedger.PASSWORD.toCharArray());
        Services s = Services.wire(login.ledger(), login.session(), TestClock.CLOCK, TestLedger.FAST, TestLedger.HOST);
        System.out.println("READY");
        System.out.flush();
        switch (mode) {
            case "writes" -> writer.writes(s, start);
            case "backup" -> writer.backups(s, start);
            case "package" -> {
                System.out.println("START");
                System.out.flush();
                var report = s.packageImport().importPackage(PackageFile.read(Path.of(args[4])), args[5], "数据交换包更新");
                writer.log("P " + report.created());
            }
            case "xlsx" -> {
                Path file = Path.of(args[4]);
                Importer importer = s.importer();
                SheetTable table = importer.read(ImportKind.MEMBERS, file, null);
                System.out.println("START");
                System.out.flush();
                ImportReport report = importer.run(ImportKind.MEMBERS, table, ColumnMapping.guess(ImportKind.MEMBERS,
                        table.headers()), null, false, file.getFileName().toString());
                if (!report.problems().isEmpty()) {
                    throw new IllegalStateException("import refused: " + report.problems());
                }
                writer.log("X " + table.rows().size());
            }
            default -> throw new IllegalArgumentException(mode);
        }
        System.out.println("DONE");
        System.out.flush();
        s.close();
    }

    /** Members, register records with an operator, cases moved with evidence, outcomes. */
    private void writes(Services s, int start) throws IOException {
        long zb1 = s.organisations().all().stream().filter(o -> "ZB1".equals(o.code())).findFirst().orElseThrow().id();
        long weibo = Registers.platform(s, "WB");
        long category = s.reference().violationCategories().get(0).id();
        Set<Long> types = typeIds(s, "EDU", "DP1");
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            int n = start + i;
            String idNumber = org.conductledger.model.TestIds.id("320102", LocalDate.of(1940, 1, 1).plusDays(n), 11);
            Member m = s.members().create(TestLedger.member("成员" + n, idNumber, zb1));
            log("M " + m.id() + " " + idNumber);
            RegisterRecord r = s.registers().create(Registers.account(m.id(), weibo, "crash-" + n));
            log("R " + r.id());
            CaseFile c = s.cases().intake(new CaseForm(zb1, LocalDate.of(2026, 11, 2), CaseSource.PETITION, null, null, false,
                    "在微信群转发未经核实的信息" + n, List.of(m.id()), List.of(category), List.of()));
            log("C " + c.id());
            c = s.cases().move(c.id(), c.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 5), "初核" + n, null);
            log("T " + c.id() + " PRELIMINARY");
            byte[] content = ("截图" + n + " " + idNumber).getBytes(StandardCharsets.UTF_8);
            Evidence e = s.evidence().addFile(c.id(), "截图" + n + ".png", new ByteArrayInputStream(content),
                    Instant.parse("2026-11-04T08:00:00Z"), "王干事");
            log("E " + c.id() + " " + e.id());
            if (n % 3 == 0) {
                c = s.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 11, 10), null, null);
                c = s.cases().move(c.id(), c.version(), CaseStage.INVESTIGATION, LocalDate.of(2026, 11, 11), null, null);
                c = s.cases().move(c.id(), c.version(), CaseStage.REVIEW, LocalDate.of(2026, 11, 18), null, null);
                s.cases().recordStatement(c.id(), new MemberStatement(LocalDate.of(2026, 11, 19), List.of("王干事", "李干事"),
                        "无异议", false, null));
                c = s.cases().move(c.id(), c.version(), CaseStage.DECISION, LocalDate.of(2026, 11, 20), null, null);
                log("T " + c.id() + " DECISION");
                var o = s.outcomes().record(new OutcomeForm(c.id(), m.id(), types, LocalDate.of(2026, 11, 21), zb1,
                        "测纪发〔2026〕" + n + "号", null, "经审理", null, false));
                log("O " + o.id());
            }
        }
        System.out.println("IDLE");
        System.out.flush();
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A member, then a backup, again and again: most kills then fall inside a backup. */
    private void backups(Services s, int start) throws IOException {
        long zb1 = s.organisations().all().stream().filter(o -> "ZB1".equals(o.code())).findFirst().orElseThrow().id();
        Path backupDir = Path.of(System.getProperty("crash.backups", "."));
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            int n = start + i;
            String idNumber = org.conductledger.model.TestIds.id("320102", LocalDate.of(1940, 1, 1).plusDays(n), 11);
            Member m = s.members().create(TestLedger.member("成员" + n, idNumber, zb1));
            log("M " + m.id() + " " + idNumber);
            Path target = backupDir.resolve("b-" + n + ".clbak");
            s.backups().backup(target);
            log("B " + target);
        }
    }

    private static Set<Long> typeIds(Services s, String... codes) {
        List<OutcomeType> types = s.outcomes().types();
        return java.util.Arrays.stream(codes).map(code -> types.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow().id()).collect(Collectors.toSet());
    }

    /** One line per commit, forced to disk before the next write starts. */
    private void log(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            side.write(bytes);
        }
        side.force(true);
    }
}
