package org.conductledger.service;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conductledger.model.AuditAction;
import org.conductledger.model.ChangeSummary;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.Organisation;
import org.conductledger.model.Problem;
import org.conductledger.model.Role;
import org.conductledger.model.Session;
import org.conductledger.model.UserAccount;
import org.conductledger.model.UserField;
import org.conductledger.model.UserForm;
import org.conductledger.model.UserRules;
import org.conductledger.model.ValidationException;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseKey;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.KeyFile;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.Pbkdf2;
import org.conductledger.store.UserRepository;

/**
 * First start and login. Initialising creates the database key, wraps it for the administrator, and
 * creates (or, for an older unencrypted file, encrypts) the database; logging in unwraps the key with
 * the user's password, opens the database and starts a {@link Session}.
 */
public final class AuthService {

    private static final String WHOLE_TREE = "/";

    private final Clock clock;
    private final Pbkdf2 kdf;
    private final String host;

    public AuthService(Clock clock, Pbkdf2 kdf, String host) {
        this.clock = clock;
        this.kdf = kdf;
        this.host = host;
    }

    /** The clock and the host name audit entries of this application carry (for services made before any Services). */
    public Clock clock() {
        return clock;
    }

    public String host() {
        return host;
    }

    /** True on first start: there is no key file beside the database yet (on a server: no user yet). */
    public boolean needsInitialisation(DatabaseLocation location) {
        if (location.isServer()) {
            try (Database database = Database.open(location)) {
                return new UserRepository(database, WHOLE_TREE).isEmptyAnywhere();
            }
        }
        return !KeyFile.exists(location);
    }

