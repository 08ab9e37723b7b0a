import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.conductledger.app.AppLedgerAccess;
import org.conductledger.app.Services;
import org.conductledger.exchange.ColumnMapping;
import org.conductledger.exchange.Importer;
import org.conductledger.exchange.SheetTable;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportReport;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Progress;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterPeriod;
import org.conductledger.model.Role;
import org.conductledger.report.annual.ReviewOutput;
import org.conductledger.report.forms.FormKind;
import org.conductledger.report.forms.FormOptions;
import org.conductledger.report.forms.FormPrinter;
import org.conductledger.report.forms.FormServices;
import org.conductledger.report.pdf.FontSet;
import org.conductledger.report.registers.RegisterDocument;
import org.conductledger.report.registers.RegisterType;
import org.conductledger.service.AuthService;
import org.conductledger.service.LoginResult;
import org.conductledger.service.demo.DemoSummary;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.Pbkdf2;

/**
 * Issue 12's figures against their floors (bench/run): for each size a demo ledger is generated
 * (conduct-ledger demo-data's path), then P3 (annual review vs hand-written SQL), P4 (members .xlsx import vs
 * LibreOffice converting it to CSV), P5 (review PDF, one filing form, a 10,000-row register) and, in child
 * processes under Xvfb (ScaleUi), P1a/P1b (start → first frame / roster filterable, vs a bare JavaFX window),
 * P2 (filter keystrokes) and P6 (heap). Each figure is the median of five runs after a warm-up, with min and
 * max; P7 compares P2, P3 and P4 across the sizes. Sizes that would not fit the time budget are skipped, saying so.
 *
 * Run: bench/run [N ...]     (default 10000 100000 1000000)
 */
public class ScaleBench {

