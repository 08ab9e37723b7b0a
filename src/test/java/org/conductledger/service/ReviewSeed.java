package org.conductledger.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.store.Database;

/**
 * A ledger seeded for the annual review with plain SQL (no application code): five organisations, members
 * on and off the books, register records of the three kinds across four years (changes of filings, closures,
 * late reports), cases from every source in every category and every disposal form, outcomes of every type
 * (some revoked or changed), appeals with every result, 问责, commendations, name-clearings and 年审 rounds.
 * Deterministic (fixed random seed); the review year is {@link #YEAR}.
 */
public final class ReviewSeed {

    public static final int YEAR = 2025;
    static final List<String> CLOSED = List.of("CLOSED", "DISSOLVED", "CANCELLED");
    private static final Map<String, List<String>> STATUSES = Map.of(
            "ACCOUNT", List.of("ACTIVE", "ACTIVE", "SUSPENDED", "CLOSED"),
            "GROUP", List.of("NORMAL", "NORMAL", "WARNED", "PAUSED", "DISSOLVED"),
            "FILING", List.of("FILED", "FILED", "CANCELLED"));
    private static final String[] SOURCES = {"PETITION", "SUPERVISION", "INSPECTION", "TRANSFER", "SELF_CHECK", "PLATFORM"};
    private static final String[] DISPOSALS = {"TALK_INQUIRY", "PRELIMINARY", "ON_HOLD", "DISMISSED"};
    private static final String[] FULL_PATH = {"FILED", "INVESTIGATION", "REVIEW", "DECISION", "EXECUTION", "CLOSED"};

    public final Organisation committee;
    public final List<Organisation> orgs = new ArrayList<>();
    private final Random random = new Random(20251231L);
    private final Database database;
    private long adminId;

    private ReviewSeed(TestLedger ledger) {
        this.database = ledger.services.database();
        committee = ledger.org(null, "机关党委", "JGDW", OrgType.PARTY_COMMITTEE);
        orgs.add(ledger.root());
        orgs.add(committee);
        orgs.add(ledger.org(committee, "第一党支部", "ZB01", OrgType.BRANCH));
        orgs.add(ledger.org(committee, "第二党支部", "ZB02", OrgType.BRANCH));
        orgs.add(ledger.org(null, "离退休党支部", "ZB03", OrgType.BRANCH));
    }

