package org.conductledger.service;

import java.util.Set;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.store.DatabaseLocation;

/** The way into one ledger file, for screens shown before anyone is logged in. */
public final class LedgerGate {

    private final AuthService auth;
    private final DatabaseLocation location;

    public LedgerGate(AuthService auth, DatabaseLocation location) {
        this.auth = auth;
        this.location = location;
    }

    public boolean needsInitialisation() {
        return auth.needsInitialisation(location);
    }

    public LoginResult login(String username, char[] password) {
        return auth.login(location, username == null ? "" : username.strip(), password);
    }

    public LoginResult initialise(OrganisationForm root, String username, String fullName, Set<Role> extraRoles,
                                  char[] password, char[] repeat) {
        return auth.initialise(location, root, username == null ? null : username.strip(), fullName, extraRoles, password, repeat);
    }

    /**
     * Fills the ledger just initialised as {@code result} with the first-run demo (演示数据, issue 12): about 2,000
     * fictitious members and their records, in the background of the first-run screen; {@code progress} sees the
     * members written so far.
     */
    public org.conductledger.service.demo.DemoSummary fillWithDemoData(LoginResult result, org.conductledger.model.Progress progress) {
        return org.conductledger.service.demo.DemoDataService.of(result.ledger(), result.session(), auth.clock(), auth.host())
                .generate(org.conductledger.service.demo.DemoDataService.FIRST_RUN_MEMBERS, FIRST_RUN_SEED, progress);
    }

    /** The first-run demo's seed: every first-run demo is the same organisation. */
    static final long FIRST_RUN_SEED = 20_261_201L;

    public String fileName() {
        return location.describe();
    }

    /** True for a ledger on a PostgreSQL server (its first run tells a different story about encryption). */
    public boolean isServer() {
        return location.isServer();
    }
}
