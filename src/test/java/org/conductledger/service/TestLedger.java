package org.conductledger.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.CadreRank;
import org.conductledger.model.IdNumber;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberForm;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.model.TestClock;
import org.conductledger.model.TestIds;
import org.conductledger.model.UserForm;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.Pbkdf2;
import org.conductledger.store.TestServers;

/**
 * A real, encrypted ledger in a temporary directory, initialised like a first start (root organisation
 * 测试党委, administrator "admin" with the organisation-department role), wired like the application,
 * with a fixed clock and a fast key derivation.
 */
public final class TestLedger implements AutoCloseable {

    public static final Pbkdf2 FAST = new Pbkdf2(1_000);
    public static final String PASSWORD = "Secret#2026";
    public static final String HOST = "test-pc";

    public final DatabaseLocation location;
    public final AuthService auth;
    public final Services services;
    private final java.util.List<Services> others = new java.util.ArrayList<>();
    private boolean keep;

    private TestLedger(DatabaseLocation location, AuthService auth, Services services) {
        this.location = location;
        this.auth = auth;
        this.services = services;
    }

    /** A new ledger: an H2 file in {@code directory}, or a fresh database on the PostgreSQL run's server. */
    public static TestLedger open(Path directory) {
        DatabaseLocation location = TestServers.onServer() ? TestServers.freshDatabase(directory)
                : DatabaseLocation.of(directory.resolve("ledger"));
        AuthService auth = new AuthService(TestClock.CLOCK, FAST, HOST);
        LoginResult admin = auth.initialise(location, new OrganisationForm("测试党委", "ROOT", OrgType.PARTY_COMMITTEE, null, null),
                "admin", "管理员", EnumSet.of(Role.ORG_DEPARTMENT), PASSWORD.toCharArray(), PASSWORD.toCharArray());
        return new TestLedger(location, auth, wire(admin));
    }

    /** A new ledger in an embedded H2 file in {@code directory}, whichever run this is (e.g. the source of migrate-to). */
    public static TestLedger openEmbedded(Path directory) {
        return initialise(DatabaseLocation.of(directory.resolve("ledger")));
    }

    private static TestLedger initialise(DatabaseLocation location) {
        AuthService auth = new AuthService(TestClock.CLOCK, FAST, HOST);
        LoginResult admin = auth.initialise(location, new OrganisationForm("测试党委", "ROOT", OrgType.PARTY_COMMITTEE, null, null),
                "admin", "管理员", EnumSet.of(Role.ORG_DEPARTMENT), PASSWORD.toCharArray(), PASSWORD.toCharArray());
        return new TestLedger(location, auth, wire(admin));
    }

    /** Logs in as the administrator to the ledger at {@code location} (not dropped on close). */
    public static TestLedger login(DatabaseLocation location) {
        AuthService auth = new AuthService(TestClock.CLOCK, FAST, HOST);
        TestLedger ledger = new TestLedger(location, auth, wire(auth.login(location, "admin", PASSWORD.toCharArray())));
        ledger.keep = true;
        return ledger;
    }

    /** Logs in again as the administrator on a ledger made by {@link #open} (e.g. after a CLI command). */
    public static TestLedger reopen(Path directory) {
        DatabaseLocation location = TestServers.reopen(directory).orElseGet(() -> DatabaseLocation.of(directory.resolve("ledger")));
        AuthService auth = new AuthService(TestClock.CLOCK, FAST, HOST);
        return new TestLedger(location, auth, wire(auth.login(location, "admin", PASSWORD.toCharArray())));
    }

    static Services wire(LoginResult result) {
        return Services.wire(result.ledger(), result.session(), TestClock.CLOCK, FAST, HOST);
    }

    /** The organisation created at initialisation. */
    public Organisation root() {
        return services.organisations().all().get(0);
    }

    /** A new organisation under {@code parent} (null: under the root). */
    public Organisation org(Organisation parent, String name, String code, OrgType type) {
        return services.organisations().create(parent == null ? root().id() : parent.id(),
                new OrganisationForm(name, code, type, LocalDate.of(2010, 1, 1), null));
    }

    /** Creates a user bound to {@code org} with {@code roles} and logs in as them (closed with this ledger). */
    public Services loginAs(String username, Organisation org, Set<Role> roles) {
        services.users().create(new UserForm(username, username, org.id(), roles, null), PASSWORD.toCharArray(),
                PASSWORD.toCharArray());
        Services other = wire(auth.login(location, username, PASSWORD.toCharArray()));
        others.add(other);
        return other;
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
        others.forEach(Services::close);
        services.close();
        if (location.isServer() && !keep) {
            TestServers.drop(location);
        }
    }
}
