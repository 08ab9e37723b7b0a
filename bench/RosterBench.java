import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.conductledger.app.Services;
import org.conductledger.model.CadreRank;
import org.conductledger.model.IdNumber;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberFilter;
import org.conductledger.model.MemberForm;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import java.util.EnumSet;
import org.conductledger.model.Role;
import org.conductledger.service.AuthService;
import org.conductledger.service.LoginResult;
import org.conductledger.store.Pbkdf2;
import org.conductledger.store.DatabaseLocation;

/**
 * Roster benchmark on an encrypted ledger: generates N members through the real services (batched
 * transactions, each write audited), then measures
 * what a user waits for — loading the whole subtree roster, and filtering it as they type — each next to
 * its floor in the same run (a bare JDBC SELECT of the same rows; a bare loop over the rows).
 *
 * Run: bench/run [N ...]     (default 10000 100000)
 */
public class RosterBench {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国"};
    static final String[] AREAS = {"320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115"};

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000) : Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.printf("# java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int n : sizes) {
            run(n);
        }
    }

    static void run(int n) throws Exception {
        Path dir = Files.createTempDirectory("roster-bench");
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("ledger"));
        char[] password = "Bench#2026x".toCharArray();
        Pbkdf2 kdf = new Pbkdf2(1_000);   // login cost is measured by LoginBench; here it would only slow set-up
        AuthService auth = new AuthService(Clock.systemDefaultZone(), kdf, "bench");
        LoginResult login = auth.initialise(location, new OrganisationForm("基准测试党委", "BENCH", OrgType.PARTY_COMMITTEE, null, null),
                "admin", "管理员", EnumSet.of(Role.ORG_DEPARTMENT), password, password);
        try (Services services = Services.wire(login.ledger(), login.session(), Clock.systemDefaultZone(), kdf, "bench")) {
            long t0 = System.nanoTime();
            Organisation root = generate(services, n, new Random(42));
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("generate     n=%-7d %.1f s  (%.0f members/s through MemberService, 1,000 per transaction)%n",
                    n, genSeconds, n / genSeconds);

            boolean[] former = {false};
            double load = median(7, () -> {
                former[0] = !former[0];   // alternate the SQL so H2 cannot answer from its result cache
                return services.members().roster(root.id(), true, former[0]).size();
            });
            double floor;
            int[] variant = {0};
            floor = median(7, () -> services.database().withJdbc(c -> countRows(c, ++variant[0], root.path())));
            System.out.printf("roster.load  n=%-7d median %7.1f ms   floor (bare JDBC, same rows) %7.1f ms   ratio %.2f%n",
                    n, load, floor, load / floor);

            List<MemberSummary> rows = services.members().roster(root.id(), true, false);
            String suffix = rows.get(rows.size() / 2).idNumber().substring(14);
            double byName = median(21, () -> (int) rows.stream().filter(MemberFilter.of("张")).count());
            double bySuffix = median(21, () -> (int) rows.stream().filter(MemberFilter.of(suffix)).count());
            double loopFloor = median(21, () -> (int) rows.stream().filter(m -> m.name().contains("张")).count());
            System.out.printf("roster.filter n=%-7d name %6.2f ms   id-suffix %6.2f ms   floor (bare contains) %6.2f ms   ratio %.2f%n",
                    n, byName, bySuffix, loopFloor, byName / loopFloor);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static int countRows(Connection c, int variant, String path) {
        String sql = "SELECT m.id, m.name, m.gender, m.id_number, m.birth_date, m.category, m.joined_on, m.org_id, o.name,"
                + " m.work_unit_post, m.is_cadre, m.cadre_rank, m.status FROM member m JOIN organisation o ON o.id = m.org_id"
                + " WHERE o.path LIKE '" + path + "%' AND " + variant + " = " + variant;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int count = 0;
            while (rs.next()) {   // read every column, as the repository does
                rs.getLong(1);
                rs.getString(2);
                rs.getString(3);
                rs.getString(4);
                rs.getObject(5, LocalDate.class);
                rs.getString(6);
                rs.getObject(7, LocalDate.class);
                rs.getLong(8);
                rs.getString(9);
                rs.getString(10);
                rs.getBoolean(11);
                rs.getString(12);
                rs.getString(13);
                count++;
            }
            return count;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One 党委 with 党总支 of five branches each, about 40 members per branch (REFERENCE §5 sizes). */
    static Organisation generate(Services services, int n, Random random) {
        Organisation root = services.organisations().all().get(0);
        int branches = Math.max(1, n / 40);
        List<Organisation> leaves = new ArrayList<>();
        Organisation general = null;
        for (int b = 0; b < branches; b++) {
            if (b % 5 == 0) {
                general = services.organisations().create(root.id(),
                        new OrganisationForm("第" + (b / 5 + 1) + "党总支", "G" + (b / 5 + 1), OrgType.GENERAL_BRANCH, null, null));
            }
            leaves.add(services.organisations().create(general.id(),
                    new OrganisationForm("第" + (b + 1) + "党支部", "B" + (b + 1), OrgType.BRANCH, null, null)));
        }
        int made = 0;
        int sequence = 0;
        while (made < n) {
            int batch = Math.min(1000, n - made);
            int start = made;
            int[] seq = {sequence};
            services.database().run(() -> {
                for (int i = 0; i < batch; i++) {
                    LocalDate birth = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    String body = AREAS[random.nextInt(AREAS.length)] + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                            + String.format("%03d", seq[0]++ % 1000);
                    String id = body + IdNumber.checkCharacter(body);
                    String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                    Organisation org = leaves.get((start + i) % leaves.size());
                    try {
                        services.members().create(new MemberForm(name, IdNumber.gender(id), id, "汉族", birth,
                                MemberCategory.FULL, birth.plusYears(25), birth.plusYears(26), org.id(), null, false,
                                CadreRank.NONE, null, null));
                    } catch (org.conductledger.model.ValidationException duplicate) {
                        i--;   // the rare random duplicate ID: draw again
                    }
                }
            });
            sequence = seq[0];
            made += batch;
        }
        return root;
    }

    static double median(int runs, Supplier<Integer> work) {
        work.get();   // warm-up
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
