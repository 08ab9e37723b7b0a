package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.CONFIRMATION;
import static org.conductledger.store.jooq.Tables.CONFIRMATION_ROUND;
import static org.conductledger.store.jooq.Tables.ORGANISATION;

import java.time.LocalDate;
import java.util.Optional;
import org.conductledger.model.ConfirmationRound;

/** 年审 rounds and the members' confirmations; rounds are confined to organisations in scope. */
public final class ConfirmationRepository {

    private final Database database;
    private final String scopePath;

    public ConfirmationRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    public Optional<ConfirmationRound> find(long orgId, int year) {
        return database.dsl().select(CONFIRMATION_ROUND.fields()).from(CONFIRMATION_ROUND)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONFIRMATION_ROUND.ORG_ID))
                .where(CONFIRMATION_ROUND.ORG_ID.eq(orgId).and(CONFIRMATION_ROUND.ROUND_YEAR.eq(year))
                        .and(ORGANISATION.PATH.like(scopePath + "%")))
                .fetchOptional(r -> new ConfirmationRound(r.get(CONFIRMATION_ROUND.ID), r.get(CONFIRMATION_ROUND.ORG_ID),
                        r.get(CONFIRMATION_ROUND.ROUND_YEAR), r.get(CONFIRMATION_ROUND.OPENED_ON), r.get(CONFIRMATION_ROUND.CLOSED_ON)));
    }

    /** The rounds still open in scope, oldest year first. */
    public java.util.List<ConfirmationRound> openRounds() {
        return database.dsl().select(CONFIRMATION_ROUND.fields()).from(CONFIRMATION_ROUND)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONFIRMATION_ROUND.ORG_ID))
                .where(CONFIRMATION_ROUND.CLOSED_ON.isNull().and(ORGANISATION.PATH.like(scopePath + "%")))
                .orderBy(CONFIRMATION_ROUND.ROUND_YEAR, ORGANISATION.PATH)
                .fetch(r -> new ConfirmationRound(r.get(CONFIRMATION_ROUND.ID), r.get(CONFIRMATION_ROUND.ORG_ID),
                        r.get(CONFIRMATION_ROUND.ROUND_YEAR), r.get(CONFIRMATION_ROUND.OPENED_ON), r.get(CONFIRMATION_ROUND.CLOSED_ON)));
    }

    public long open(long orgId, int year, LocalDate on) {
        return database.dsl().insertInto(CONFIRMATION_ROUND).set(CONFIRMATION_ROUND.ORG_ID, orgId)
                .set(CONFIRMATION_ROUND.ROUND_YEAR, year).set(CONFIRMATION_ROUND.OPENED_ON, on)
                .returningResult(CONFIRMATION_ROUND.ID).fetchOne(r -> r.value1());
    }

    public void close(long roundId, LocalDate on) {
        database.dsl().update(CONFIRMATION_ROUND).set(CONFIRMATION_ROUND.CLOSED_ON, on)
                .where(CONFIRMATION_ROUND.ID.eq(roundId)).execute();
    }

    /** The rows kept for a round: who confirmed (and how many records), and — once closed — who did not. */
    public java.util.List<org.conductledger.model.RoundMember> stored(long roundId) {
        return database.dsl().select(CONFIRMATION.MEMBER_ID, org.conductledger.store.jooq.Tables.MEMBER.NAME, ORGANISATION.NAME,
                        CONFIRMATION.OPEN_RECORDS, CONFIRMATION.CONFIRMED_ON)
                .from(CONFIRMATION)
                .join(org.conductledger.store.jooq.Tables.MEMBER).on(org.conductledger.store.jooq.Tables.MEMBER.ID.eq(CONFIRMATION.MEMBER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(org.conductledger.store.jooq.Tables.MEMBER.ORG_ID))
                .where(CONFIRMATION.ROUND_ID.eq(roundId))
                .fetch(r -> new org.conductledger.model.RoundMember(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Records a confirmation (or, with {@code on} null, a member who never confirmed); false when a row exists. */
    public boolean confirm(long roundId, long memberId, LocalDate on, int openRecords, Long userId) {
        if (database.dsl().fetchExists(CONFIRMATION, CONFIRMATION.ROUND_ID.eq(roundId).and(CONFIRMATION.MEMBER_ID.eq(memberId)))) {
            return false;
        }
        database.dsl().insertInto(CONFIRMATION).set(CONFIRMATION.ROUND_ID, roundId).set(CONFIRMATION.MEMBER_ID, memberId)
                .set(CONFIRMATION.CONFIRMED_ON, on).set(CONFIRMATION.OPEN_RECORDS, openRecords)
                .set(CONFIRMATION.USER_ID, userId).execute();
        return true;
    }

    /** Every 年审 confirmation of one member: round year, organisation name, date. */
    public java.util.List<org.conductledger.model.Confirmation> ofMember(long memberId) {
        return database.dsl().select(CONFIRMATION_ROUND.ROUND_YEAR, ORGANISATION.NAME, CONFIRMATION.CONFIRMED_ON)
                .from(CONFIRMATION).join(CONFIRMATION_ROUND).on(CONFIRMATION_ROUND.ID.eq(CONFIRMATION.ROUND_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONFIRMATION_ROUND.ORG_ID))
                .where(CONFIRMATION.MEMBER_ID.eq(memberId).and(CONFIRMATION.CONFIRMED_ON.isNotNull())
                        .and(ORGANISATION.PATH.like(scopePath + "%")))
                .fetch(r -> new org.conductledger.model.Confirmation(r.value1(), r.value2(), r.value3()));
    }
}
