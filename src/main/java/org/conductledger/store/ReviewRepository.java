package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.ACCOUNTABILITY;
import static org.conductledger.store.jooq.Tables.CASE_CATEGORY;
import static org.conductledger.store.jooq.Tables.CASE_FILE;
import static org.conductledger.store.jooq.Tables.CASE_TRANSITION;
import static org.conductledger.store.jooq.Tables.CLARIFICATION;
import static org.conductledger.store.jooq.Tables.COMMENDATION;
import static org.conductledger.store.jooq.Tables.CONFIRMATION;
import static org.conductledger.store.jooq.Tables.CONFIRMATION_ROUND;
import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.conductledger.store.jooq.Tables.OUTCOME;
import static org.conductledger.store.jooq.Tables.OUTCOME_APPEAL;
import static org.conductledger.store.jooq.Tables.OUTCOME_MEASURE;
import static org.conductledger.store.jooq.Tables.OUTCOME_TYPE;
import static org.conductledger.store.jooq.Tables.PLATFORM;
import static org.conductledger.store.jooq.Tables.REGISTER_RECORD;
import static org.conductledger.store.jooq.Tables.VIOLATION_CATEGORY;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.GroupCount;
import org.conductledger.model.RegisterStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SelectHavingStep;
import org.jooq.impl.DSL;

/**
 * Grouped counts for the annual review: each query counts per organisation (the organisation a record is
 * attached to) within the subtree {@code orgPath}, itself inside the user's scope. One query per figure,
 * whatever the number of members. The exact definitions are in README.md ("年度报告的口径").
 */
public final class ReviewRepository {

    private static final List<String> ON_BOOKS = List.of("NORMAL", "SUSPENDED");
    private static final List<String> CLOSED = java.util.Arrays.stream(RegisterStatus.values())
            .filter(RegisterStatus::isClosed).map(Enum::name).toList();

    private final Database database;
    private final String scopePath;

    public ReviewRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    private Condition orgIn(String orgPath) {
        return ORGANISATION.PATH.like(orgPath + "%").and(ORGANISATION.PATH.like(scopePath + "%"));
    }

    /**
     * {@code orgId} lies in the subtree at {@code orgPath} (and in scope): a semi-join on the organisations — or, when
     * the subtree is the whole ledger, no condition at all, so that H2 reads the table (or a covering index) in one
     * pass instead of looking rows up organisation by organisation (issue 12: 4,800 organisations at 100,000 members).
     */
    private Condition inSubtree(Field<Long> orgId, String orgPath) {
        if (wholeLedger(orgPath)) {
            return DSL.noCondition();
        }
        return orgId.in(DSL.select(ORGANISATION.ID).from(ORGANISATION).where(orgIn(orgPath)));
    }

    /** Whether every organisation of the ledger lies in the subtree at {@code orgPath}, itself in scope. */
    private boolean wholeLedger(String orgPath) {
        return orgPath.startsWith(scopePath)
                && dsl().fetchCount(ORGANISATION, orgIn(orgPath)) == dsl().fetchCount(ORGANISATION);
    }

    private static List<GroupCount> fetch(SelectHavingStep<Record3<Long, String, Integer>> query) {
        return query.fetch(r -> new GroupCount(r.value1(), r.value2(), r.value3()));
    }

    /** The organisations of the subtree, in tree order: id, code, name, path. */
    public List<String[]> organisations(String orgPath) {
        return dsl().select(ORGANISATION.ID, ORGANISATION.CODE, ORGANISATION.NAME, ORGANISATION.PATH).from(ORGANISATION)
                .where(orgIn(orgPath)).orderBy(ORGANISATION.PATH)
                .fetch(r -> new String[] {String.valueOf(r.value1()), r.value2(), r.value3(), r.value4()});
    }

    private Condition onBooks(LocalDate yearEnd) {
        return MEMBER.STATUS.in(ON_BOOKS).and(MEMBER.JOINED_ON.le(yearEnd));
    }

