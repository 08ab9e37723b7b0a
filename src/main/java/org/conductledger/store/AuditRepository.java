package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.AUDIT_ENTRY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.AuditFilter;
import org.conductledger.store.jooq.tables.records.AuditEntryRecord;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit chain's rows. Only appends; there is deliberately no update and no delete here. */
public final class AuditRepository {

    private final Database database;

    public AuditRepository(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    /** For services that record an entry around a read (an export is audited). */
    public Transactions database() {
        return database;
    }

    public Optional<AuditEntry> last() {
        return dsl().selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ.desc()).limit(1).fetchOptional(AuditRepository::toModel);
    }

    /** The newest successful entry about one record (who saved it last, for "已被他人修改"). */
    public Optional<AuditEntry> lastAbout(String objectType, String objectId) {
        return dsl().selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.OBJECT_TYPE.eq(objectType).and(AUDIT_ENTRY.OBJECT_ID.eq(objectId)))
                .orderBy(AUDIT_ENTRY.SEQ.desc()).limit(1).fetchOptional(AuditRepository::toModel);
    }

    public Optional<AuditEntry> bySeq(long seq) {
        return dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(seq)).fetchOptional(AuditRepository::toModel);
    }

    public void append(AuditEntry e) {
        dsl().insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.SEQ, e.seq())
                .set(AUDIT_ENTRY.OCCURRED_AT, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
                .set(AUDIT_ENTRY.USER_ID, e.userId())
                .set(AUDIT_ENTRY.USERNAME, e.username())
                .set(AUDIT_ENTRY.ORG_ID, e.orgId())
                .set(AUDIT_ENTRY.ACTION, e.action())
                .set(AUDIT_ENTRY.OBJECT_TYPE, e.objectType())
                .set(AUDIT_ENTRY.OBJECT_ID, e.objectId())
                .set(AUDIT_ENTRY.SUMMARY, e.summary())
                .set(AUDIT_ENTRY.RESULT, e.result())
                .set(AUDIT_ENTRY.HOST, e.host())
                .set(AUDIT_ENTRY.PREV_HASH, e.prevHash())
                .set(AUDIT_ENTRY.HASH, e.hash())
                .execute();
    }

    /** Appends many entries (already chained, in order) as JDBC batches: the bulk paths' one round trip per batch. */
    public void appendAll(java.util.List<AuditEntry> entries) {
        new BulkInsert<AuditEntry>(AUDIT_ENTRY, false, (p, e) -> p.number(e.seq())
                .instant(e.occurredAt()).number(e.userId()).text(e.username()).number(e.orgId()).text(e.action())
                .text(e.objectType()).text(e.objectId()).text(e.summary()).text(e.result()).text(e.host()).text(e.prevHash())
                .text(e.hash()), AUDIT_ENTRY.SEQ, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.USER_ID, AUDIT_ENTRY.USERNAME,
                AUDIT_ENTRY.ORG_ID, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.OBJECT_TYPE, AUDIT_ENTRY.OBJECT_ID, AUDIT_ENTRY.SUMMARY,
                AUDIT_ENTRY.RESULT, AUDIT_ENTRY.HOST, AUDIT_ENTRY.PREV_HASH, AUDIT_ENTRY.HASH).run(database, entries);
    }

    /** Streams every entry in chain order (id order is irrelevant: the chain is by seq). */
    public void forEachInOrder(Consumer<AuditEntry> consumer) {
        try (Cursor<AuditEntryRecord> cursor = dsl().selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ).fetchLazy()) {
            for (AuditEntryRecord r : cursor) {
                consumer.accept(toModel(r));
            }
        }
    }

    public List<AuditEntry> find(AuditFilter f) {
        Condition where = DSL.noCondition();
        if (f.username() != null && !f.username().isBlank()) {
            where = where.and(AUDIT_ENTRY.USERNAME.containsIgnoreCase(f.username().strip()));
        }
        if (f.action() != null) {
            where = where.and(AUDIT_ENTRY.ACTION.eq(f.action().name()));
        }
        if (f.objectType() != null && !f.objectType().isBlank()) {
            where = where.and(AUDIT_ENTRY.OBJECT_TYPE.eq(f.objectType()));
        }
        if (f.from() != null) {
            where = where.and(AUDIT_ENTRY.OCCURRED_AT.ge(OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC)));
        }
        if (f.to() != null) {
            where = where.and(AUDIT_ENTRY.OCCURRED_AT.lt(OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC)));
        }
        return dsl().selectFrom(AUDIT_ENTRY).where(where).orderBy(AUDIT_ENTRY.SEQ.desc()).limit(f.limit())
                .fetch(AuditRepository::toModel);
    }

    private static AuditEntry toModel(AuditEntryRecord r) {
        return new AuditEntry(r.getSeq(), r.getOccurredAt().toInstant(), r.getUserId(), r.getUsername(), r.getOrgId(),
                r.getAction(), r.getObjectType(), r.getObjectId(), r.getSummary(), r.getResult(), r.getHost(), r.getPrevHash(),
                r.getHash());
    }
}
