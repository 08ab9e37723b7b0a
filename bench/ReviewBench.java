import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.conductledger.app.Services;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Progress;
import org.conductledger.model.Role;
import org.conductledger.report.annual.ReviewOutput;
import org.conductledger.report.pdf.FontSet;
import org.conductledger.service.AuthService;
import org.conductledger.service.LoginResult;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.Pbkdf2;

/**
 * Annual-review benchmark on an encrypted ledger: N members in N/40 branches under 党总支 of five, with
 * register records (0.3 per member), cases (0.03), decisions, appeals, commendations and clarifications across
 * three years, generated with plain JDBC batches (the services' write path is measured elsewhere). Then what a
 * user waits for: compiling the review of the whole tree (median of 3), next to its floor — the same tables
 * scanned by bare JDBC COUNT queries, one per figure — and rendering it as JSON, xlsx and PDF.
 *
 * Run: bench/run-review [N ...]     (default 10000 100000)
 */
public class ReviewBench {

    static final int YEAR = LocalDate.now().getYear() - 1;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000) : Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.printf("# java %s, %d cores, max heap %d MB; review year %d%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, YEAR);
        for (int n : sizes) {
            run(n);
        }
    }

    static void run(int n) throws Exception {
        Path dir = Files.createTempDirectory("review-bench");
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("ledger"));
        char[] password = "Bench#2026x".toCharArray();
        Pbkdf2 kdf = new Pbkdf2(1_000);
        AuthService auth = new AuthService(Clock.systemDefaultZone(), kdf, "bench");
        LoginResult login = auth.initialise(location, new OrganisationForm("基准测试党委", "BENCH", OrgType.PARTY_COMMITTEE, null, null),
                "admin", "管理员", EnumSet.of(Role.ORG_DEPARTMENT), password, password);
        try (Services services = Services.wire(login.ledger(), login.session(), Clock.systemDefaultZone(), kdf, "bench")) {
            long t0 = System.nanoTime();
            Organisation root = services.organisations().all().get(0);
            List<Long> branches = organisations(services, root, n / 40);
            services.database().withJdbc(c -> {
                try {
                    c.setAutoCommit(false);
                    generate(c, n, branches, new Random(42));
                    c.commit();
                    return null;
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.printf("generate      n=%-7d %.1f s  (%d branches)%n", n, (System.nanoTime() - t0) / 1e9, branches.size());

            long[] last = {System.nanoTime()};
            StringBuilder steps = new StringBuilder();
            services.reviews().compile(root.id(), YEAR, new Progress() {
                @Override
                public void step(int done, int total) {
                    long now = System.nanoTime();
                    steps.append(String.format(" %d:%.0f", done, (now - last[0]) / 1e6));
                    last[0] = now;
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            System.out.printf("review.steps  n=%-7d ms per step (first run):%s%n", n, steps);
            AnnualReview[] review = new AnnualReview[1];
            double compile = median(3, () -> {
                review[0] = services.reviews().compile(root.id(), YEAR, Progress.NONE);
                return review[0].byOrg().size();
            });
            double floor = median(3, () -> services.database().withJdbc(ReviewBench::floor));
            System.out.printf("review.compile n=%-7d median %8.0f ms   floor (bare JDBC counts of the same tables) %6.0f ms   ratio %.1f"
                    + "   [%d organisations, %d appraisal lines]%n", n, compile, floor, compile / floor, review[0].byOrg().size(),
                    review[0].appraisal().size());
            ReviewOutput output = services.reviewOutput(Messages.load(Locale.SIMPLIFIED_CHINESE), FontSet.shippedOnly());
            for (ReviewOutput.Format format : ReviewOutput.Format.values()) {
                int[] size = new int[1];
                double ms = median(format == ReviewOutput.Format.PDF ? 1 : 3, () -> {
                    size[0] = output.render(review[0], format).length;
                    return size[0];
                });
                System.out.printf("review.%-6s n=%-7d %8.0f ms   %,d bytes%n", format.name().toLowerCase(Locale.ROOT), n, ms, size[0]);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The bare reads the review stands on: one COUNT per table and figure family. */
    static int floor(Connection c) {
        String[] sql = {
            "SELECT org_id, COUNT(*) FROM member GROUP BY org_id",
            "SELECT org_id, kind, COUNT(*) FROM register_record GROUP BY org_id, kind",
            "SELECT org_id, source, COUNT(*) FROM case_file GROUP BY org_id, source",
            "SELECT case_id, COUNT(*) FROM case_transition GROUP BY case_id",
            "SELECT type_id, COUNT(*) FROM outcome_measure GROUP BY type_id",
            "SELECT member_id, COUNT(*) FROM commendation GROUP BY member_id"};
        int rows = 0;
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                try (ResultSet r = s.executeQuery(q)) {
                    while (r.next()) {
                        rows++;
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static List<Long> organisations(Services services, Organisation root, int count) {
        List<Long> leaves = new ArrayList<>();
        Organisation general = null;
        for (int b = 0; b < Math.max(1, count); b++) {
            if (b % 5 == 0) {
                general = services.organisations().create(root.id(),
                        new OrganisationForm("第" + (b / 5 + 1) + "党总支", "G" + (b / 5 + 1), OrgType.GENERAL_BRANCH, null, null));
            }
            leaves.add(services.organisations().create(general.id(),
                    new OrganisationForm("第" + (b + 1) + "党支部", "B" + (b + 1), OrgType.BRANCH, null, null)).id());
        }
        return leaves;
    }

    static LocalDate day(Random random) {
        return LocalDate.of(YEAR - 1, 1, 1).plusDays(random.nextInt(3 * 365));
    }

    static void generate(Connection c, int n, List<Long> branches, Random random) throws java.sql.SQLException {
        long admin = single(c, "SELECT id FROM app_user WHERE username = 'admin'");
        List<Long> platforms = ids(c, "SELECT id FROM platform");
        List<Long> categories = ids(c, "SELECT id FROM violation_category");
        List<Long> types = ids(c, "SELECT id FROM outcome_type");
        long firstMember;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO member (name, gender, id_number, birth_date, category,"
                + " joined_on, org_id, is_cadre, status) VALUES (?, 'MALE', ?, DATE '1980-01-01', 'FULL', DATE '2005-07-01', ?, ?, 'NORMAL')")) {
            for (int i = 0; i < n; i++) {
                p.setString(1, "党员" + i);
                p.setString(2, String.format("3201021980%08d", i));
                p.setLong(3, branches.get(i % branches.size()));
                p.setBoolean(4, i % 4 == 0);
                p.addBatch();
                if (i % 5000 == 4999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        firstMember = single(c, "SELECT MIN(id) FROM member");
        String[] kinds = {"ACCOUNT", "GROUP", "FILING"};
        String[] status = {"ACTIVE", "NORMAL", "FILED"};
        try (PreparedStatement p = c.prepareStatement("INSERT INTO register_record (kind, member_id, org_id, platform_id, name,"
                + " identifier, opened_on, reported_on, first_reported_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n * 3 / 10; i++) {
                int m = random.nextInt(n);
                LocalDate opened = day(random);
                LocalDate reported = opened.plusDays(random.nextInt(45));
                p.setString(1, kinds[i % 3]);
                p.setLong(2, firstMember + m);
                p.setLong(3, branches.get(m % branches.size()));
                p.setLong(4, platforms.get(random.nextInt(platforms.size())));
                p.setString(5, "账号" + i);
                p.setString(6, "id" + i);
                p.setObject(7, opened);
                p.setObject(8, reported);
                p.setObject(9, reported);
                p.setString(10, status[i % 3]);
                p.addBatch();
                if (i % 5000 == 4999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        String[] sources = {"PETITION", "SUPERVISION", "INSPECTION", "TRANSFER", "SELF_CHECK", "PLATFORM"};
        String[] path = {"REGISTERED", "PRELIMINARY", "FILED", "INVESTIGATION", "REVIEW", "DECISION", "EXECUTION", "CLOSED"};
        for (int i = 0; i < n * 3 / 100; i++) {
            int m = random.nextInt(n);
            long org = branches.get(m % branches.size());
            LocalDate received = day(random);
            long caseId;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO case_file (org_id, received_on, source, description, stage,"
                    + " stage_since) VALUES (?, ?, ?, '反映问题', 'REGISTERED', ?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, org);
                p.setObject(2, received);
                p.setString(3, sources[i % sources.length]);
                p.setObject(4, received);
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    caseId = k.getLong(1);
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO case_subject VALUES (" + caseId + ", " + (firstMember + m) + ")");
                s.executeUpdate("INSERT INTO case_category VALUES (" + caseId + ", " + categories.get(i % categories.size()) + ")");
                int steps = 2 + random.nextInt(path.length - 1);
                LocalDate on = received;
                for (int k = 0; k < steps; k++) {
                    s.executeUpdate("INSERT INTO case_transition (case_id, to_stage, moved_on) VALUES (" + caseId + ", '" + path[k]
                            + "', DATE '" + on + "')");
                    if (path[k].equals("DECISION")) {
                        s.executeUpdate("INSERT INTO outcome (case_id, member_id, decided_on, deciding_org_id, effective_on,"
                                + " recorded_by) VALUES (" + caseId + ", " + (firstMember + m) + ", DATE '" + on + "', " + org
                                + ", DATE '" + on + "', " + admin + ")", Statement.RETURN_GENERATED_KEYS);
                        try (ResultSet key = s.getGeneratedKeys()) {
                            key.next();
                            long outcome = key.getLong(1);
                            s.executeUpdate("INSERT INTO outcome_measure VALUES (" + outcome + ", " + types.get(i % types.size()) + ")");
                            if (i % 7 == 0) {
                                s.executeUpdate("INSERT INTO outcome_appeal (outcome_id, filed_on, to_org_id, recorded_by) VALUES ("
                                        + outcome + ", DATE '" + on.plusDays(10) + "', " + org + ", " + admin + ")");
                            }
                        }
                    }
                    on = on.plusDays(random.nextInt(30));
                }
                s.executeUpdate("UPDATE case_file SET stage = '" + path[steps - 1] + "' WHERE id = " + caseId);
                if (i % 3 == 0) {
                    s.executeUpdate("INSERT INTO commendation (member_id, award_level, awarding_org, reason, awarded_on, recorded_by)"
                            + " VALUES (" + (firstMember + random.nextInt(n)) + ", 'BRANCH', '党委', '正面发声', DATE '" + day(random)
                            + "', " + admin + ")");
                }
                if (i % 10 == 0) {
                    s.executeUpdate("INSERT INTO clarification (case_id, member_id, trigger_kind, method, clarify_scope, clarified_on,"
                            + " recorded_by) VALUES (" + caseId + ", " + (firstMember + m) + ", 'PROPOSAL', 'NOTICE', '支部', DATE '"
                            + on + "', " + admin + ")");
                }
            }
        }
    }

    static long single(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static List<Long> ids(Connection c, String sql) throws java.sql.SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    static double median(int runs, Supplier<Integer> work) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