    /** Members on the books who joined by the year's end: keys "members" and "cadres". */
    public List<GroupCount> members(String orgPath, LocalDate yearEnd) {
        Field<Integer> cadres = DSL.sum(DSL.when(MEMBER.IS_CADRE.isTrue(), 1).otherwise(0)).cast(Integer.class);
        // A semi-join, not a join: H2 then scans the member table once instead of looking members up per
        // organisation (four times faster at 100,000 members, bench/run-review).
        return dsl().select(MEMBER.ORG_ID, DSL.count(), cadres).from(MEMBER)
                .where(inSubtree(MEMBER.ORG_ID, orgPath).and(onBooks(yearEnd)))
                .groupBy(MEMBER.ORG_ID)
                .fetch().stream().flatMap(r -> java.util.stream.Stream.of(
                        new GroupCount(r.value1(), "members", r.value2()),
                        new GroupCount(r.value1(), "cadres", r.value3() == null ? 0 : r.value3())))
                .toList();
    }

    /** A register record (its newest version) that existed and was not closed on {@code day}. */
    private static Condition activeOn(LocalDate day) {
        return REGISTER_RECORD.LATEST.isTrue().and(REGISTER_RECORD.OPENED_ON.le(day))
                .and(REGISTER_RECORD.STATUS.notIn(CLOSED)
                        .or(DSL.coalesce(REGISTER_RECORD.STATUS_ON, REGISTER_RECORD.OPENED_ON).gt(day)));
    }

    /** Members on the books holding at least one record active at year end (key "membersWithRecords"). */
    public List<GroupCount> membersWithRecords(String orgPath, LocalDate yearEnd) {
        // Each member looked up once in register_record_member_active_ix (V11), which holds every column the test needs.
        return fetch(dsl().select(MEMBER.ORG_ID, DSL.inline("membersWithRecords"), DSL.count()).from(MEMBER)
                .where(inSubtree(MEMBER.ORG_ID, orgPath).and(onBooks(yearEnd))
                        .andExists(DSL.selectOne().from(REGISTER_RECORD)
                                .where(REGISTER_RECORD.MEMBER_ID.eq(MEMBER.ID).and(activeOn(yearEnd)))))
                .groupBy(MEMBER.ORG_ID));
    }

    /** The register figures of a subtree and year, from one pass over the records (keys = kind). */
    public record RegisterFigures(List<GroupCount> opened, List<GroupCount> active, List<GroupCount> closed,
                                  List<GroupCount> late, Map<String, Long> activeByPlatform) {
    }

