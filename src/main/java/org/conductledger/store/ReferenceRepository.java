package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.GROUP_CATEGORY;
import static org.conductledger.store.jooq.Tables.PLATFORM;
import static org.conductledger.store.jooq.Tables.REGISTER_RECORD;

import java.util.List;
import java.util.Optional;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.Platform;

/** Platforms and group categories: shared by every organisation, never deleted once referenced. */
public final class ReferenceRepository {

    private final Database database;

    public ReferenceRepository(Database database) {
        this.database = database;
    }

    public List<Platform> platforms() {
        return database.dsl().selectFrom(PLATFORM).orderBy(PLATFORM.SORT_ORDER, PLATFORM.ID)
                .fetch(p -> new Platform(p.getId(), p.getCode(), p.getName(), p.getOverseasDefault(), p.getSortOrder(),
                        p.getRetired()));
    }

    public Optional<Platform> platform(long id) {
        return platforms().stream().filter(p -> p.id() == id).findFirst();
    }

    public List<GroupCategory> groupCategories() {
        return database.dsl().selectFrom(GROUP_CATEGORY).orderBy(GROUP_CATEGORY.SORT_ORDER, GROUP_CATEGORY.ID)
                .fetch(c -> new GroupCategory(c.getId(), c.getCode(), c.getName(), c.getSortOrder(), c.getRetired()));
    }

    public List<org.conductledger.model.ViolationCategory> violationCategories() {
        return database.dsl().selectFrom(org.conductledger.store.jooq.Tables.VIOLATION_CATEGORY)
                .orderBy(org.conductledger.store.jooq.Tables.VIOLATION_CATEGORY.SORT_ORDER)
                .fetch(v -> new org.conductledger.model.ViolationCategory(v.getId(), v.getCode(), v.getName(),
                        org.conductledger.model.Regulation.valueOf(v.getRegulation()), v.getArticle(), v.getSortOrder(),
                        v.getRetired()));
    }

    public boolean violationCodeTaken(String code) {
        return database.dsl().fetchExists(org.conductledger.store.jooq.Tables.VIOLATION_CATEGORY,
                org.conductledger.store.jooq.Tables.VIOLATION_CATEGORY.CODE.eq(code));
    }

    public long addViolationCategory(String code, String name, org.conductledger.model.Regulation regulation, String article) {
        var v = org.conductledger.store.jooq.Tables.VIOLATION_CATEGORY;
        Integer last = database.dsl().select(org.jooq.impl.DSL.max(v.SORT_ORDER)).from(v)
                .where(v.CODE.ne("OTHER")).fetchOne().value1();
        return database.dsl().insertInto(v).set(v.CODE, code).set(v.NAME, name).set(v.REGULATION, regulation.name())
                .set(v.ARTICLE, article).set(v.SORT_ORDER, last == null ? 10 : last + 1)
                .returningResult(v.ID).fetchOne(r -> r.value1());
    }

    public void setViolationRetired(long id, boolean retired) {
        var v = org.conductledger.store.jooq.Tables.VIOLATION_CATEGORY;
        database.dsl().update(v).set(v.RETIRED, retired).where(v.ID.eq(id)).execute();
    }

    public boolean platformCodeTaken(String code) {
        return database.dsl().fetchExists(PLATFORM, PLATFORM.CODE.eq(code));
    }

    public long addPlatform(String code, String name, boolean overseasDefault) {
        Integer last = database.dsl().select(org.jooq.impl.DSL.max(PLATFORM.SORT_ORDER)).from(PLATFORM).fetchOne().value1();
        return database.dsl().insertInto(PLATFORM).set(PLATFORM.CODE, code).set(PLATFORM.NAME, name)
                .set(PLATFORM.OVERSEAS_DEFAULT, overseasDefault).set(PLATFORM.SORT_ORDER, last == null ? 10 : last + 10)
                .returningResult(PLATFORM.ID).fetchOne(r -> r.value1());
    }

    public void setPlatformRetired(long id, boolean retired) {
        database.dsl().update(PLATFORM).set(PLATFORM.RETIRED, retired).where(PLATFORM.ID.eq(id)).execute();
    }

    public boolean categoryCodeTaken(String code) {
        return database.dsl().fetchExists(GROUP_CATEGORY, GROUP_CATEGORY.CODE.eq(code));
    }

    public long addCategory(String code, String name) {
        Integer last = database.dsl().select(org.jooq.impl.DSL.max(GROUP_CATEGORY.SORT_ORDER)).from(GROUP_CATEGORY).fetchOne().value1();
        return database.dsl().insertInto(GROUP_CATEGORY).set(GROUP_CATEGORY.CODE, code).set(GROUP_CATEGORY.NAME, name)
                .set(GROUP_CATEGORY.SORT_ORDER, last == null ? 10 : last + 10)
                .returningResult(GROUP_CATEGORY.ID).fetchOne(r -> r.value1());
    }

    public void setCategoryRetired(long id, boolean retired) {
        database.dsl().update(GROUP_CATEGORY).set(GROUP_CATEGORY.RETIRED, retired).where(GROUP_CATEGORY.ID.eq(id)).execute();
    }

    public boolean platformInUse(long id) {
        return database.dsl().fetchExists(REGISTER_RECORD, REGISTER_RECORD.PLATFORM_ID.eq(id));
    }
}
