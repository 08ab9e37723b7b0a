package org.conductledger.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.conductledger.model.LedgerException;
import org.conductledger.model.LoginPolicy;

/**
 * The small file beside the database ({@code ledger.keys}) that lets any valid login unlock it
 * (ADR 0006). Per user it holds the database key wrapped with AES-GCM under a PBKDF2 key derived from
 * that user's password; never the key in clear. It also keeps what must be known before the database
 * can be opened: failed-login counters and lockouts, failed attempts not yet written to the audit log,
 * the login policy, and the audit chain's anchor (last sequence number and hash).
 */
public final class KeyFile {

    public static final String SUFFIX = ".keys";
    private static final String FORMAT = "conduct-ledger-keys-1";
    /** The reason recorded for the wrong password that locked an account. */
    public static final String LOCKED_OUT = "LOCKED_OUT";

    /** The last audit entry known to have been committed. */
    public record Anchor(long seq, String hash) {
    }

    private final KeyStorage storage;
    private final Properties p;
    private final Clock clock;

    private KeyFile(KeyStorage storage, Properties p, Clock clock) {
        this.storage = storage;
        this.p = p;
        this.clock = clock;
    }

    public static Path pathFor(DatabaseLocation location) {
        return location.base().resolveSibling(location.base().getFileName() + SUFFIX);
    }

    public static boolean exists(DatabaseLocation location) {
        return Files.isRegularFile(pathFor(location));
    }

    /** A new key file (nothing written until the first user is added). */
    public static KeyFile create(DatabaseLocation location, Clock clock) {
        return fresh(new FileKeyStorage(pathFor(location)), clock);
    }

