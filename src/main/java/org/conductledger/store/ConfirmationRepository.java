package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.CONFIRMATION;
import static org.conductledger.store.jooq.Tables.CONFIRMATION_ROUND;
import static org.conductledger.store.jooq.Tables.ORGANISATION;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    public long open(long orgId, int year, LocalDate on) {
        return database.dsl().insertInto(CONFIRMATION_ROUND).set(CONFIRMATION_ROUND.ORG_ID, orgId)
                .set(CONFIRMATION_ROUND.ROUND_YEAR, year).set(CONFIRMATION_ROUND.OPENED_ON, on)
                .returningResult(CONFIRMATION_ROUND.ID).fetchOne(r -> r.value1());
    }

    public void close(long roundId, LocalDate on) {
        database.dsl().update(CONFIRMATION_ROUND).set(CONFIRMATION_ROUND.CLOSED_ON, on)
                .where(CONFIRMATION_ROUND.ID.eq(roundId)).execute();
    }

    /** Member id → date confirmed. */
    public Map<Long, LocalDate> confirmations(long roundId) {
        return database.dsl().selectFrom(CONFIRMATION).where(CONFIRMATION.ROUND_ID.eq(roundId)).fetch().stream()
                .collect(Collectors.toMap(c -> c.getMemberId(), c -> c.getConfirmedOn()));
    }

    public boolean confirm(long roundId, long memberId, LocalDate on, Long userId) {
        if (database.dsl().fetchExists(CONFIRMATION, CONFIRMATION.ROUND_ID.eq(roundId).and(CONFIRMATION.MEMBER_ID.eq(memberId)))) {
            return false;
        }
        database.dsl().insertInto(CONFIRMATION).set(CONFIRMATION.ROUND_ID, roundId).set(CONFIRMATION.MEMBER_ID, memberId)
                .set(CONFIRMATION.CONFIRMED_ON, on).set(CONFIRMATION.USER_ID, userId).execute();
        return true;
    }
}
