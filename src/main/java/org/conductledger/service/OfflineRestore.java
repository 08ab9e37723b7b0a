package org.conductledger.service;

import java.nio.file.Path;
import java.time.Clock;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Role;
import org.conductledger.model.UserAccount;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseKey;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.KeyFile;
import org.conductledger.store.UserRepository;

/**
 * A restore when the current ledger cannot be opened at all (its key file or database is missing or
 * damaged; a new PC). Nobody can log in to it, so the restoring user proves who they are against the
 * backup instead: their password must unlock the backup's key file, and the backup's database must know
 * them as an active 系统管理员. Whatever is left of the current files is kept as {@code *.before-restore}.
 */
public final class OfflineRestore {

    private final Clock clock;
    private final String host;

    public OfflineRestore(Clock clock, String host) {
        this.clock = clock;
        this.host = host;
    }

    public RestoreResult restore(DatabaseLocation location, Path backup, String typedUsername, char[] password) {
        String[] username = {typedUsername == null ? "" : typedUsername.strip()};
        return new LedgerReplacement(clock, host).replace(location, backup, manifest -> null,
                new LedgerReplacement.Access() {
                    @Override
                    public DatabaseKey key(DatabaseLocation staged) {
                        KeyFile keys = KeyFile.load(staged, clock);
                        username[0] = keys.canonical(username[0]);
                        return keys.unlock(username[0], password, host);
                    }

                    @Override
                    public String username() {
                        return username[0];
                    }

                    @Override
                    public void authorise(Database staged, Path file) {
                        UserAccount user = new UserRepository(staged, "/").findByUsernameAnywhere(username[0]).orElse(null);
                        if (user == null || !user.active() || !user.roles().contains(Role.SYSTEM_ADMIN)) {
                            throw new LedgerException("error.restore.notAdministrator", username[0], file);
                        }
                    }

                    @Override
                    public void beforeSwap() {
                        // nothing is open
                    }
                });
    }
}
