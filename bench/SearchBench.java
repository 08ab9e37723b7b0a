import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.conductledger.app.Services;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.model.SearchResult;
import org.conductledger.model.UserForm;
import org.conductledger.service.AuthService;
import org.conductledger.service.LoginResult;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.Pbkdf2;

/**
 * Global-search benchmark (Ctrl+K) on an encrypted ledger: N members with Chinese names (surnames drawn by their
 * real frequency, so 王 and 李 are common) in N/40 branches, 0.3 register records per member (accounts, groups,
 * filings with filing numbers) and 0.03 cases, generated with plain JDBC batches. Then the median of 5 of each
 * search a user types — as the 组织部门 at the root (the whole tree) and as one branch's secretary.
 *
 * Run: bench/run-search [N ...]     (default 100000)
 */
public class SearchBench {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉红玉兰春梅海波宁晨";

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(100_000) : Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.printf("# java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int n : sizes) {
            run(n);
        }
    }

    static void run(int n) throws Exception {
        Path dir = Files.createTempDirectory("search-bench");
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
            String[] known = services.database().withJdbc(c -> {
                try {
                    c.setAutoCommit(false);
                    String[] k = generate(c, n, branches, new Random(42));
                    c.commit();
                    return k;
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.printf("generate        n=%-7d %.1f s  (%d branches, %d register records, %d cases)%n", n,
                    (System.nanoTime() - t0) / 1e9, branches.size(), n * 3 / 10, n * 3 / 100);
            services.users().create(new UserForm("zb1", "支部书记", branches.get(0), Set.of(Role.BRANCH_SECRETARY), null),
                    password, password);
            LoginResult secretary = auth.login(location, "zb1", password);
            try (Services branch = Services.wire(secretary.ledger(), secretary.session(), Clock.systemDefaultZone(), kdf, "bench")) {
                String[][] searches = {
                    {"common surname", "王"},
                    {"common name", "王芳"},
                    {"rare name", "欧阳修远"},
                    {"account ID fragment", known[0]},
                    {"group number", known[1]},
                    {"filing number", known[2]},
                    {"full ID number", known[3]},
                    {"ID last four", known[3].substring(14)},
                    {"case number", known[4]},
                    {"nothing", "不存在的内容"}};
                for (String[] s : searches) {
                    SearchResult[] r = new SearchResult[1];
                    double dept = median(5, () -> {
                        r[0] = services.search().search(s[1]);
                        return r[0].hits().size();
                    });
                    int deptHits = r[0].hits().size();
                    double sec = median(5, () -> {
                        r[0] = branch.search().search(s[1]);
                        return r[0].hits().size();
                    });
                    System.out.printf("search %-20s %-14s root %6.1f ms (%2d hits)   branch %6.1f ms (%2d hits)%n", s[0],
                            "\"" + s[1] + "\"", dept, deptHits, sec, r[0].hits().size());
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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

    /** Surnames by a Zipf-like weight (the first are the common ones). */
    static String name(Random random) {
        int s = (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * SURNAMES.length);
        StringBuilder b = new StringBuilder(SURNAMES[s]);
        int length = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    /** Generates the ledger; returns an account ID fragment, a group number, a filing number, an ID number, a case number. */
    static String[] generate(Connection c, int n, List<Long> branches, Random random) throws java.sql.SQLException {
        String idNumber = null;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO member (name, gender, id_number, current_id_number, birth_date,"
                + " category, joined_on, org_id, status) VALUES (?, 'MALE', ?, ?, DATE '1980-01-01', 'FULL', DATE '2005-07-01', ?, 'NORMAL')")) {
            for (int i = 0; i < n; i++) {
                String id = String.format("3201021980%08d", i);
                p.setString(1, i == n / 2 ? "欧阳修远" : name(random));
                p.setString(2, id);
                p.setString(3, id);
                p.setLong(4, branches.get(i % branches.size()));
                p.addBatch();
                if (i == n / 3) {
                    idNumber = id;
                }
                if (i % 5000 == 4999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        long firstMember = Jdbc.single(c, "SELECT MIN(id) FROM member");
        List<Long> platforms = Jdbc.ids(c, "SELECT id FROM platform");
        String[] kinds = {"ACCOUNT", "GROUP", "FILING"};
        String[] status = {"ACTIVE", "NORMAL", "FILED"};
        String filingNo = null;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO register_record (kind, member_id, org_id, platform_id, name,"
                + " identifier, opened_on, reported_on, first_reported_on, status, filing_no, filing_seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n * 3 / 10; i++) {
                int m = random.nextInt(n);
                int branch = m % branches.size();
                LocalDate opened = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
                String kind = kinds[i % 3];
                p.setString(1, kind);
                p.setLong(2, firstMember + m);
                p.setLong(3, branches.get(branch));
                p.setLong(4, platforms.get(random.nextInt(platforms.size())));
                p.setString(5, kind.equals("GROUP") ? "第" + (branch + 1) + "党支部工作群" + i : "宣传账号" + i);
                p.setString(6, kind.equals("GROUP") ? String.valueOf(600_000_000L + 7919L * i) : "wx_acct_" + i);
                p.setObject(7, opened);
                p.setObject(8, opened.plusDays(10));
                p.setObject(9, opened.plusDays(10));
                p.setString(10, status[i % 3]);
                String no = kind.equals("FILING") ? String.format("B%d-%d-%04d", branch + 1, opened.getYear(), i / 3 + 1) : null;
                p.setString(11, no);
                if (no == null) {
                    p.setNull(12, java.sql.Types.INTEGER);
                } else {
                    p.setInt(12, i / 3 + 1);
                }
                if (no != null && filingNo == null && i > n / 10) {
                    filingNo = no;
                }
                p.addBatch();
                if (i % 5000 == 4999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        String[] sources = {"PETITION", "SUPERVISION", "INSPECTION", "TRANSFER", "SELF_CHECK", "PLATFORM"};
        try (PreparedStatement p = c.prepareStatement("INSERT INTO case_file (org_id, received_on, source, reporter_name,"
                + " description, stage, stage_since) VALUES (?, DATE '2025-03-01', ?, '举报人', '反映问题', 'REGISTERED', DATE '2025-03-01')")) {
            for (int i = 0; i < n * 3 / 100; i++) {
                p.setLong(1, branches.get(random.nextInt(branches.size())));
                p.setString(2, sources[i % sources.length]);
                p.addBatch();
            }
            p.executeBatch();
        }
        long lastCase = Jdbc.single(c, "SELECT MAX(id) FROM case_file");
        c.createStatement().executeUpdate("INSERT INTO case_subject (case_id, member_id) SELECT id, " + firstMember
                + " + MOD(id * 7919, " + n + ") FROM case_file");
        return new String[] {"acct_" + (n / 5), String.valueOf(600_000_000L + 7919L * (n / 7 / 3 * 3 + 1)), filingNo, idNumber,
            String.valueOf(lastCase / 2)};
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

    /** Small JDBC helpers. */
    static final class Jdbc {
        static long single(Connection c, String sql) throws java.sql.SQLException {
            try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }

        static List<Long> ids(Connection c, String sql) throws java.sql.SQLException {
            List<Long> ids = new ArrayList<>();
            try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }
}
