package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.CASE_FILE;
import static org.conductledger.store.jooq.Tables.CASE_SUBJECT;
import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.conductledger.store.jooq.Tables.PLATFORM;
import static org.conductledger.store.jooq.Tables.REGISTER_RECORD;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseStage;
import org.conductledger.model.IdNumber;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.SearchHit;
import org.conductledger.model.SearchKind;
import org.conductledger.model.SearchQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The global search: one query per kind, each confined to the subtree {@code scopePath} like the other
 * repositories, each returning at most {@code limit + 1} rows (the extra one only says "there is more").
 * Full ID numbers never leave this class (hits carry the masked form), and a case's reporter columns are
 * never read, let alone matched.
 */
public final class SearchRepository {

    private final Database database;
    private final String scopePath;

    public SearchRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    /**
     * The record's organisation lies in scope. As a subquery rather than a filter on the joined organisation:
     * H2 then scans the table once instead of fetching every row of the subtree through the org_id index
     * (5× faster at 100,000 members, bench/SearchBench.java).
     */
    private Condition inScope(Field<Long> orgId) {
        return orgId.in(DSL.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.PATH.like(scopePath + "%")));
    }

    /** Members by name (anywhere, ignoring case) or ID number (as {@link SearchQuery} allows); exact names first. */
    public List<SearchHit> members(SearchQuery query, int limit) {
        if (!query.searches(SearchKind.MEMBER)) {
            return List.of();
        }
        Condition match = DSL.falseCondition();
        if (!query.text().isEmpty()) {
            match = match.or(MEMBER.NAME.containsIgnoreCase(query.text()));
        }
        if (query.fullIdNumber() != null) {
            match = match.or(MEMBER.ID_NUMBER.eq(query.fullIdNumber()));
        }
        if (query.idStart() != null) {
            Condition start = MEMBER.ID_NUMBER.startsWith(query.idStart());
            Condition end = MEMBER.ID_NUMBER.endsWith(query.idEnd());
            match = match.or(query.idBothEnds() ? start.and(end) : start.or(end));
        }
        Field<Integer> rank = DSL.when(MEMBER.NAME.eq(query.text()), 0)
                .when(MEMBER.NAME.startsWith(query.text()), 1).otherwise(2).as("search_rank");
        Field<Integer> former = DSL.when(MEMBER.CURRENT_ID_NUMBER.isNull(), 1).otherwise(0).as("search_former");
        // The best limit + 1 first, then their organisations' names: the join costs 21 lookups, not one per match.
        var found = DSL.select(MEMBER.ID, MEMBER.NAME, MEMBER.ID_NUMBER, MEMBER.STATUS, MEMBER.ORG_ID, rank, former)
                .from(MEMBER)
                .where(inScope(MEMBER.ORG_ID).and(match))
                .orderBy(rank, former, MEMBER.NAME, MEMBER.ID)
                .limit(limit + 1)
                .asTable("found");
        var id = found.field(MEMBER.ID);
        var name = found.field(MEMBER.NAME);
        return dsl().select(id, name, found.field(MEMBER.ID_NUMBER), found.field(MEMBER.STATUS), ORGANISATION.NAME)
                .from(found).join(ORGANISATION).on(ORGANISATION.ID.eq(found.field(MEMBER.ORG_ID)))
                .orderBy(found.field(rank), found.field(former), name, id)
                .fetch(r -> {
                    MemberStatus status = MemberStatus.valueOf(r.value4());
                    return new SearchHit(SearchKind.MEMBER, r.value1(), r.value2(), List.of(IdNumber.mask(r.value3())),
                            status == MemberStatus.NORMAL ? null : status, r.value5(), false);
                });
    }

    /**
     * Register records of one kind (newest versions only) by account ID / group number, name, and for filings
     * the filing number, anywhere and ignoring case; an exact identifier or filing number first.
     */
    public List<SearchHit> registers(SearchKind kind, SearchQuery query, int limit) {
        if (query.text().isEmpty()) {
            return List.of();
        }
        String text = query.text();
        Condition match = REGISTER_RECORD.IDENTIFIER.containsIgnoreCase(text).or(REGISTER_RECORD.NAME.containsIgnoreCase(text));
        Field<Integer> rank = DSL.when(DSL.lower(REGISTER_RECORD.IDENTIFIER).eq(DSL.lower(DSL.val(text))), 0).otherwise(1);
        if (kind == SearchKind.FILING) {
            match = match.or(REGISTER_RECORD.FILING_NO.containsIgnoreCase(text));
            rank = DSL.when(DSL.lower(REGISTER_RECORD.FILING_NO).eq(DSL.lower(DSL.val(text))), 0)
                    .when(DSL.lower(REGISTER_RECORD.IDENTIFIER).eq(DSL.lower(DSL.val(text))), 0).otherwise(1);
        }
        rank = rank.as("search_rank");
        var found = DSL.select(REGISTER_RECORD.ID, REGISTER_RECORD.NAME, REGISTER_RECORD.IDENTIFIER, REGISTER_RECORD.FILING_NO,
                        REGISTER_RECORD.STATUS, REGISTER_RECORD.PLATFORM_ID, REGISTER_RECORD.MEMBER_ID, REGISTER_RECORD.ORG_ID,
                        REGISTER_RECORD.OPENED_ON, rank)
                .from(REGISTER_RECORD)
                .where(inScope(REGISTER_RECORD.ORG_ID).and(REGISTER_RECORD.KIND.eq(kind.registerKind().name()))
                        .and(REGISTER_RECORD.LATEST.isTrue()).and(match))
                .orderBy(rank, REGISTER_RECORD.OPENED_ON.desc(), REGISTER_RECORD.ID.desc())
                .limit(limit + 1)
                .asTable("found");
        return dsl().select(found.field(REGISTER_RECORD.ID), found.field(REGISTER_RECORD.NAME),
                        found.field(REGISTER_RECORD.IDENTIFIER), found.field(REGISTER_RECORD.FILING_NO),
                        found.field(REGISTER_RECORD.STATUS), PLATFORM.NAME, MEMBER.NAME, ORGANISATION.NAME)
                .from(found)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(found.field(REGISTER_RECORD.ORG_ID)))
                .join(MEMBER).on(MEMBER.ID.eq(found.field(REGISTER_RECORD.MEMBER_ID)))
                .join(PLATFORM).on(PLATFORM.ID.eq(found.field(REGISTER_RECORD.PLATFORM_ID)))
                .orderBy(found.field(rank), found.field(REGISTER_RECORD.OPENED_ON).desc(), found.field(REGISTER_RECORD.ID).desc())
                .fetch(r -> {
                    boolean filing = kind == SearchKind.FILING && r.value4() != null;
                    List<String> details = new ArrayList<>();
                    if (filing) {
                        details.add(r.value2());
                    }
                    details.add(r.value6() + " " + r.value3());
                    details.add(r.value7());
                    return new SearchHit(kind, r.value1(), filing ? r.value4() : r.value2(), details,
                            RegisterStatus.valueOf(r.value5()), r.value8(), false);
                });
    }

    /** The case numbered {@code query.caseNumber()}, if in scope, with its subjects (one query; reporter unread). */
    public List<SearchHit.CaseMatch> cases(SearchQuery query) {
        if (query.caseNumber() == null) {
            return List.of();
        }
        var subjectOrg = ORGANISATION.as("subject_org");
        Map<Long, SearchHit.CaseMatch> found = new LinkedHashMap<>();
        Map<Long, List<CaseFile.Subject>> subjects = new LinkedHashMap<>();
        dsl().select(CASE_FILE.ID, ORGANISATION.NAME, CASE_FILE.STAGE, CASE_FILE.RECEIVED_ON, MEMBER.ID, MEMBER.NAME,
                        subjectOrg.NAME)
                .from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.ORG_ID))
                .leftJoin(CASE_SUBJECT).on(CASE_SUBJECT.CASE_ID.eq(CASE_FILE.ID))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(CASE_SUBJECT.MEMBER_ID))
                .leftJoin(subjectOrg).on(subjectOrg.ID.eq(MEMBER.ORG_ID))
                .where(CASE_FILE.ID.eq(query.caseNumber()).and(inScope(CASE_FILE.ORG_ID)))
                .orderBy(CASE_FILE.ID, MEMBER.ID)
                .forEach(r -> {
                    found.computeIfAbsent(r.value1(), id -> new SearchHit.CaseMatch(id, r.value2(),
                            CaseStage.valueOf(r.value3()), r.value4(), List.of()));
                    List<CaseFile.Subject> list = subjects.computeIfAbsent(r.value1(), id -> new ArrayList<>());
                    if (r.value5() != null) {
                        list.add(new CaseFile.Subject(r.value5(), r.value6(), r.value7()));
                    }
                });
        return found.values().stream().map(c -> new SearchHit.CaseMatch(c.id(), c.orgName(), c.stage(), c.receivedOn(),
                subjects.get(c.id()))).toList();
    }
}
