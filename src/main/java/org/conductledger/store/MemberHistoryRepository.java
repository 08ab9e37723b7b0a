package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.MEMBER_STATUS_CHANGE;
import static org.conductledger.store.jooq.Tables.MEMBER_TRANSFER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.conductledger.model.MemberHistoryEntry;
import org.conductledger.model.MemberHistoryEntry.Kind;
import org.conductledger.model.MemberStatus;
import org.conductledger.store.jooq.tables.Organisation;
import org.jooq.DSLContext;

/** The append-only history of transfers and status changes. */
public final class MemberHistoryRepository {

    private final Database database;

    public MemberHistoryRepository(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public void recordTransfer(long memberId, long fromOrgId, long toOrgId, LocalDate date, String reason) {
        dsl().insertInto(MEMBER_TRANSFER)
                .set(MEMBER_TRANSFER.MEMBER_ID, memberId)
                .set(MEMBER_TRANSFER.FROM_ORG_ID, fromOrgId)
                .set(MEMBER_TRANSFER.TO_ORG_ID, toOrgId)
                .set(MEMBER_TRANSFER.TRANSFERRED_ON, date)
                .set(MEMBER_TRANSFER.REASON, reason)
                .execute();
    }

    public void recordStatusChange(long memberId, MemberStatus from, MemberStatus to, LocalDate date, String reason) {
        dsl().insertInto(MEMBER_STATUS_CHANGE)
                .set(MEMBER_STATUS_CHANGE.MEMBER_ID, memberId)
                .set(MEMBER_STATUS_CHANGE.FROM_STATUS, from.name())
                .set(MEMBER_STATUS_CHANGE.TO_STATUS, to.name())
                .set(MEMBER_STATUS_CHANGE.CHANGED_ON, date)
                .set(MEMBER_STATUS_CHANGE.REASON, reason)
                .execute();
    }

    /** Transfers (with organisation names) and status changes (with status codes), oldest first. */
    public List<MemberHistoryEntry> history(long memberId) {
        Organisation from = ORGANISATION.as("from_org");
        Organisation to = ORGANISATION.as("to_org");
        List<MemberHistoryEntry> entries = new ArrayList<>(dsl()
                .select(MEMBER_TRANSFER.TRANSFERRED_ON, from.NAME, to.NAME, MEMBER_TRANSFER.REASON, MEMBER_TRANSFER.ID)
                .from(MEMBER_TRANSFER)
                .join(from).on(from.ID.eq(MEMBER_TRANSFER.FROM_ORG_ID))
                .join(to).on(to.ID.eq(MEMBER_TRANSFER.TO_ORG_ID))
                .where(MEMBER_TRANSFER.MEMBER_ID.eq(memberId))
                .orderBy(MEMBER_TRANSFER.ID)
                .fetch(r -> new MemberHistoryEntry(Kind.TRANSFER, r.value1(), r.value2(), r.value3(), r.value4())));
        entries.addAll(dsl()
                .selectFrom(MEMBER_STATUS_CHANGE)
                .where(MEMBER_STATUS_CHANGE.MEMBER_ID.eq(memberId))
                .orderBy(MEMBER_STATUS_CHANGE.ID)
                .fetch(r -> new MemberHistoryEntry(Kind.STATUS_CHANGE, r.getChangedOn(), r.getFromStatus(),
                        r.getToStatus(), r.getReason())));
        entries.sort(Comparator.comparing(MemberHistoryEntry::date));
        return entries;
    }
}
