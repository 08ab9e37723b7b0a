import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The floor of P3: every count the annual review shows, for a subtree and a year, as hand-written SQL over the same
 * file — the same conditions as store.ReviewRepository (README "年度报告的口径"), written the way one would by hand
 * (the subtree as a semi-join on the organisation path), every row read, nothing assembled. H2 syntax.
 */
final class ReviewFloor {

    private static final String SUB = "IN (SELECT id FROM organisation WHERE path LIKE ?)";
    private static final String ON_BOOKS = "m.status IN ('NORMAL', 'SUSPENDED') AND m.joined_on <= ?";
    private static final String ACTIVE = "r.latest AND r.opened_on <= ? AND (r.status NOT IN ('CLOSED', 'DISSOLVED', 'CANCELLED')"
            + " OR COALESCE(r.status_on, r.opened_on) > ?)";

    private ReviewFloor() {
    }

    /** Runs every query of the review of {@code path}'s subtree in {@code year}; returns the rows read. */
    static long run(Connection c, String path, int year, int deadlineDays) throws SQLException {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String like = path + "%";
        long rows = 0;
        rows += q(c, "SELECT id, code, name, path FROM organisation WHERE path LIKE ? ORDER BY path", like);
        rows += q(c, "SELECT m.org_id, COUNT(*), SUM(CASE WHEN m.is_cadre THEN 1 ELSE 0 END) FROM member m WHERE m.org_id " + SUB
                + " AND " + ON_BOOKS + " GROUP BY m.org_id", like, to);
        rows += q(c, "SELECT m.org_id, COUNT(DISTINCT m.id) FROM register_record r JOIN member m ON m.id = r.member_id"
                + " WHERE m.org_id " + SUB + " AND " + ON_BOOKS + " AND " + ACTIVE + " GROUP BY m.org_id", like, to, to, to);
        rows += q(c, "SELECT r.org_id, r.kind, COUNT(*) FROM register_record r WHERE r.org_id " + SUB
                + " AND r.version_no = 1 AND r.opened_on BETWEEN ? AND ? GROUP BY r.org_id, r.kind", like, from, to);
        rows += q(c, "SELECT r.org_id, r.kind, COUNT(*) FROM register_record r WHERE r.org_id " + SUB + " AND " + ACTIVE
                + " GROUP BY r.org_id, r.kind", like, to, to);
        rows += q(c, "SELECT r.org_id, r.kind, COUNT(*) FROM register_record r WHERE r.org_id " + SUB
                + " AND r.latest AND r.status IN ('CLOSED', 'DISSOLVED', 'CANCELLED') AND r.status_on BETWEEN ? AND ?"
                + " GROUP BY r.org_id, r.kind", like, from, to);
        rows += q(c, "SELECT r.org_id, COUNT(*) FROM register_record r WHERE r.org_id " + SUB + " AND r.version_no = 1"
                + " AND r.first_reported_on BETWEEN ? AND ? AND r.first_reported_on > DATEADD(DAY, " + deadlineDays
                + ", r.opened_on) GROUP BY r.org_id", like, from, to);
        rows += q(c, "SELECT cr.org_id, SUM(CASE WHEN x.confirmed_on IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN x.confirmed_on IS NULL THEN 1 ELSE 0 END) FROM confirmation x"
                + " JOIN confirmation_round cr ON cr.id = x.round_id WHERE cr.org_id " + SUB + " AND cr.round_year = ?"
                + " GROUP BY cr.org_id", like, year);
        rows += q(c, "SELECT cr.org_id, COUNT(*) FROM confirmation_round cr WHERE cr.org_id " + SUB
                + " AND cr.round_year = ? AND cr.closed_on IS NULL GROUP BY cr.org_id", like, year);
        String received = "cf.org_id " + SUB + " AND cf.received_on BETWEEN ? AND ?";
        rows += q(c, "SELECT cf.org_id, cf.source, COUNT(*) FROM case_file cf WHERE " + received
                + " GROUP BY cf.org_id, cf.source", like, from, to);
        rows += q(c, "SELECT cf.org_id, vc.code, COUNT(*) FROM case_file cf JOIN case_category cc ON cc.case_id = cf.id"
                + " JOIN violation_category vc ON vc.id = cc.category_id WHERE " + received
                + " GROUP BY cf.org_id, vc.code", like, from, to);
        rows += q(c, "SELECT cf.org_id, MONTH(cf.received_on), COUNT(*) FROM case_file cf WHERE " + received
                + " GROUP BY cf.org_id, MONTH(cf.received_on)", like, from, to);
        rows += q(c, "SELECT cf.org_id, ct.to_stage, COUNT(DISTINCT ct.case_id) FROM case_transition ct"
                + " JOIN case_file cf ON cf.id = ct.case_id WHERE cf.org_id " + SUB + " AND ct.moved_on BETWEEN ? AND ?"
                + " GROUP BY cf.org_id, ct.to_stage", like, from, to);
        LocalDate today = LocalDate.now();
        LocalDate asOf = to.isAfter(today) ? today : to;
        rows += q(c, "SELECT ct.case_id, cf.org_id, ct.to_stage, ct.moved_on FROM case_transition ct"
                + " JOIN case_file cf ON cf.id = ct.case_id WHERE cf.org_id " + SUB + " AND ct.moved_on <= ?"
                + " ORDER BY ct.case_id, ct.moved_on, ct.id", like, asOf);
        String counted = "m.org_id " + SUB + " AND o.decided_on BETWEEN ? AND ? AND o.status = 'IN_FORCE'";
        rows += q(c, "SELECT m.org_id, ot.code, COUNT(*) FROM outcome o JOIN outcome_measure om ON om.outcome_id = o.id"
                + " JOIN outcome_type ot ON ot.id = om.type_id JOIN member m ON m.id = o.member_id WHERE " + counted
                + " GROUP BY m.org_id, ot.code", like, from, to);
        rows += q(c, "SELECT m.org_id, COALESCE(a.result, 'PENDING'), COUNT(*) FROM outcome_appeal a"
                + " JOIN outcome o ON o.id = a.outcome_id JOIN member m ON m.id = o.member_id WHERE m.org_id " + SUB
                + " AND a.filed_on BETWEEN ? AND ? GROUP BY m.org_id, COALESCE(a.result, 'PENDING')", like, from, to);
        rows += q(c, "SELECT COALESCE(a.target_org_id, m.org_id), COUNT(*) FROM accountability a"
                + " LEFT JOIN member m ON m.id = a.target_member_id WHERE COALESCE(a.target_org_id, m.org_id) " + SUB
                + " AND a.decided_on BETWEEN ? AND ? GROUP BY COALESCE(a.target_org_id, m.org_id)", like, from, to);
        rows += q(c, "SELECT m.org_id, COUNT(*) FROM commendation x JOIN member m ON m.id = x.member_id WHERE m.org_id " + SUB
                + " AND x.awarded_on BETWEEN ? AND ? GROUP BY m.org_id", like, from, to);
        rows += q(c, "SELECT m.org_id, COUNT(*) FROM clarification x JOIN member m ON m.id = x.member_id WHERE m.org_id " + SUB
                + " AND x.clarified_on BETWEEN ? AND ? GROUP BY m.org_id", like, from, to);
        rows += q(c, "SELECT p.code, COUNT(*) FROM register_record r JOIN platform p ON p.id = r.platform_id WHERE r.org_id "
                + SUB + " AND " + ACTIVE + " GROUP BY p.code", like, to, to);
        rows += q(c, "SELECT code, name FROM platform ORDER BY sort_order, id");
        rows += q(c, "SELECT code, name FROM violation_category ORDER BY sort_order, id");
        rows += q(c, "SELECT code, name FROM outcome_type ORDER BY severity, id");
        // The appraisal list: each member's items of the year.
        String members = "m.org_id " + SUB + " AND " + ON_BOOKS;
        rows += q(c, "SELECT m.id, m.name, g.name, g.path, r.kind, p.name, r.name FROM register_record r"
                + " JOIN member m ON m.id = r.member_id JOIN organisation g ON g.id = m.org_id JOIN platform p ON p.id = r.platform_id"
                + " WHERE " + members + " AND r.first_reported_on BETWEEN ? AND ? AND r.version_no = 1"
                + " ORDER BY r.first_reported_on, r.id", like, to, from, to);
        rows += q(c, "SELECT DISTINCT m.id, m.name, g.name, g.path, vc.name FROM outcome o JOIN member m ON m.id = o.member_id"
                + " JOIN organisation g ON g.id = m.org_id JOIN case_category cc ON cc.case_id = o.case_id"
                + " JOIN violation_category vc ON vc.id = cc.category_id WHERE " + members
                + " AND o.decided_on BETWEEN ? AND ? AND o.status = 'IN_FORCE' ORDER BY m.id, vc.name", like, to, from, to);
        rows += q(c, "SELECT m.id, m.name, g.name, g.path, o.decided_on, ot.name FROM outcome o"
                + " JOIN outcome_measure om ON om.outcome_id = o.id JOIN outcome_type ot ON ot.id = om.type_id"
                + " JOIN member m ON m.id = o.member_id JOIN organisation g ON g.id = m.org_id WHERE " + members
                + " AND o.decided_on BETWEEN ? AND ? AND o.status = 'IN_FORCE' ORDER BY o.decided_on, o.id, ot.severity",
                like, to, from, to);
        rows += q(c, "SELECT m.id, m.name, g.name, g.path, x.awarding_org, x.reason, x.awarded_on FROM commendation x"
                + " JOIN member m ON m.id = x.member_id JOIN organisation g ON g.id = m.org_id WHERE " + members
                + " AND x.awarded_on BETWEEN ? AND ? ORDER BY x.awarded_on", like, to, from, to);
        rows += q(c, "SELECT m.id, m.name, g.name, g.path, x.clarified_on, x.clarify_scope FROM clarification x"
                + " JOIN member m ON m.id = x.member_id JOIN organisation g ON g.id = m.org_id WHERE " + members
                + " AND x.clarified_on BETWEEN ? AND ? ORDER BY x.clarified_on", like, to, from, to);
        return rows;
    }

    static final boolean STEPS = Boolean.getBoolean("bench.reviewSteps");

    private static long q(Connection c, String sql, Object... params) throws SQLException {
        long started = System.nanoTime();
        try {
            return query(c, sql, params);
        } finally {
            if (STEPS) {
                System.out.printf(java.util.Locale.ROOT, "  %7.1f ms  %s%n", (System.nanoTime() - started) / 1e6,
                        sql.length() > 150 ? sql.substring(0, 150) : sql);
            }
        }
    }

    private static long query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object v = params[i];
                if (v instanceof LocalDate d) {
                    p.setDate(i + 1, Date.valueOf(d));
                } else {
                    p.setObject(i + 1, v);
                }
            }
            long rows = 0;
            try (ResultSet r = p.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int k = 1; k <= columns; k++) {
                        r.getObject(k);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }
}
