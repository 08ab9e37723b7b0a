package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.ORGANISATION;

/** Writes a row the way an older version of the program would have (tests of upgrades). */
public final class RawInsert {

    private RawInsert() {
    }

    public static void organisation(Database db, String name, String code) {
        long id = db.dsl().insertInto(ORGANISATION).set(ORGANISATION.CODE, code).set(ORGANISATION.NAME, name)
                .set(ORGANISATION.ORG_TYPE, "PARTY_COMMITTEE").set(ORGANISATION.PATH, "/")
                .returningResult(ORGANISATION.ID).fetchOne(r -> r.value1());
        db.dsl().update(ORGANISATION).set(ORGANISATION.PATH, "/" + id + "/").where(ORGANISATION.ID.eq(id)).execute();
    }
}
