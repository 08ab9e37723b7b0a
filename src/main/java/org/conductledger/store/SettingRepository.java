package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.APP_SETTING;

import java.util.Optional;

/** Named settings kept in the ledger itself (shared by all its users). */
public final class SettingRepository {

    private final Database database;

    public SettingRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String name) {
        return database.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name))
                .fetchOptional(r -> r.value1());
    }

    public void put(String name, String value) {
        int updated = database.dsl().update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, value).where(APP_SETTING.NAME.eq(name)).execute();
        if (updated == 0) {
            database.dsl().insertInto(APP_SETTING).set(APP_SETTING.NAME, name).set(APP_SETTING.SETTING_VALUE, value).execute();
        }
    }
}