    private static KeyFile fresh(KeyStorage storage, Clock clock) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("policy.maxFailures", String.valueOf(LoginPolicy.DEFAULT.maxFailures()));
        p.setProperty("policy.lockMinutes", String.valueOf(LoginPolicy.DEFAULT.lockMinutes()));
        p.setProperty("policy.idleMinutes", String.valueOf(LoginPolicy.DEFAULT.idleMinutes()));
        return new KeyFile(storage, p, clock);
    }

    public static KeyFile load(DatabaseLocation location, Clock clock) {
        return load(new FileKeyStorage(pathFor(location)), clock);
    }

    private static KeyFile load(KeyStorage storage, Clock clock) {
        if (!storage.exists()) {
            throw new LedgerException("error.keyFile.missing", storage.describe());
        }
        Properties p = storage.read();
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new LedgerException("error.keyFile.corrupt", storage.describe());
        }
        return new KeyFile(storage, p, clock);
    }

    /**
     * The same state kept in the server's {@code key_store} table (shared mode, ADR 0018): one per server,
     * new and unsaved when nobody has initialised the server yet.
     */
    public static KeyFile onServer(Database database, Clock clock) {
        KeyStorage storage = new TableKeyStorage(database);
        return storage.exists() ? load(storage, clock) : fresh(storage, clock);
    }

    /** Whether a server ledger has been initialised (its key store holds what the first start wrote). */
    public static boolean existsOnServer(Database database) {
        return new TableKeyStorage(database).exists();
    }

    /**
     * Copies every user's password check, lockout and the login policy into {@code target} (migrate-to:
     * the same users log in to the server with the same passwords). The anchor stays behind: it anchors
     * this database's chain where it lives.
     */
    public synchronized void copyInto(KeyFile target) {
        reload();
        synchronized (target) {
            target.reload();
            target.p.clear();
            for (String name : p.stringPropertyNames()) {
                if (!name.startsWith("anchor.")) {
                    target.p.setProperty(name, p.getProperty(name));
                }
            }
            target.save();
        }
    }

    /** Where this state is kept: the key file's path, or the server's table. */
    public String describe() {
        return storage.describe();
    }

    /**
     * Re-reads the stored state before every change: several in-memory copies (a session, the login screen,
     * a screen unlock, other instances on a server) then never overwrite each other's updates. A
     * not-yet-written store stays as it is.
     */
    private void reload() {
        if (!storage.exists()) {
            return;
        }
        Properties fresh = storage.read();
        p.clear();
        p.putAll(fresh);
    }

    public synchronized LoginPolicy policy() {
        reload();
        return new LoginPolicy(intValue("policy.maxFailures", 5), intValue("policy.lockMinutes", 15),
                intValue("policy.idleMinutes", 15));
    }

    public synchronized void setPolicy(LoginPolicy policy) {
        reload();
        p.setProperty("policy.maxFailures", String.valueOf(policy.maxFailures()));
        p.setProperty("policy.lockMinutes", String.valueOf(policy.lockMinutes()));
        p.setProperty("policy.idleMinutes", String.valueOf(policy.idleMinutes()));
        save();
    }

    public synchronized boolean hasUser(String username) {
        reload();
        return p.containsKey(key(username, "kdf")) || p.containsKey(key(username, "disabled"));
    }

    /** Wraps {@code databaseKey} for {@code username} under {@code password} (replacing any earlier wrap). */
    public synchronized void wrapFor(String username, char[] password, DatabaseKey databaseKey, Pbkdf2 kdf) {
        reload();
        byte[] salt = Pbkdf2.randomBytes(16);
        byte[] iv = Pbkdf2.randomBytes(12);
        byte[] kek = Pbkdf2.derive(password, salt, kdf.iterations(), 256);
        byte[] secret = databaseKey.bytes();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            byte[] wrapped = cipher.doFinal(secret);
            Base64.Encoder b64 = Base64.getEncoder();
            p.setProperty(key(username, "kdf"), kdf.iterations() + "$" + b64.encodeToString(salt));
            p.setProperty(key(username, "wrapped"), b64.encodeToString(iv) + "$" + b64.encodeToString(wrapped));
            p.remove(key(username, "disabled"));
            p.setProperty(key(username, "failed"), "0");
            p.setProperty(key(username, "lockedUntil"), "0");
            save();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        } finally {
            java.util.Arrays.fill(kek, (byte) 0);
            java.util.Arrays.fill(secret, (byte) 0);
        }
    }

    /** Removes {@code username}'s wrapped key: a disabled user can no longer decrypt the database. */
    public synchronized void disable(String username) {
        reload();
        p.remove(key(username, "kdf"));
        p.remove(key(username, "wrapped"));
        p.setProperty(key(username, "disabled"), "true");
        save();
    }

    /**
     * Unwraps the database key with {@code password}, applying the lockout policy. Every failure is
     * counted and remembered for the audit log, and the file is saved before this returns or throws.
     */
    public synchronized DatabaseKey unlock(String username, char[] password, String host) {
        reload();
        long now = clock.millis();
        if (!UserNames.plausible(username) || !hasUser(username)) {
            recordFailure(username, host, "UNKNOWN_USER");
            save();
            throw loginFailed();
        }
        if (p.containsKey(key(username, "disabled"))) {
            recordFailure(username, host, "DISABLED");
            save();
            throw new LedgerException("error.login.disabled");
        }
        long lockedUntil = longValue(key(username, "lockedUntil"));
        if (lockedUntil > now) {
            recordFailure(username, host, "LOCKED");
            save();
            throw new LedgerException("error.login.locked", minutesUntil(lockedUntil, now));
        }
        try {
            DatabaseKey databaseKey = unwrap(username, password);
            p.setProperty(key(username, "failed"), "0");
            p.setProperty(key(username, "lockedUntil"), "0");
            save();
            return databaseKey;
        } catch (AEADBadTagException wrongPassword) {
            return failWrongPassword(username, host, now, false);
        }
    }

    /**
     * The same message for an unknown user name and a wrong password, so that a login screen does not
     * tell a stranger which user names exist; it states the policy instead of the attempts left.
     */
    private LedgerException loginFailed() {
        LoginPolicy policy = policy();
        return new LedgerException("error.login.failed", policy.maxFailures(), policy.lockMinutes());
    }

    /** The stored spelling of a user name typed in any case ("ZhiBu" logs in as "zhibu"); the input when unknown. */
    public synchronized String canonical(String typed) {
        if (typed == null) {
            return null;
        }
        reload();
        String wanted = typed.strip().toLowerCase(java.util.Locale.ROOT);
        return p.stringPropertyNames().stream()
                .filter(name -> name.startsWith("user.") && (name.endsWith(".kdf") || name.endsWith(".disabled")))
                .map(name -> name.substring(5, name.lastIndexOf('.')))
                .filter(name -> name.toLowerCase(java.util.Locale.ROOT).equals(wanted))
                .findFirst().orElse(typed.strip());
    }

    /** Whether another user name differs from {@code username} only in upper/lower case. */
    public synchronized boolean hasUserIgnoringCase(String username) {
        reload();
        String wanted = username.toLowerCase(java.util.Locale.ROOT);
        return p.stringPropertyNames().stream()
                .filter(name -> name.startsWith("user.") && (name.endsWith(".kdf") || name.endsWith(".disabled")))
                .map(name -> name.substring(5, name.lastIndexOf('.')))
                .anyMatch(name -> name.toLowerCase(java.util.Locale.ROOT).equals(wanted));
    }

    /** Checks {@code password} against the key file without changing anything (re-authentication). */
    public synchronized boolean matches(String username, char[] password) {
        try {
            unwrap(username, password);
            return true;
        } catch (AEADBadTagException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Counts a wrong password given while already logged in (screen unlock, password change) under the
     * same policy; always throws the message to show (attempts left — the user is known here — or locked).
     */
    public synchronized void countFailure(String username, String host) {
        reload();
        failWrongPassword(username, host, clock.millis(), true);
    }

    /** A correct password while logged in (screen unlock): earlier wrong attempts no longer count. */
    public synchronized void resetFailures(String username) {
        reload();
        if (intValue(key(username, "failed"), 0) != 0) {
            p.setProperty(key(username, "failed"), "0");
            save();
        }
    }

    private DatabaseKey failWrongPassword(String username, String host, long now, boolean knownUser) {
        int failed = intValue(key(username, "failed"), 0) + 1;
        LoginPolicy policy = policy();
        if (failed >= policy.maxFailures()) {
            recordFailure(username, host, LOCKED_OUT);
            long until = now + policy.lockMinutes() * 60_000L;
            p.setProperty(key(username, "lockedUntil"), String.valueOf(until));
            p.setProperty(key(username, "failed"), "0");
            save();
            throw new LedgerException("error.login.lockedNow", policy.maxFailures(), policy.lockMinutes());
        }
        recordFailure(username, host, "WRONG_PASSWORD");
        p.setProperty(key(username, "failed"), String.valueOf(failed));
        save();
        if (!knownUser) {
            throw loginFailed();
        }
        throw new LedgerException("error.unlock.wrongPassword", policy.maxFailures() - failed);
    }

    /** The user names whose lockout has not run out yet. */
    public synchronized java.util.Set<String> lockedUsers() {
        reload();
        long now = clock.millis();
        java.util.Set<String> locked = new java.util.TreeSet<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("user.") && name.endsWith(".lockedUntil") && longValue(name) > now) {
                locked.add(name.substring(5, name.length() - ".lockedUntil".length()));
            }
        }
        return locked;
    }

    /** Lifts a lockout (an administrator reset the password). */
    public synchronized void unlockAccount(String username) {
        reload();
        p.setProperty(key(username, "failed"), "0");
        p.setProperty(key(username, "lockedUntil"), "0");
        save();
    }

    private DatabaseKey unwrap(String username, char[] password) throws AEADBadTagException {
        String[] kdf = p.getProperty(key(username, "kdf"), "").split("\\$");
        String[] wrapped = p.getProperty(key(username, "wrapped"), "").split("\\$");
        if (kdf.length != 2 || wrapped.length != 2) {
            throw new LedgerException("error.keyFile.corrupt", storage.describe());
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] kek = Pbkdf2.derive(password, b64.decode(kdf[1]), Integer.parseInt(kdf[0]), 256);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, b64.decode(wrapped[0])));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return DatabaseKey.fromBytes(cipher.doFinal(b64.decode(wrapped[1])));
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new LedgerException(e, "error.keyFile.corrupt", storage.describe());
        } finally {
            java.util.Arrays.fill(kek, (byte) 0);
        }
    }

    /** A failed attempt, kept here until a successful login can write it into the audit log. */
    private void recordFailure(String username, String host, String reason) {
        int next = 0;
        while (p.containsKey("pending." + next)) {
            next++;
        }
        String user = username == null ? "" : username.replace('|', '_');
        p.setProperty("pending." + next, clock.millis() + "|" + user + "|" + (host == null ? "" : host) + "|" + reason);
    }

    /** The remembered failed attempts, oldest first; they stay until {@link #clearPendingFailures()}. */
    public synchronized List<String[]> pendingFailures() {
        reload();
        List<String[]> lines = new ArrayList<>();
        for (int i = 0; p.containsKey("pending." + i); i++) {
            lines.add(p.getProperty("pending." + i).split("\\|", -1));
        }
        return lines;
    }

    public synchronized void clearPendingFailures() {
        reload();
        for (String name : new TreeSet<>(p.stringPropertyNames())) {
            if (name.startsWith("pending.")) {
                p.remove(name);
            }
        }
        save();
    }

    /**
     * The audit chain's anchor, kept outside the database so that putting back an older copy of the file
     * shows. A server keeps none (ADR 0018): there the server's administrators answer for its history.
     */
    public synchronized Optional<Anchor> anchor() {
        if (!storage.keepsAnchor()) {
            return Optional.empty();
        }
        reload();
        String seq = p.getProperty("anchor.seq");
        String hash = p.getProperty("anchor.hash");
        return seq == null || hash == null ? Optional.empty() : Optional.of(new Anchor(Long.parseLong(seq), hash));
    }

    public synchronized void setAnchor(Anchor anchor) {
        if (!storage.keepsAnchor()) {
            return;
        }
        reload();
        p.setProperty("anchor.seq", String.valueOf(anchor.seq()));
        p.setProperty("anchor.hash", anchor.hash());
        save();
    }

    /** Writes the state: atomically, so that a crash never leaves half of it (which would lock everyone out). */
    public synchronized void save() {
        storage.write(p);
    }

    private static String key(String username, String field) {
        return "user." + username + "." + field;
    }

    private static long minutesUntil(long until, long now) {
        return Math.max(1, (until - now + 59_999) / 60_000);
    }

    private int intValue(String name, int fallback) {
        try {
            return Integer.parseInt(p.getProperty(name, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private long longValue(String name) {
        try {
            return Long.parseLong(p.getProperty(name, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** User names reach property keys: only the characters {@code UserRules} allows. */
    static final class UserNames {
        private UserNames() {
        }

        static boolean plausible(String username) {
            return org.conductledger.model.UserRules.isValidUsername(username);
        }
    }
}