    /**
     * Creates the root organisation and the administrator (with SYSTEM_ADMIN and {@code extraRoles}).
     * An existing unencrypted database (from before encryption) keeps its data: it is encrypted in place
     * and the administrator is bound to its first root organisation.
     */
    public LoginResult initialise(DatabaseLocation location, OrganisationForm root, String username, String fullName,
                                  Set<Role> extraRoles, char[] password, char[] repeat) {
        if (!location.isServer() && KeyFile.exists(location)) {
            throw new LedgerException("error.init.alreadyInitialised", location.describe());
        }
        List<Problem> problems = new ArrayList<>(new OrganisationRules(clock).validate(root));
        Set<Role> roles = java.util.EnumSet.of(Role.SYSTEM_ADMIN);
        roles.addAll(extraRoles);
        problems.addAll(UserRules.validate(new UserForm(username, fullName, 0L, roles, null)));
        problems.addAll(UserRules.checkNewPassword(password, repeat));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        DatabaseKey key = DatabaseKey.random();
        if (location.isServer()) {
            return initialiseServer(location, root, username, fullName, roles, password, key);
        }
        boolean legacy = Files.isRegularFile(location.file());
        if (legacy) {
            Database.open(location, Database.OpenMode.MUST_EXIST, null).close();   // proves it is ours and unencrypted
            Database.encryptExisting(location, key);
        }
        // The key file is written before the database is created: a crash in between leaves a key file
        // and no database (start again), never an encrypted database that no key opens.
        KeyFile keyFile = KeyFile.create(location, clock);
        keyFile.wrapFor(username, password, key, kdf);
        keyFile.save();
        Database database = Database.open(location, legacy ? Database.OpenMode.MUST_EXIST : Database.OpenMode.CREATE_IF_MISSING, key);
        try {
            return firstSession(new OpenLedger(database, keyFile, key), root, username, fullName, roles, password);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A server is initialised like a file, except that no file is encrypted: the key only checks passwords
     * (each user's copy of it is wrapped under their password, as in a key file), kept in the server's
     * key store. The key store is written first: should the rest fail, the server still has no user and
     * can be initialised again.
     */
    private LoginResult initialiseServer(DatabaseLocation location, OrganisationForm root, String username, String fullName,
                                         Set<Role> roles, char[] password, DatabaseKey key) {
        Database database = Database.open(location);
        try {
            if (!new UserRepository(database, WHOLE_TREE).isEmptyAnywhere()) {
                throw new LedgerException("error.init.alreadyInitialised", location.describe());
            }
            KeyFile keyFile = KeyFile.onServer(database, clock);
            keyFile.wrapFor(username, password, key, kdf);
            keyFile.save();
            return firstSession(new OpenLedger(database, keyFile, key), root, username, fullName, roles, password);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private LoginResult firstSession(OpenLedger ledger, OrganisationForm root, String username, String fullName, Set<Role> roles,
                                     char[] password) {
        Session session = ledger.database().inTransaction(() -> createRootAndAdmin(ledger, root, username, fullName, roles, password));
        return new LoginResult(ledger, session, false);
    }

    private Session createRootAndAdmin(OpenLedger ledger, OrganisationForm rootForm, String username, String fullName,
                                       Set<Role> roles, char[] password) {
        Database database = ledger.database();
        OrganisationRepository organisations = new OrganisationRepository(database, WHOLE_TREE);
        UserRepository users = new UserRepository(database, WHOLE_TREE);
        if (!users.isEmptyAnywhere()) {
            throw new LedgerException("error.init.alreadyInitialised", database.location().describe());
        }
        Organisation root = organisations.firstRootAnywhere().orElseGet(() -> organisations.findById(organisations.insert(
                new OrganisationForm(rootForm.name().strip(), OrganisationRules.normaliseCode(rootForm.code()),
                        rootForm.type(), rootForm.establishedOn(), null), null)).orElseThrow());
        long userId = users.insert(new UserForm(username, fullName, root.id(), roles, null), kdf.hash(password), false);
        Session session = new Session(userId, username, fullName.strip(), roles, root.id(), root.path(), null);
        AuditLog audit = auditLog(ledger);
        audit.record(session, AuditAction.INITIALISE, "organisation", root.id(), ChangeSummary.created(ChangeSummary.of(root)));
        audit.record(session, AuditAction.USER_CREATE, "user", userId, "username: " + username + "; roles: " + roles);
        audit.record(session, AuditAction.LOGIN, "user", userId, null);
        return session;
    }

    /**
     * Unlocks the database with {@code username}'s password. Wrong passwords count towards the lockout
     * and are written to the audit log at the next successful login (the log is inside the encrypted
     * database, which a wrong password cannot open).
     */
    public LoginResult login(DatabaseLocation location, String typedUsername, char[] password) {
        if (location.isServer()) {
            return loginToServer(location, typedUsername, password);
        }
        KeyFile keyFile = KeyFile.load(location, clock);
        String username = keyFile.canonical(typedUsername);
        DatabaseKey key = keyFile.unlock(username, password, host);
        Database database = Database.open(location, Database.OpenMode.MUST_EXIST, key);
        return openSession(database, keyFile, key, username);
    }

    /**
     * On a server the service account connects first; the user's password is then checked against the
     * server's key store under the same lockout policy as a key file.
     */
    private LoginResult loginToServer(DatabaseLocation location, String typedUsername, char[] password) {
        Database database = Database.open(location);
        try {
            if (!KeyFile.existsOnServer(database)) {
                throw new LedgerException("error.server.notInitialised", location.describe());
            }
            KeyFile keyFile = KeyFile.onServer(database, clock);
            String username = keyFile.canonical(typedUsername);
            DatabaseKey key = keyFile.unlock(username, password, host);
            return openSession(database, keyFile, key, username);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private LoginResult openSession(Database database, KeyFile keyFile, DatabaseKey key, String username) {
        try {
            OpenLedger ledger = new OpenLedger(database, keyFile, key);
            LoginResult result = database.inTransaction(() -> startSession(ledger, username));
            keyFile.clearPendingFailures();
            keyFile.save();
            return result;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private LoginResult startSession(OpenLedger ledger, String username) {
        Database database = ledger.database();
        UserRepository users = new UserRepository(database, WHOLE_TREE);
        UserAccount user = users.findByUsernameAnywhere(username)
                .orElseThrow(() -> new LedgerException("error.login.failed"));
        if (!user.active()) {
            throw new LedgerException("error.login.disabled");
        }
        Organisation org = new OrganisationRepository(database, WHOLE_TREE).findById(user.orgId()).orElseThrow();
        Session session = new Session(user.id(), user.username(), user.fullName(), user.roles(), org.id(), org.path(),
                user.memberId());
        AuditLog audit = auditLog(ledger);
        recordRollback(ledger, audit);
        for (String[] failure : ledger.keyFile().pendingFailures()) {
            audit.recordFailure(failure.length > 1 ? failure[1] : "", AuditAction.LOGIN_FAILED,
                    failure.length > 3 ? failure[3] : null, failure.length > 2 ? failure[2] : null,
                    Instant.ofEpochMilli(Long.parseLong(failure[0])));
        }
        audit.record(session, AuditAction.LOGIN, "user", user.id(), null);
        return new LoginResult(ledger, session, user.mustChangePassword());
    }

    /**
     * Before the login's own entry moves the anchor: if the database holds fewer or other entries than the
     * key file last saw, an older copy of the database was put back. That is written into the chain itself
     * (and {@code audit verify} reports it), instead of being papered over by the new anchor.
     */
    private static void recordRollback(OpenLedger ledger, AuditLog audit) {
        var anchor = ledger.keyFile().anchor();
        if (anchor.isEmpty()) {
            return;
        }
        AuditRepository entries = new AuditRepository(ledger.database());
        long last = entries.last().map(org.conductledger.model.AuditEntry::seq).orElse(0L);
        boolean matches = entries.bySeq(anchor.get().seq()).map(e -> e.hash().equals(anchor.get().hash())).orElse(false);
        if (!matches) {
            audit.recordFailure(null, AuditAction.ROLLBACK_DETECTED, "anchorSeq: " + anchor.get().seq() + "; lastSeq: " + last,
                    audit.host(), java.time.Instant.now());
        }
    }

    AuditLog auditLog(OpenLedger ledger) {
        return new AuditLog(ledger.database(), new AuditRepository(ledger.database()), ledger.keyFile(), clock, host);
    }

    /** Checks a new password for the first-run and change-password forms before anything is written. */
    public static List<Problem> checkNewPassword(char[] password, char[] repeat) {
        return UserRules.checkNewPassword(password, repeat);
    }

    static ValidationException passwordProblem(String key) {
        return new ValidationException(Problem.of(UserField.PASSWORD, key));
    }
}