    public static ReviewSeed into(TestLedger ledger) {
        ReviewSeed seed = new ReviewSeed(ledger);
        seed.database.withJdbc(c -> {
            try {
                seed.seed(c);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return seed;
    }

    private LocalDate day(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay());
        return start.plusDays(random.nextInt(days + 1));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void seed(Connection c) throws SQLException {
        adminId = single(c, "SELECT id FROM app_user WHERE username = 'admin'");
        List<Long> members = members(c);
        List<Long> platforms = ids(c, "SELECT id FROM platform ORDER BY id");
        registers(c, members, platforms);
        List<Long> categories = ids(c, "SELECT id FROM violation_category ORDER BY sort_order");
        List<long[]> decided = cases(c, members, categories);
        outcomes(c, decided);
        recognition(c, members);
        rounds(c, members);
    }

    private List<Long> members(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        String[] statuses = {"NORMAL", "NORMAL", "NORMAL", "NORMAL", "SUSPENDED", "TRANSFERRED_OUT", "LEFT_PARTY", "DECEASED"};
        try (PreparedStatement p = c.prepareStatement("INSERT INTO member (name, gender, id_number, birth_date, category,"
                + " joined_on, org_id, is_cadre, status) VALUES (?, 'MALE', ?, DATE '1980-01-01', ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < 60; i++) {
                p.setString(1, "党员" + i);
                p.setString(2, String.format("32010219800101%04d", i));
                p.setString(3, i % 9 == 0 ? "PROBATIONARY" : "FULL");
                p.setObject(4, i % 11 == 0 ? LocalDate.of(YEAR + 1, 3, 1) : day(1990, YEAR));
                p.setLong(5, pick(orgs).id());
                p.setBoolean(6, i % 3 == 0);
                p.setString(7, statuses[i % statuses.length]);
                p.executeUpdate();
                ids.add(generated(p));
            }
        }
        return ids;
    }

    private void registers(Connection c, List<Long> members, List<Long> platforms) throws SQLException {
        String[] kinds = {"ACCOUNT", "GROUP", "FILING"};
        for (int i = 0; i < 180; i++) {
            String kind = kinds[i % 3];
            LocalDate opened = day(YEAR - 2, YEAR + 1);
            LocalDate reported = random.nextInt(8) == 0 ? null : opened.plusDays(random.nextInt(61));
            String status = pick(STATUSES.get(kind));
            LocalDate statusOn = status.equals(STATUSES.get(kind).get(0)) ? null : opened.plusDays(random.nextInt(500));
            long member = pick(members);
            long org = single(c, "SELECT org_id FROM member WHERE id = " + member);
            long id = insertRecord(c, kind, member, org, pick(platforms), "记录" + i, opened, reported, status, statusOn, 1,
                    true, null);
            if (kind.equals("FILING") && i % 4 == 0) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE register_record SET latest = FALSE, status = 'CHANGED' WHERE id = " + id);
                }
                insertRecord(c, kind, member, org, pick(platforms), "记录" + i + "（变更）", opened,
                        reported == null ? null : reported.plusDays(90), random.nextBoolean() ? "FILED" : "CANCELLED",
                        reported == null ? null : reported.plusDays(200), 2, true, id);
            }
        }
    }

    private long insertRecord(Connection c, String kind, long member, long org, long platform, String name, LocalDate opened,
                              LocalDate reported, String status, LocalDate statusOn, int versionNo, boolean latest,
                              Long supersedes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO register_record (kind, member_id, org_id, platform_id, name,"
                + " identifier, opened_on, reported_on, first_reported_on, status, status_on, version_no, latest, supersedes_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, kind);
            p.setLong(2, member);
            p.setLong(3, org);
            p.setLong(4, platform);
            p.setString(5, name);
            p.setString(6, "id-" + name);
            p.setObject(7, opened);
            p.setObject(8, reported);
            p.setObject(9, versionNo == 1 ? reported : null);
            p.setString(10, status);
            p.setObject(11, statusOn);
            p.setInt(12, versionNo);
            p.setBoolean(13, latest);
            p.setObject(14, supersedes);
            p.executeUpdate();
            return generated(p);
        }
    }

    /** Cases; returns [case id, member id, decided-on epoch day] of those that reached a decision. */
    private List<long[]> cases(Connection c, List<Long> members, List<Long> categories) throws SQLException {
        List<long[]> decided = new ArrayList<>();
        int n = 0;
        for (String source : SOURCES) {
            for (int k = 0; k < 7; k++, n++) {
                LocalDate received = (k < 5 ? day(YEAR, YEAR) : day(YEAR - 1, YEAR + 1)).withDayOfMonth(1 + random.nextInt(28));
                if (received.isAfter(TestClockDate.TODAY)) {
                    received = TestClockDate.TODAY.minusDays(random.nextInt(200));
                }
                long org = pick(orgs).id();
                long caseId;
                try (PreparedStatement p = c.prepareStatement("INSERT INTO case_file (org_id, received_on, source,"
                        + " reporter_name, description, stage, stage_since) VALUES (?, ?, ?, ?, ?, 'REGISTERED', ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    p.setLong(1, org);
                    p.setObject(2, received);
                    p.setString(3, source);
                    p.setString(4, "举报人" + n);
                    p.setString(5, "反映问题" + n);
                    p.setObject(6, received);
                    p.executeUpdate();
                    caseId = generated(p);
                }
                long member = pick(members);
                execute(c, "INSERT INTO case_subject (case_id, member_id) VALUES (" + caseId + ", " + member + ")");
                execute(c, "INSERT INTO case_category (case_id, category_id) VALUES (" + caseId + ", "
                        + categories.get(n % categories.size()) + ")");
                if (n % 5 == 0) {
                    execute(c, "INSERT INTO case_category (case_id, category_id) VALUES (" + caseId + ", "
                            + categories.get((n + 7) % categories.size()) + ")");
                }
                List<String> path = new ArrayList<>(List.of("REGISTERED"));
                String disposal = DISPOSALS[n % DISPOSALS.length];
                path.add(disposal);
                if (!disposal.equals("ON_HOLD") && !disposal.equals("DISMISSED") && n % 3 != 0) {
                    int upTo = 1 + random.nextInt(FULL_PATH.length);
                    path.addAll(List.of(FULL_PATH).subList(0, upTo));
                }
                LocalDate on = received;
                String previous = null;
                for (String stage : path) {
                    execute(c, "INSERT INTO case_transition (case_id, from_stage, to_stage, moved_on) VALUES (" + caseId + ", "
                            + (previous == null ? "NULL" : "'" + previous + "'") + ", '" + stage + "', DATE '" + on + "')");
                    previous = stage;
                    if (stage.equals("DECISION")) {
                        decided.add(new long[] {caseId, member, on.toEpochDay()});
                    }
                    on = on.plusDays(random.nextInt(35));
                    if (on.isAfter(TestClockDate.TODAY)) {
                        on = TestClockDate.TODAY;
                    }
                }
                execute(c, "UPDATE case_file SET stage = '" + previous + "' WHERE id = " + caseId);
            }
        }
        return decided;
    }

    private void outcomes(Connection c, List<long[]> decided) throws SQLException {
        List<Long> types = ids(c, "SELECT id FROM outcome_type ORDER BY severity, id");
        String[] statuses = {"IN_FORCE", "IN_FORCE", "IN_FORCE", "REVOKED", "CHANGED"};
        String[] results = {"UPHELD", "CHANGED", "REVOKED", null};
        int n = 0;
        // Every type at least once in the review year, then the decided cases.
        List<long[]> all = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            long[] d = decided.get(t % decided.size());
            all.add(new long[] {d[0], d[1], LocalDate.of(YEAR, 1 + t % 12, 10).toEpochDay()});
        }
        all.addAll(decided);
        for (long[] d : all) {
            LocalDate on = LocalDate.ofEpochDay(d[2]);
            long member = d[1];
            long org = single(c, "SELECT org_id FROM member WHERE id = " + member);
            long outcome;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO outcome (case_id, member_id, decided_on, deciding_org_id,"
                    + " effective_on, status, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, d[0]);
                p.setLong(2, member);
                p.setObject(3, on);
                p.setLong(4, org);
                p.setObject(5, on);
                p.setString(6, n < types.size() ? "IN_FORCE" : statuses[n % statuses.length]);
                p.setLong(7, adminId);
                p.executeUpdate();
                outcome = generated(p);
            }
            execute(c, "INSERT INTO outcome_measure (outcome_id, type_id) VALUES (" + outcome + ", " + types.get(n % types.size()) + ")");
            if (n % 4 == 1) {
                execute(c, "INSERT INTO outcome_measure (outcome_id, type_id) VALUES (" + outcome + ", "
                        + types.get((n + 3) % types.size()) + ")");
            }
            if (n % 3 == 0) {
                String result = results[(n / 3) % results.length];
                LocalDate filed = on.plusDays(20);
                execute(c, "INSERT INTO outcome_appeal (outcome_id, filed_on, to_org_id, result, decided_on, recorded_by)"
                        + " VALUES (" + outcome + ", DATE '" + filed + "', " + orgs.get(0).id() + ", "
                        + (result == null ? "NULL, NULL" : "'" + result + "', DATE '" + filed.plusDays(30) + "'") + ", "
                        + adminId + ")");
            }
            n++;
        }
    }

    private void recognition(Connection c, List<Long> members) throws SQLException {
        for (int i = 0; i < 14; i++) {
            LocalDate on = day(YEAR - 1, YEAR);
            if (i % 2 == 0) {
                execute(c, "INSERT INTO accountability (target_kind, target_org_id, measures, decided_on, deciding_org_id,"
                        + " reason, recorded_by) VALUES ('ORGANISATION', " + pick(orgs).id() + ", 'CRITICISM', DATE '" + on
                        + "', " + orgs.get(0).id() + ", '监管不力', " + adminId + ")");
            } else {
                execute(c, "INSERT INTO accountability (target_kind, target_member_id, measures, decided_on, deciding_org_id,"
                        + " reason, recorded_by) VALUES ('LEADER', " + pick(members) + ", 'CRITICISM', DATE '" + on + "', "
                        + orgs.get(0).id() + ", '失职', " + adminId + ")");
            }
            execute(c, "INSERT INTO commendation (member_id, award_level, awarding_org, reason, awarded_on, recorded_by)"
                    + " VALUES (" + pick(members) + ", 'BRANCH', '机关党委', '网上正面发声', DATE '" + day(YEAR - 1, YEAR) + "', "
                    + adminId + ")");
            long caseId = single(c, "SELECT MIN(id) FROM case_file");
            execute(c, "INSERT INTO clarification (case_id, member_id, trigger_kind, method, clarify_scope, clarified_on,"
                    + " recorded_by) VALUES (" + caseId + ", " + pick(members) + ", 'PROPOSAL', 'NOTICE', '支部范围', DATE '"
                    + day(YEAR - 1, YEAR) + "', " + adminId + ")");
        }
    }

    private void rounds(Connection c, List<Long> members) throws SQLException {
        long closed = insertRound(c, orgs.get(2).id(), YEAR, LocalDate.of(YEAR + 1, 1, 20));
        long open = insertRound(c, orgs.get(3).id(), YEAR, null);
        long earlier = insertRound(c, orgs.get(2).id(), YEAR - 1, LocalDate.of(YEAR, 1, 20));
        for (int i = 0; i < 12; i++) {
            long round = i < 6 ? closed : i < 9 ? open : earlier;
            String on = i % 3 == 0 ? "NULL" : "DATE '" + YEAR + "-12-0" + (1 + i % 9) + "'";
            execute(c, "INSERT INTO confirmation (round_id, member_id, confirmed_on, open_records) VALUES (" + round + ", "
                    + members.get(i) + ", " + on + ", 1)");
        }
    }

    private long insertRound(Connection c, long org, int year, LocalDate closedOn) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO confirmation_round (org_id, round_year, opened_on, closed_on)"
                + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, org);
            p.setInt(2, year);
            p.setObject(3, LocalDate.of(year, 11, 1));
            p.setObject(4, closedOn);
            p.executeUpdate();
            return generated(p);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long generated(PreparedStatement p) throws SQLException {
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** Runs a grouped count ("SELECT org_id, key, count …" or "SELECT org_id, count …"): org id → key → count. */
    public Map<Long, Map<String, Long>> grouped(String sql) {
        return database.withJdbc(c -> {
            Map<Long, Map<String, Long>> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                boolean keyed = r.getMetaData().getColumnCount() == 3;
                while (r.next()) {
                    String key = keyed ? r.getString(2) : "";
                    out.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>())
                            .merge(key, r.getLong(keyed ? 3 : 2), Long::sum);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
            return out;
        });
    }

    /** The review day's date, as the application's fixed test clock has it. */
    static final class TestClockDate {
        static final LocalDate TODAY = org.conductledger.model.TestClock.TODAY;
    }
}
