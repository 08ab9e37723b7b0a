package org.conductledger.service;

import java.nio.file.Path;
import java.time.LocalDate;
import org.conductledger.app.Services;
import org.conductledger.model.CadreRank;
import org.conductledger.model.IdNumber;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberForm;
import org.conductledger.model.TestClock;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.TestIds;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseLocation;

/** A real H2 file database in a temporary directory, wired like the application, with a fixed clock. */
public final class TestLedger implements AutoCloseable {

    public final Services services;

    private TestLedger(Services services) {
        this.services = services;
    }

    public static TestLedger open(Path directory) {
        return new TestLedger(Services.wire(Database.open(DatabaseLocation.of(directory.resolve("ledger"))),
                TestClock.CLOCK));
    }

    public Organisation org(Organisation parent, String name, String code, OrgType type) {
        return services.organisations().create(parent == null ? null : parent.id(),
                new OrganisationForm(name, code, type, LocalDate.of(2010, 1, 1), null));
    }

    public static MemberForm member(String name, String idNumber, long orgId) {
        LocalDate birth = IdNumber.parseBirthDate(idNumber).orElseThrow();
        return new MemberForm(name, IdNumber.gender(idNumber), idNumber, "汉族", birth, MemberCategory.FULL,
                birth.plusYears(25), birth.plusYears(26), orgId, "某单位 科员", false, CadreRank.NONE, null, null);
    }

    public static String idBornIn(int year, int sequence) {
        return TestIds.id("320102", LocalDate.of(year, 3, 8), sequence);
    }

    @Override
    public void close() {
        services.close();
    }

}
