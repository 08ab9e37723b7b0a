package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.conductledger.store.jooq.Tables.PRINT_LOG;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.conductledger.model.PrintAction;
import org.conductledger.model.PrintJob;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.store.jooq.tables.Organisation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The print log: appended, never updated or deleted; read back only for entries made by users whose
 * organisation lies in the subtree {@code scopePath}.
 */
public final class PrintLogRepository {

    private static final int IDS_MAX = 4000;

    private final Database database;
    private final String scopePath;

    public PrintLogRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public long append(PrintJob job, long userId, String username, long orgId, Instant when) {
        return dsl().insertInto(PRINT_LOG)
                .set(PRINT_LOG.OCCURRED_AT, OffsetDateTime.ofInstant(when, ZoneOffset.UTC))
                .set(PRINT_LOG.USER_ID, userId)
                .set(PRINT_LOG.USERNAME, username)
                .set(PRINT_LOG.ORG_ID, orgId)
                .set(PRINT_LOG.ACTION, job.action().name())
                .set(PRINT_LOG.DOCUMENT, job.document())
                .set(PRINT_LOG.FORMAT, job.format())
                .set(PRINT_LOG.SUBJECT_ORG_ID, job.subjectOrgId())
                .set(PRINT_LOG.RECORD_IDS, job.recordIdsText(IDS_MAX))
                .set(PRINT_LOG.RECORD_COUNT, job.recordCount())
                .set(PRINT_LOG.SUMMARY, cut(job.summary(), 1000))
                .returningResult(PRINT_LOG.ID).fetchOne(r -> r.value1());
    }

    /** Entries from {@code from} to {@code to} (inclusive, local dates; null: open), newest first. */
    public List<PrintLogEntry> find(LocalDate from, LocalDate to, ZoneId zone, int limit) {
        Organisation subject = ORGANISATION.as("subject");
        Condition where = ORGANISATION.PATH.like(scopePath + "%");
        if (from != null) {
            where = where.and(PRINT_LOG.OCCURRED_AT.ge(from.atStartOfDay(zone).toOffsetDateTime()));
        }
        if (to != null) {
            where = where.and(PRINT_LOG.OCCURRED_AT.lt(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        return dsl().select(PRINT_LOG.fields()).select(ORGANISATION.NAME, subject.NAME).from(PRINT_LOG)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PRINT_LOG.ORG_ID))
                .leftJoin(subject).on(subject.ID.eq(PRINT_LOG.SUBJECT_ORG_ID))
                .where(where).orderBy(PRINT_LOG.ID.desc()).limit(limit)
                .fetch(r -> new PrintLogEntry(r.get(PRINT_LOG.ID), r.get(PRINT_LOG.OCCURRED_AT).toInstant(),
                        r.get(PRINT_LOG.USERNAME), r.get(PRINT_LOG.ORG_ID), r.get(ORGANISATION.NAME),
                        PrintAction.valueOf(r.get(PRINT_LOG.ACTION)), r.get(PRINT_LOG.DOCUMENT), r.get(PRINT_LOG.FORMAT),
                        r.get(PRINT_LOG.SUBJECT_ORG_ID), r.get(subject.NAME), r.get(PRINT_LOG.RECORD_IDS),
                        r.get(PRINT_LOG.RECORD_COUNT), r.get(PRINT_LOG.SUMMARY)));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
