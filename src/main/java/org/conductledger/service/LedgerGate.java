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

    public String fileName() {
        return location.describe();
    }

    /** True for a ledger on a PostgreSQL server (its first run tells a different story about encryption). */
    public boolean isServer() {
        return location.isServer();
    }
}