    /**
     * Records opened in the period (first versions only: a 变更备案 is not a new filing), active at its end, closed in
     * it (newest versions), and first reported in it more than {@code days} days after opening ("lateReports"), per
     * organisation and kind; and the active ones per platform code. One grouped scan of register_record_review_ix (V11)
     * with a conditional sum per figure, where there used to be five queries.
     */
    public RegisterFigures registerFigures(String orgPath, LocalDate from, LocalDate to, int days) {
        Field<Integer> opened = count(REGISTER_RECORD.VERSION_NO.eq(1).and(REGISTER_RECORD.OPENED_ON.between(from, to)));
        Field<Integer> active = count(activeOn(to));
        Field<Integer> closed = count(REGISTER_RECORD.LATEST.isTrue().and(REGISTER_RECORD.STATUS.in(CLOSED))
                .and(REGISTER_RECORD.STATUS_ON.between(from, to)));
        Field<Integer> late = count(REGISTER_RECORD.VERSION_NO.eq(1).and(REGISTER_RECORD.FIRST_REPORTED_ON.between(from, to))
                .and(REGISTER_RECORD.FIRST_REPORTED_ON.gt(DSL.localDateAdd(REGISTER_RECORD.OPENED_ON, days))));
        Map<Long, String> codes = new java.util.HashMap<>();
        dsl().select(PLATFORM.ID, PLATFORM.CODE).from(PLATFORM).forEach(r -> codes.put(r.value1(), r.value2()));
        Map<String, Integer> newCounts = new LinkedHashMap<>();
        Map<String, Integer> activeCounts = new LinkedHashMap<>();
        Map<String, Integer> closedCounts = new LinkedHashMap<>();
        Map<Long, Integer> lateCounts = new LinkedHashMap<>();
        Map<String, Long> byPlatform = new LinkedHashMap<>();
        dsl().select(REGISTER_RECORD.ORG_ID, REGISTER_RECORD.KIND, REGISTER_RECORD.PLATFORM_ID, opened, active, closed, late)
                .from(REGISTER_RECORD).where(inSubtree(REGISTER_RECORD.ORG_ID, orgPath))
                .groupBy(REGISTER_RECORD.ORG_ID, REGISTER_RECORD.KIND, REGISTER_RECORD.PLATFORM_ID)
                .forEach(r -> {
                    String key = r.value1() + "/" + r.value2();
                    newCounts.merge(key, r.value4(), Integer::sum);
                    activeCounts.merge(key, r.value5(), Integer::sum);
                    closedCounts.merge(key, r.value6(), Integer::sum);
                    lateCounts.merge(r.value1(), r.value7(), Integer::sum);
                    if (r.value5() > 0) {
                        byPlatform.merge(codes.get(r.value3()), (long) r.value5(), Long::sum);
                    }
                });
        return new RegisterFigures(byOrgAndKind(newCounts), byOrgAndKind(activeCounts), byOrgAndKind(closedCounts),
                lateCounts.entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> new GroupCount(e.getKey(), "lateReports", e.getValue())).toList(), byPlatform);
    }

    private static Field<Integer> count(Condition condition) {
        return DSL.sum(DSL.when(condition, 1).otherwise(0)).cast(Integer.class);
    }

    static List<GroupCount> byOrgAndKind(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> {
            int slash = e.getKey().indexOf('/');
            return new GroupCount(Long.parseLong(e.getKey().substring(0, slash)), e.getKey().substring(slash + 1), e.getValue());
        }).toList();
    }

    /**
     * 年审 of the year: per round organisation, "confirmed" (members who confirmed), "missing" (members a closed
     * round recorded as not confirmed) and "roundsOpen" (rounds not closed yet).
     */
    public List<GroupCount> confirmations(String orgPath, int year) {
        Field<Integer> confirmed = DSL.sum(DSL.when(CONFIRMATION.CONFIRMED_ON.isNotNull(), 1).otherwise(0)).cast(Integer.class);
        Field<Integer> missing = DSL.sum(DSL.when(CONFIRMATION.CONFIRMED_ON.isNull(), 1).otherwise(0)).cast(Integer.class);
        List<GroupCount> counts = new java.util.ArrayList<>();
        dsl().select(CONFIRMATION_ROUND.ORG_ID, confirmed, missing).from(CONFIRMATION)
                .join(CONFIRMATION_ROUND).on(CONFIRMATION_ROUND.ID.eq(CONFIRMATION.ROUND_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONFIRMATION_ROUND.ORG_ID))
                .where(orgIn(orgPath).and(CONFIRMATION_ROUND.ROUND_YEAR.eq(year)))
                .groupBy(CONFIRMATION_ROUND.ORG_ID)
                .forEach(r -> {
                    counts.add(new GroupCount(r.value1(), "confirmed", r.value2() == null ? 0 : r.value2()));
                    counts.add(new GroupCount(r.value1(), "missing", r.value3() == null ? 0 : r.value3()));
                });
        counts.addAll(fetch(dsl().select(CONFIRMATION_ROUND.ORG_ID, DSL.inline("roundsOpen"), DSL.count())
                .from(CONFIRMATION_ROUND).join(ORGANISATION).on(ORGANISATION.ID.eq(CONFIRMATION_ROUND.ORG_ID))
                .where(orgIn(orgPath).and(CONFIRMATION_ROUND.ROUND_YEAR.eq(year)).and(CONFIRMATION_ROUND.CLOSED_ON.isNull()))
                .groupBy(CONFIRMATION_ROUND.ORG_ID)));
        return counts;
    }

    private Condition caseReceived(String orgPath, LocalDate from, LocalDate to) {
        return inSubtree(CASE_FILE.ORG_ID, orgPath).and(CASE_FILE.RECEIVED_ON.between(from, to));
    }

    /** Reports (clues) received in the period, by handling organisation; key = source. */
    public List<GroupCount> reportsBySource(String orgPath, LocalDate from, LocalDate to) {
        return fetch(dsl().select(CASE_FILE.ORG_ID, CASE_FILE.SOURCE, DSL.count()).from(CASE_FILE)
                .where(caseReceived(orgPath, from, to)).groupBy(CASE_FILE.ORG_ID, CASE_FILE.SOURCE));
    }

    /** Reports received in the period, by category code (a report in two categories counts in both). */
    public List<GroupCount> reportsByCategory(String orgPath, LocalDate from, LocalDate to) {
        return fetch(dsl().select(CASE_FILE.ORG_ID, VIOLATION_CATEGORY.CODE, DSL.count()).from(CASE_FILE)
                .join(CASE_CATEGORY).on(CASE_CATEGORY.CASE_ID.eq(CASE_FILE.ID))
                .join(VIOLATION_CATEGORY).on(VIOLATION_CATEGORY.ID.eq(CASE_CATEGORY.CATEGORY_ID))
                .where(caseReceived(orgPath, from, to)).groupBy(CASE_FILE.ORG_ID, VIOLATION_CATEGORY.CODE));
    }

    /** Reports received in the period by month (key "1" … "12"). */
    public List<GroupCount> reportsByMonth(String orgPath, LocalDate from, LocalDate to) {
        Field<Integer> month = DSL.month(CASE_FILE.RECEIVED_ON);
        return dsl().select(CASE_FILE.ORG_ID, month, DSL.count()).from(CASE_FILE)
                .where(caseReceived(orgPath, from, to)).groupBy(CASE_FILE.ORG_ID, month)
                .fetch(r -> new GroupCount(r.value1(), String.valueOf(r.value2()), r.value3()));
    }


    /**
     * Every move on or before {@code day} of the subtree's cases, by case and in order: the cases that entered each
     * stage in the period and each case's stage on a day are both counted from these (one pass over
     * case_transition_review_ix, V11, and the cases' organisations read once, instead of two joins over every move).
     */
    public List<CaseMoves.Move> moves(String orgPath, LocalDate day) {
        Map<Long, Long> orgOfCase = new java.util.HashMap<>();
        dsl().select(CASE_FILE.ID, CASE_FILE.ORG_ID).from(CASE_FILE).where(inSubtree(CASE_FILE.ORG_ID, orgPath))
                .forEach(r -> orgOfCase.put(r.value1(), r.value2()));
        Condition cases = wholeLedger(orgPath) ? DSL.noCondition()
                : CASE_TRANSITION.CASE_ID.in(DSL.select(CASE_FILE.ID).from(CASE_FILE).where(inSubtree(CASE_FILE.ORG_ID, orgPath)));
        List<CaseMoves.Move> moves = new java.util.ArrayList<>();
        try (var rows = dsl().select(CASE_TRANSITION.CASE_ID, CASE_TRANSITION.TO_STAGE, CASE_TRANSITION.MOVED_ON)
                .from(CASE_TRANSITION).where(cases.and(CASE_TRANSITION.MOVED_ON.le(day)))
                .orderBy(CASE_TRANSITION.CASE_ID, CASE_TRANSITION.MOVED_ON, CASE_TRANSITION.ID).fetchLazy()) {
            rows.forEach(r -> {
                Long org = orgOfCase.get(r.value1());
                if (org != null) {
                    moves.add(new CaseMoves.Move(r.value1(), org, r.value2(), r.value3()));
                }
            });
        }
        return moves;
    }


    private Condition outcomeCounted(String orgPath, LocalDate from, LocalDate to) {
        return inSubtree(MEMBER.ORG_ID, orgPath).and(OUTCOME.DECIDED_ON.between(from, to)).and(OUTCOME.STATUS.eq("IN_FORCE"));
    }

    /** Measures of the decisions decided in the period and in force now, by the member's organisation; key = type code. */
    public List<GroupCount> outcomesByType(String orgPath, LocalDate from, LocalDate to) {
        return fetch(dsl().select(MEMBER.ORG_ID, OUTCOME_TYPE.CODE, DSL.count()).from(OUTCOME)
                .join(OUTCOME_MEASURE).on(OUTCOME_MEASURE.OUTCOME_ID.eq(OUTCOME.ID))
                .join(OUTCOME_TYPE).on(OUTCOME_TYPE.ID.eq(OUTCOME_MEASURE.TYPE_ID))
                .join(MEMBER).on(MEMBER.ID.eq(OUTCOME.MEMBER_ID))
                .where(outcomeCounted(orgPath, from, to)).groupBy(MEMBER.ORG_ID, OUTCOME_TYPE.CODE));
    }

    /** Appeals filed in the period, by the member's organisation; key = result (UPHELD, CHANGED, REVOKED) or PENDING. */
    public List<GroupCount> appeals(String orgPath, LocalDate from, LocalDate to) {
        Field<String> result = DSL.coalesce(OUTCOME_APPEAL.RESULT, DSL.inline("PENDING"));
        return fetch(dsl().select(MEMBER.ORG_ID, result, DSL.count()).from(OUTCOME_APPEAL)
                .join(OUTCOME).on(OUTCOME.ID.eq(OUTCOME_APPEAL.OUTCOME_ID))
                .join(MEMBER).on(MEMBER.ID.eq(OUTCOME.MEMBER_ID))
                .where(inSubtree(MEMBER.ORG_ID, orgPath).and(OUTCOME_APPEAL.FILED_ON.between(from, to)))
                .groupBy(MEMBER.ORG_ID, result));
    }

    /** 问责 decided in the period, by the organisation held to account (or the leader's organisation). */
    public List<GroupCount> accountability(String orgPath, LocalDate from, LocalDate to) {
        Field<Long> org = DSL.coalesce(ACCOUNTABILITY.TARGET_ORG_ID, MEMBER.ORG_ID);
        return fetch(dsl().select(org, DSL.inline("accountability"), DSL.count()).from(ACCOUNTABILITY)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(ACCOUNTABILITY.TARGET_MEMBER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(org))
                .where(orgIn(orgPath).and(ACCOUNTABILITY.DECIDED_ON.between(from, to))).groupBy(org));
    }

    /** Commendations awarded in the period, by the member's organisation. */
    public List<GroupCount> commendations(String orgPath, LocalDate from, LocalDate to) {
        return fetch(dsl().select(MEMBER.ORG_ID, DSL.inline("commendations"), DSL.count()).from(COMMENDATION)
                .join(MEMBER).on(MEMBER.ID.eq(COMMENDATION.MEMBER_ID))
                .where(inSubtree(MEMBER.ORG_ID, orgPath).and(COMMENDATION.AWARDED_ON.between(from, to))).groupBy(MEMBER.ORG_ID));
    }

    /** Name-clearings (澄清正名) done in the period, by the member's organisation. */
    public List<GroupCount> clarifications(String orgPath, LocalDate from, LocalDate to) {
        return fetch(dsl().select(MEMBER.ORG_ID, DSL.inline("clarifications"), DSL.count()).from(CLARIFICATION)
                .join(MEMBER).on(MEMBER.ID.eq(CLARIFICATION.MEMBER_ID))
                .where(inSubtree(MEMBER.ORG_ID, orgPath).and(CLARIFICATION.CLARIFIED_ON.between(from, to))).groupBy(MEMBER.ORG_ID));
    }

    /** Reference names in display order: platforms, violation categories, outcome types (code → name). */
    public Map<String, String> platformNames() {
        return names(dsl().select(PLATFORM.CODE, PLATFORM.NAME).from(PLATFORM).orderBy(PLATFORM.SORT_ORDER, PLATFORM.ID).fetch());
    }

    public Map<String, String> categoryNames() {
        return names(dsl().select(VIOLATION_CATEGORY.CODE, VIOLATION_CATEGORY.NAME).from(VIOLATION_CATEGORY)
                .orderBy(VIOLATION_CATEGORY.SORT_ORDER, VIOLATION_CATEGORY.ID).fetch());
    }

    public Map<String, String> outcomeTypeNames() {
        return names(dsl().select(OUTCOME_TYPE.CODE, OUTCOME_TYPE.NAME).from(OUTCOME_TYPE)
                .orderBy(OUTCOME_TYPE.SEVERITY, OUTCOME_TYPE.ID).fetch());
    }

    private static Map<String, String> names(org.jooq.Result<org.jooq.Record2<String, String>> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    /** One item of a member's year for the appraisal list: kind (FILING, FINDING, OUTCOME, COMMENDATION, CLARIFICATION). */
    public record MemberItem(long memberId, String name, String orgName, String orgPath, String kind, String text) {
    }

    /**
     * Everything of the year per member on the books in the subtree, for the appraisal reference list. The members,
     * organisations and platforms are read once into maps and each kind of item by its date index (V11) without joins:
     * at 100,000 members the five joined queries looked up member, organisation and platform row by row for every item.
     */
    public List<MemberItem> memberItems(String orgPath, LocalDate from, LocalDate to) {
        Map<Long, String[]> orgs = new java.util.HashMap<>();
        dsl().select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.PATH).from(ORGANISATION).where(orgIn(orgPath))
                .forEach(r -> orgs.put(r.value1(), new String[] {r.value2(), r.value3()}));
        Map<Long, MemberItem> members = new java.util.HashMap<>();   // the member's fields, kind and text empty
        dsl().select(MEMBER.ID, MEMBER.NAME, MEMBER.ORG_ID).from(MEMBER).where(inSubtree(MEMBER.ORG_ID, orgPath).and(onBooks(to)))
                .forEach(r -> {
                    String[] org = orgs.get(r.value3());
                    if (org != null) {
                        members.put(r.value1(), new MemberItem(r.value1(), r.value2(), org[0], org[1], "", ""));
                    }
                });
        Map<Long, String> platforms = new java.util.HashMap<>();
        dsl().select(PLATFORM.ID, PLATFORM.NAME).from(PLATFORM).forEach(r -> platforms.put(r.value1(), r.value2()));
        List<MemberItem> items = new java.util.ArrayList<>();
        java.util.function.BiConsumer<Long, String[]> add = (memberId, kindAndText) -> {
            MemberItem m = members.get(memberId);
            if (m != null) {
                items.add(new MemberItem(m.memberId(), m.name(), m.orgName(), m.orgPath(), kindAndText[0], kindAndText[1]));
            }
        };
        try (var records = dsl().select(REGISTER_RECORD.MEMBER_ID, REGISTER_RECORD.KIND, REGISTER_RECORD.PLATFORM_ID,
                        REGISTER_RECORD.NAME).from(REGISTER_RECORD)
                .where(REGISTER_RECORD.FIRST_REPORTED_ON.between(from, to).and(REGISTER_RECORD.VERSION_NO.eq(1)))
                .orderBy(REGISTER_RECORD.FIRST_REPORTED_ON, REGISTER_RECORD.ID).fetchLazy()) {
            records.forEach(r -> add.accept(r.value1(), new String[] {"FILING:" + r.value2(),
                    platforms.get(r.value3()) + "“" + r.value4() + "”"}));
        }
        Condition counted = OUTCOME.DECIDED_ON.between(from, to).and(OUTCOME.STATUS.eq("IN_FORCE"));
        dsl().selectDistinct(OUTCOME.MEMBER_ID, VIOLATION_CATEGORY.NAME).from(OUTCOME)
                .join(CASE_CATEGORY).on(CASE_CATEGORY.CASE_ID.eq(OUTCOME.CASE_ID))
                .join(VIOLATION_CATEGORY).on(VIOLATION_CATEGORY.ID.eq(CASE_CATEGORY.CATEGORY_ID))
                .where(counted).orderBy(OUTCOME.MEMBER_ID, VIOLATION_CATEGORY.NAME)
                .forEach(r -> add.accept(r.value1(), new String[] {"FINDING", r.value2()}));
        dsl().select(OUTCOME.MEMBER_ID, OUTCOME.DECIDED_ON, OUTCOME_TYPE.NAME).from(OUTCOME)
                .join(OUTCOME_MEASURE).on(OUTCOME_MEASURE.OUTCOME_ID.eq(OUTCOME.ID))
                .join(OUTCOME_TYPE).on(OUTCOME_TYPE.ID.eq(OUTCOME_MEASURE.TYPE_ID))
                .where(counted).orderBy(OUTCOME.DECIDED_ON, OUTCOME.ID, OUTCOME_TYPE.SEVERITY)
                .forEach(r -> add.accept(r.value1(), new String[] {"OUTCOME", r.value3() + "（" + r.value2() + "）"}));
        dsl().select(COMMENDATION.MEMBER_ID, COMMENDATION.AWARDING_ORG, COMMENDATION.REASON, COMMENDATION.AWARDED_ON)
                .from(COMMENDATION).where(COMMENDATION.AWARDED_ON.between(from, to))
                .orderBy(COMMENDATION.AWARDED_ON, COMMENDATION.ID)
                .forEach(r -> add.accept(r.value1(), new String[] {"COMMENDATION",
                        r.value2() + "：" + r.value3() + "（" + r.value4() + "）"}));
        dsl().select(CLARIFICATION.MEMBER_ID, CLARIFICATION.CLARIFIED_ON, CLARIFICATION.CLARIFY_SCOPE).from(CLARIFICATION)
                .where(CLARIFICATION.CLARIFIED_ON.between(from, to)).orderBy(CLARIFICATION.CLARIFIED_ON, CLARIFICATION.ID)
                .forEach(r -> add.accept(r.value1(), new String[] {"CLARIFICATION", r.value3() + "（" + r.value2() + "）"}));
        return items;
    }
}
