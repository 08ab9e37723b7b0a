package org.conductledger.app;

import java.time.Clock;
import java.util.Set;
import org.conductledger.cli.LedgerAccess;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.service.AuthService;
import org.conductledger.service.LoginResult;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.Pbkdf2;

/** Opens ledgers for the command line: login or initialise, then wire the services for that user. */
public final class AppLedgerAccess implements LedgerAccess {

    private final AuthService auth;
    private final Clock clock;
    private final Pbkdf2 kdf;
    private final String host;

    public AppLedgerAccess(AuthService auth, Clock clock, Pbkdf2 kdf, String host) {
        this.auth = auth;
        this.clock = clock;
        this.kdf = kdf;
        this.host = host;
    }

    @Override
    public Services login(DatabaseLocation location, String username, char[] password, boolean allowPasswordChangeDue) {
        LoginResult result = auth.login(location, username, password);
        if (result.mustChangePassword() && !allowPasswordChangeDue) {
            result.ledger().close();
            throw new LedgerException("error.login.mustChangeCli");
        }
        return Services.wire(result.ledger(), result.session(), clock, kdf, host);
    }

    @Override
    public org.conductledger.service.RestoreResult restoreWithoutLogin(DatabaseLocation location, java.nio.file.Path backup,
                                                                       String username, char[] password) {
        return new org.conductledger.service.OfflineRestore(clock, host).restore(location, backup, username, password);
    }

    @Override
    public Services initialise(DatabaseLocation location, OrganisationForm root, String admin, String fullName,
                               Set<Role> extraRoles, char[] password) {
        LoginResult result = auth.initialise(location, root, admin, fullName, extraRoles, password, password);
        return Services.wire(result.ledger(), result.session(), clock, kdf, host);
    }

    /** This PC's name for audit entries (等保: each record names where it came from). */
    public static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return System.getenv().getOrDefault("COMPUTERNAME", System.getenv().getOrDefault("HOSTNAME", "unknown"));
        }
    }

    /** Production PBKDF2 work factor; {@code conductledger.kdf.iterations} lowers it for tests only. */
    public static Pbkdf2 kdf() {
        return new Pbkdf2(Integer.getInteger("conductledger.kdf.iterations", Pbkdf2.PRODUCTION_ITERATIONS));
    }
}