    static final String PASSWORD = "Bench#2026x";
    static final int RUNS = 5;
    static final long START = System.currentTimeMillis();
    static final long BUDGET_MS = Long.getLong("bench.budgetSeconds", 19 * 60) * 1000;
    static final Map<String, Map<Integer, Double>> GROWTH = new LinkedHashMap<>();
    static final List<String> LINES = new ArrayList<>();
    /** P2's line from the last P1 start, which went on to the keystrokes. */
    static String lastKeys;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000, 1_000_000)
                : Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.printf(Locale.ROOT, "# java %s, %d cores, max heap %d MB, load average %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
        double secondsPerMember = 0;
        for (int n : sizes) {
            long left = BUDGET_MS - (System.currentTimeMillis() - START);
            // Everything at a size takes about three times its generation (measured at the size before).
            double projected = secondsPerMember * n * 3.5 * 1000;
            if (secondsPerMember > 0 && projected > left) {
                line(String.format(Locale.ROOT, "SKIP n=%d: projected %.0f s (from %.2f ms per member generated at the smaller"
                        + " size, ×3.5 for the figures) exceeds the %d s left of the %d s budget", n, projected / 1000,
                        secondsPerMember * 1000, left / 1000, BUDGET_MS / 1000));
                continue;
            }
            secondsPerMember = size(n);
        }
        growth();
        System.out.printf(Locale.ROOT, "# total %.0f s, load average %.1f%n", (System.currentTimeMillis() - START) / 1000.0, load());
    }

    static void line(String text) {
        LINES.add(text);
        System.out.println(text);
        System.out.flush();
    }

    static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** One size: generate, then the figures. Returns the generation's seconds per member. */
    static double size(int n) throws Exception {
        Path home = Files.createTempDirectory("scale-bench");
        DatabaseLocation location = DatabaseLocation.of(home.resolve("ledger"));
        Pbkdf2 kdf = AppLedgerAccess.kdf();
        AuthService auth = new AuthService(Clock.systemDefaultZone(), kdf, "bench");
        LoginResult login = auth.initialise(location, new OrganisationForm("南京市委", "NJ", OrgType.PARTY_COMMITTEE, null, null),
                "admin", "管理员", EnumSet.of(Role.ORG_DEPARTMENT), PASSWORD.toCharArray(), PASSWORD.toCharArray());
        int current;
        Organisation root;
        double perMember;
        try (Services services = Services.wire(login.ledger(), login.session(), Clock.systemDefaultZone(), kdf, "bench")) {
            long t = System.nanoTime();
            DemoSummary demo = services.demoData().generate(n, 20_261_201L, Progress.NONE);
            double seconds = (System.nanoTime() - t) / 1e9;
            perMember = seconds / n;
            line(String.format(Locale.ROOT, "GEN  n=%-8d %7.1f s  %,.0f members/s  [%d organisations, %d register records, %d reports,"
                    + " %d decisions; load %.1f]", n, seconds, n / seconds, demo.organisations(), demo.registers(), demo.cases(),
                    demo.outcomes(), load()));
            root = services.organisations().own();
            current = services.members().roster(root.id(), true, false).size();
            review(services, root, n);
            if (n <= 100_000 || Boolean.getBoolean("bench.pdfAtEverySize")) {
                outputs(services, root, n);
            }
            services.imports().setMaxRows(1_000_000);
        }
        imports(home, location, root, n);
        ui(location, current, n);
        deleteTree(home);
        return perMember;
    }

    // ---------------------------------------------------------------------------------------------- P3

    static void review(Services services, Organisation root, int n) throws Exception {
        int year = LocalDate.now().getYear() - 1;
        int[] run = {0};
        // The year alternates so that no run is answered from H2's result cache.
        Supplier<Integer> compile = () -> services.reviews().compile(root.id(), year - (run[0]++ % 2), Progress.NONE).byOrg().size();
        int[] floorRun = {0};
        Supplier<Integer> floor = () -> (int) (long) services.database().withJdbc(c -> {
            try {
                return ReviewFloor.run(c, root.path(), year - (floorRun[0]++ % 2), services.registers().deadline().days());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        double[][] both = alternate(compile, floor);
        Stats app = new Stats(both[0]);
        Stats raw = new Stats(both[1]);
        double ratio = app.median / raw.median;
        boolean met = ratio <= 1.2 && app.median <= 1000;
        line(String.format(Locale.ROOT, "P3   n=%-8d annual review, whole tree, %d   %s   floor (hand-written SQL, same counts) %s"
                + "   ratio %.2f   goal ≤1.2× and ≤1000 ms   %s", n, year, app, raw, ratio, met ? "MET" : "MISSED"));
        GROWTH.computeIfAbsent("P3 annual review", k -> new LinkedHashMap<>()).put(n, app.median);
    }

    /** Runs a warm-up of each, then {@link #RUNS} of each, alternating; milliseconds. */
    static double[][] alternate(Supplier<?> a, Supplier<?> b) {
        a.get();
        b.get();
        double[] x = new double[RUNS];
        double[] y = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            x[i] = time(a);
            y[i] = time(b);
        }
        return new double[][] {x, y};
    }

    static double time(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return (System.nanoTime() - t) / 1e6;
    }

    static Stats repeat(Supplier<?> work) {
        work.get();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = time(work);
        }
        return new Stats(ms);
    }

    /** Median, min and max of some runs (milliseconds). */
    static final class Stats {
        final double median;
        final double min;
        final double max;
        final int runs;

        Stats(double[] ms) {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            min = sorted[0];
            max = sorted[sorted.length - 1];
            runs = sorted.length;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %,.0f ms (min %,.0f, max %,.0f, %d runs)", median, min, max, runs);
        }
    }

    // ---------------------------------------------------------------------------------------------- P5

    static void outputs(Services services, Organisation root, int n) {
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        int year = LocalDate.now().getYear() - 1;
        if (n >= 100_000) {
            AnnualReview review = services.reviews().compile(root.id(), year, Progress.NONE);
            ReviewOutput output = services.reviewOutput(messages, FontSet.shippedOnly());
            int[] bytes = {0};
            Stats pdf = repeat(() -> bytes[0] = output.render(review, ReviewOutput.Format.PDF).length);
            line(String.format(Locale.ROOT, "P5a  n=%-8d annual review PDF (%d organisations, %d appraisal lines, %,d bytes)   %s"
                    + "   goal ≤2000 ms   %s", n, review.byOrg().size(), review.appraisal().size(), bytes[0], pdf,
                    pdf.median <= 2000 ? "MET" : "MISSED"));
        }
        FormPrinter printer = new FormPrinter(new FormServices(services.registers(), services.members(), services.organisations(),
                services.cases(), services.outcomes(), services.recognition(), services.reference()), services.printLog(), messages,
                FontSet.shippedOnly());
        long filing = services.registers().list(RegisterKind.FILING, root.id(), true).get(0).id();
        for (int i = 0; i < 5; i++) {
            printer.pdf(FormKind.FILING, filing, FormOptions.defaults());   // warm
        }
        Stats form = repeat(() -> printer.pdf(FormKind.FILING, filing, FormOptions.defaults()).length);
        line(String.format(Locale.ROOT, "P5b  n=%-8d one filing form (备案表), warm   %s   goal ≤100 ms   %s", n, form,
                form.median <= 100 ? "MET" : "MISSED"));
        if (n < 100_000) {
            var reports = services.registerReports();
            RegisterDocument[] doc = new RegisterDocument[1];
            Stats pdf = repeat(() -> {
                doc[0] = tenThousandRows(reports.build(RegisterType.ACCOUNTS, root.code(), new RegisterPeriod(null, null)));
                return reports.pdf(doc[0]).length;
            });
            Stats xlsx = repeat(() -> {
                try {
                    Path file = Files.createTempFile("register", ".xlsx");
                    RegisterDocument d = tenThousandRows(reports.build(RegisterType.ACCOUNTS, root.code(),
                            new RegisterPeriod(null, null)));
                    reports.writeXlsx(d, file);
                    Files.delete(file);
                    return 0;
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            int rows = doc[0].recordIds().size();
            line(String.format(Locale.ROOT, "P5c  n=%-8d register of accounts, %,d rows, PDF   %s   goal ≤3000 ms   %s", n, rows, pdf,
                    pdf.median <= 3000 ? "MET" : "MISSED"));
            line(String.format(Locale.ROOT, "P5c  n=%-8d register of accounts, %,d rows, xlsx   %s   goal ≤3000 ms   %s", n, rows, xlsx,
                    xlsx.median <= 3000 ? "MET" : "MISSED"));
        }
    }

    /** The goal is for a 10,000-row register: the whole tree's register of accounts, cut to its first 10,000 rows. */
    static RegisterDocument tenThousandRows(RegisterDocument d) {
        int rows = Math.min(10_000, d.rowCount());
        var table = new org.conductledger.exchange.TableData(d.table().sheetName(), d.table().headers(),
                d.table().rows().subList(0, rows));
        return new RegisterDocument(d.type(), d.organisation(), d.period(), d.title(), d.subtitle(), table,
                d.recordIds().subList(0, Math.min(rows, d.recordIds().size())));
    }

    // ---------------------------------------------------------------------------------------------- P4

    /** A members sheet of {@code n} new members for the ledger's branches (ID numbers outside the demo's areas). */
    static Path sheet(Path dir, List<String> branchCodes, int n) throws Exception {
        Path file = dir.resolve("members-" + n + ".xlsx");
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛"};
        java.util.Random random = new java.util.Random(n);
        try (var out = Files.newOutputStream(file); var wb = new org.dhatim.fastexcel.Workbook(out, "bench", "1.0")) {
            var ws = wb.newWorksheet("党员");
            String[] headers = {"姓名", "性别", "公民身份号码", "民族", "出生日期", "党员类别", "入党日期", "转正日期", "所在党组织",
                "工作单位及职务", "是否党员干部", "联系电话"};
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, headers[c]);
            }
            for (int i = 0; i < n; i++) {
                // Born 1950–1989, joined at 22–31, full members a year later: no date after today at any size.
                LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i % 14_600);
                String body = "130102" + birth.toString().replace("-", "") + String.format("%03d", (i / 14_600) % 1000);
                String id = body + org.conductledger.model.IdNumber.checkCharacter(body);
                LocalDate joined = birth.plusYears(22 + i % 10);
                int r = i + 1;
                ws.value(r, 0, surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]
                        + given[random.nextInt(given.length)]);
                ws.value(r, 1, (id.charAt(16) - '0') % 2 == 1 ? "男" : "女");
                ws.value(r, 2, id);
                ws.value(r, 3, "汉族");
                ws.value(r, 4, birth.toString());
                ws.value(r, 5, "正式党员");
                ws.value(r, 6, joined.toString());
                ws.value(r, 7, joined.plusYears(1).toString());
                ws.value(r, 8, branchCodes.get(i % branchCodes.size()));
                ws.value(r, 9, "某单位 科员");
                ws.value(r, 10, "否");
                ws.value(r, 11, "139" + String.format("%08d", i));
            }
        }
        return file;
    }

    static void imports(Path home, DatabaseLocation location, Organisation root, int n) throws Exception {
        List<String> branches;
        Pbkdf2 kdf = AppLedgerAccess.kdf();
        AuthService auth = new AuthService(Clock.systemDefaultZone(), kdf, "bench");
        try (Services s = login(auth, location, kdf)) {
            branches = s.organisations().all().stream().filter(o -> o.type().isBranch()).map(Organisation::code).toList();
        }
        Path sheet = sheet(home, branches, n);
        // The floor: LibreOffice converting the same workbook to CSV (its own profile, warmed up first).
        Path profile = home.resolve("lo-profile");
        double[] floor = new double[RUNS];
        for (int i = -1; i < RUNS; i++) {
            Path out = Files.createTempDirectory(home, "csv");
            long t = System.nanoTime();
            Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.toString(), sheet.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            if (i >= 0) {
                floor[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        // The import: into a copy of the ledger as generated, each time (the same starting state).
        double[] app = new double[RUNS];
        int imported = 0;
        for (int i = -1; i < RUNS; i++) {
            Path copy = Files.createTempDirectory(home, "copy");
            DatabaseLocation target = DatabaseLocation.of(copy.resolve("ledger"));
            Files.copy(location.file(), target.file(), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(org.conductledger.store.KeyFile.pathFor(location), org.conductledger.store.KeyFile.pathFor(target));
            try (Services s = login(auth, target, kdf)) {
                Importer importer = s.importer();
                long t = System.nanoTime();
                SheetTable table = importer.read(ImportKind.MEMBERS, sheet, null);
                ImportReport report = importer.run(ImportKind.MEMBERS, table, ColumnMapping.guess(ImportKind.MEMBERS, table.headers()),
                        null, false, sheet.getFileName().toString());
                double ms = (System.nanoTime() - t) / 1e6;
                if (!report.problems().isEmpty()) {
                    throw new IllegalStateException(report.problems().size() + " problems, e.g. " + report.problems().get(0));
                }
                imported = report.imported();
                if (i >= 0) {
                    app[i] = ms;
                }
            }
            deleteTree(copy);
        }
        Stats a = new Stats(app);
        Stats f = new Stats(floor);
        double ratio = a.median / f.median;
        line(String.format(Locale.ROOT, "P4   n=%-8d import %,d-row members .xlsx (%,d KB), validated and committed   %s   floor (LibreOffice"
                + " headless .xlsx → CSV) %s   ratio %.2f   goal ≤0.25×   %s", n, imported, Files.size(sheet) >> 10, a, f, ratio,
                ratio <= 0.25 ? "MET" : "MISSED"));
        GROWTH.computeIfAbsent("P4 import", k -> new LinkedHashMap<>()).put(n, a.median);
    }

    static Services login(AuthService auth, DatabaseLocation location, Pbkdf2 kdf) {
        LoginResult r = auth.login(location, "admin", PASSWORD.toCharArray());
        return Services.wire(r.ledger(), r.session(), Clock.systemDefaultZone(), kdf, "bench");
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---------------------------------------------------------------------------------------------- P1, P2, P6

    static void ui(DatabaseLocation location, int rows, int n) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            line("UI   n=" + n + " skipped: no DISPLAY (bench/run starts Xvfb)");
            return;
        }
        Path home = Files.createTempDirectory("scale-ui-home");
        if (n == 100_000 || Boolean.getBoolean("bench.startAtEverySize")) {
            double[] bare = new double[RUNS];
            double[] frame = new double[RUNS];
            double[] roster = new double[RUNS];
            for (int i = -1; i < RUNS; i++) {
                Map<String, Long> b = child(home, "bare");
                // The last start goes on to P2's keystrokes (after its ROSTER mark): one start less in the run.
                Map<String, Long> a = child(home, "app", location.file().toString(), String.valueOf(rows),
                        i == RUNS - 1 ? "p2" : "p1");
                if (i >= 0) {
                    bare[i] = b.get("FRAME");
                    frame[i] = a.get("FRAME");
                    roster[i] = a.get("ROSTER");
                }
            }
            Stats floor = new Stats(bare);
            Stats first = new Stats(frame);
            Stats filterable = new Stats(roster);
            line(String.format(Locale.ROOT, "P1a  n=%-8d process start → first frame of the application window   %s   floor (bare JavaFX"
                    + " window) %s   ratio %.2f   goal ≤1.25×   %s", n, first, floor, first.median / floor.median,
                    first.median / floor.median <= 1.25 ? "MET" : "MISSED"));
            line(String.format(Locale.ROOT, "P1b  n=%-8d process start → roster of %,d members visible and filterable (login typed"
                    + " at once)   %s   floor (bare JavaFX window) %s   ratio %.2f   goal ≤2×   %s", n, rows, filterable, floor,
                    filterable.median / floor.median, filterable.median / floor.median <= 2 ? "MET" : "MISSED"));
        }
        Map<String, String> keys = lastKeys != null ? Map.of("KEYS", lastKeys)
                : childLines(home, "app", location.file().toString(), String.valueOf(rows), "p2");
        lastKeys = null;
        String k = keys.get("KEYS");
        if (k != null) {
            double p95 = Double.parseDouble(k.replaceAll(".*p95=([0-9.]+).*", "$1"));
            double p50 = Double.parseDouble(k.replaceAll(".*p50=([0-9.]+).*", "$1"));
            line(String.format(Locale.ROOT, "P2   n=%-8d roster filter, keystroke → table laid out, %,d rows   %s   goal p95 ≤16 ms   %s",
                    n, rows, k, p95 <= 16 ? "MET" : "MISSED"));
            GROWTH.computeIfAbsent("P2 filter keystroke p50", x -> new LinkedHashMap<>()).put(n, p50);
        } else {
            line("P2   n=" + n + " failed: " + keys);
        }
        if (n == 100_000) {
            Map<String, String> heap = childLines(home, "app", location.file().toString(), String.valueOf(rows), "p6");
            String h = heap.get("HEAP");
            if (h != null) {
                double used = Double.parseDouble(h.replaceAll(".*used=([0-9.]+).*", "$1"));
                line(String.format(Locale.ROOT, "P6   n=%-8d heap after browsing the roster and opening 20 member profiles   %s MB"
                        + "   goal ≤256 MB   %s", n, h, used <= 256 ? "MET" : "MISSED"));
            } else {
                line("P6   n=" + n + " failed: " + heap);
            }
        }
    }

    /** Runs ScaleUi; returns each mark's milliseconds after the process was started. */
    static Map<String, Long> child(Path home, String... args) throws Exception {
        long started = System.currentTimeMillis();
        Map<String, String> lines = run(home, started, args);
        lastKeys = lines.get("KEYS");
        Map<String, Long> marks = new LinkedHashMap<>();
        lines.forEach((key, value) -> {
            if (value.matches("\\d+")) {
                marks.put(key, Long.parseLong(value) - started);
            }
        });
        if (!marks.containsKey("FRAME")) {
            throw new IllegalStateException("ScaleUi " + String.join(" ", args) + ": " + lines);
        }
        return marks;
    }

    static Map<String, String> childLines(Path home, String... args) throws Exception {
        return run(home, System.currentTimeMillis(), args);
    }

    static Map<String, String> run(Path home, long started, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("bench.uiClasspath"), "ScaleUi"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CONDUCT_LEDGER_HOME", home.toString());
        builder.environment().put("BENCH_PASSWORD", PASSWORD);
        Process p = builder.start();
        Map<String, String> lines = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String l;
            while ((l = in.readLine()) != null) {
                int space = l.indexOf(' ');
                if (space > 0 && l.substring(0, space).matches("[A-Z]+")) {
                    lines.put(l.substring(0, space), l.substring(space + 1));
                }
            }
        }
        p.waitFor();
        return lines;
    }

    // ---------------------------------------------------------------------------------------------- P7

    static void growth() {
        for (var figure : GROWTH.entrySet()) {
            List<Map.Entry<Integer, Double>> points = new ArrayList<>(figure.getValue().entrySet());
            if (points.size() < 2) {
                line("P7   " + figure.getKey() + ": one size only, no growth to compare");
                continue;
            }
            StringBuilder text = new StringBuilder();
            boolean linear = true;
            for (int i = 1; i < points.size(); i++) {
                var a = points.get(i - 1);
                var b = points.get(i);
                double size = (double) b.getKey() / a.getKey();
                double time = b.getValue() / a.getValue();
                linear &= time <= size * 1.1;
                text.append(String.format(Locale.ROOT, "   %d→%d: ×%.1f size, ×%.2f time", a.getKey(), b.getKey(), size, time));
            }
            line(String.format(Locale.ROOT, "P7   %s%s   goal no faster than linear   %s", figure.getKey(), text,
                    linear ? "MET" : "MISSED"));
        }
    }
}
