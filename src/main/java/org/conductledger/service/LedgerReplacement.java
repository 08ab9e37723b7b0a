package org.conductledger.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.function.Function;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.BackupManifest;
import org.conductledger.model.LedgerException;
import org.conductledger.model.UserAccount;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.BackupArchive;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseKey;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.KeyFile;
import org.conductledger.store.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of a restore shared by {@link RestoreService} (from a session) and {@link OfflineRestore} (when
 * the current ledger cannot be opened): stage the backup beside the database and check it there —
 * hashes, schema, that it opens, that its key file's anchor matches its chain —, record RESTORED in the
 * staged chain, and only then swap the files by renames, keeping the replaced ones as {@code *.before-restore}.
 */
final class LedgerReplacement {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerReplacement.class);
    private static final String WHOLE_TREE = "/";

    private final Clock clock;
    private final String host;

    LedgerReplacement(Clock clock, String host) {
        this.clock = clock;
        this.host = host;
    }

    /** How a staged copy is opened and who may put it in place. */
    interface Access {
        /** The key that opens the staged copy (it carries its own key file beside it). */
        DatabaseKey key(DatabaseLocation staged);

        /** Refuses unless the restoring user may restore, judged on the staged database if need be. */
        void authorise(Database staged, Path backup);

        /** Who restores (named in the RESTORED entry); asked after {@link #key}. */
        String username();

        /** Runs just before the current files are renamed aside (e.g. closes the session's database). */
        void beforeSwap();
    }

    static Path kept(Path file) {
        return file.resolveSibling(file.getFileName() + RestoreService.KEPT_SUFFIX);
    }

    RestoreResult replace(DatabaseLocation location, Path backup, Function<BackupManifest, String> schemaProblem,
                          Access access) {
        Path staging = createStaging(location);
        try {
            DatabaseLocation staged = DatabaseLocation.of(staging.resolve(location.displayName()));
            BackupManifest manifest;
            try (BackupArchive archive = BackupArchive.open(backup)) {
                manifest = archive.manifest();
                String problem = schemaProblem.apply(manifest);
                if (problem != null) {
                    throw new LedgerException("error.backup.newerSchema", backup, manifest.schemaVersion(), problem);
                }
                archive.extractTo(staged);
            }
            prepare(backup, staged, manifest, access);
            access.beforeSwap();
            return swap(location, staged, manifest);
        } finally {
            Staging.delete(staging);
        }
    }

    /**
     * Opens the staged copy (migrating an older schema), checks that its key file's anchor is its chain's,
     * and appends the RESTORED entry, which moves the staged anchor with it.
     */
    private void prepare(Path backup, DatabaseLocation staged, BackupManifest manifest, Access access) {
        DatabaseKey key = access.key(staged);
        String username = access.username();
        Database database;
        try {
            database = Database.open(staged, Database.OpenMode.MUST_EXIST, key);
        } catch (LedgerException e) {
            if ("error.db.newerThanApp".equals(e.messageKey())) {
                throw new LedgerException(e, "error.backup.newerSchema", backup, manifest.schemaVersion(), e.args().get(2));
            }
            throw new LedgerException(e, "error.backup.otherLedger", backup);
        }
        try (database) {
            access.authorise(database, backup);
            KeyFile keys = KeyFile.load(staged, clock);
            AuditRepository entries = new AuditRepository(database);
            keys.anchor().ifPresent(anchor -> {
                boolean matches = entries.bySeq(anchor.seq()).map(e -> e.hash().equals(anchor.hash())).orElse(false);
                if (!matches) {
                    throw new LedgerException("error.backup.inconsistent", backup);
                }
            });
            UserAccount restorer = new UserRepository(database, WHOLE_TREE).findByUsernameAnywhere(username).orElse(null);
            AuditLog restoredLog = new AuditLog(database, entries, keys, clock, host);
            long lastSeq = entries.last().map(AuditEntry::seq).orElse(0L);
            database.run(() -> restoredLog.recordAs(restorer == null ? null : restorer.id(), username,
                    restorer == null ? null : restorer.orgId(), AuditAction.RESTORED, "backup", backup.getFileName(),
                    "createdAt: " + manifest.createdAt() + "; schemaVersion: " + manifest.schemaVersion()
                            + "; createdBy: " + manifest.createdBy() + "; backupLastSeq: " + lastSeq));
        }
    }

    /**
     * Renames the current files aside (those that exist) and the staged ones into place — same directory,
     * so each step is one rename; if any step fails, the current files are put back.
     */
    private RestoreResult swap(DatabaseLocation location, DatabaseLocation staged, BackupManifest manifest) {
        Path database = location.file();
        Path keys = KeyFile.pathFor(location);
        Path keptDatabase = kept(database);
        Path keptKeys = kept(keys);
        boolean databaseAside = false;
        boolean keysAside = false;
        try {
            if (Files.exists(database)) {
                Files.move(database, keptDatabase, StandardCopyOption.REPLACE_EXISTING);
                databaseAside = true;
            }
            if (Files.exists(keys)) {
                Files.move(keys, keptKeys, StandardCopyOption.REPLACE_EXISTING);
                keysAside = true;
            }
            Files.move(staged.file(), database, StandardCopyOption.ATOMIC_MOVE);
            Files.move(KeyFile.pathFor(staged), keys, StandardCopyOption.ATOMIC_MOVE);
            return new RestoreResult(manifest, databaseAside ? keptDatabase : null, keysAside ? keptKeys : null);
        } catch (IOException e) {
            LOG.error("Restore failed while replacing {}; putting the current files back", database, e);
            putBack(keptDatabase, database, databaseAside);
            putBack(keptKeys, keys, keysAside);
            throw new LedgerException(e, "error.restore.replaceFailed", database);
        }
    }

    private static void putBack(Path kept, Path original, boolean wasMoved) {
        if (!wasMoved) {
            return;
        }
        try {
            Files.move(kept, original, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.error("Could not put {} back as {}", kept, original, e);
        }
    }

    private static Path createStaging(DatabaseLocation location) {
        Path directory = location.base().getParent();
        try {
            Files.createDirectories(directory);
            return Files.createTempDirectory(directory, ".restore-");
        } catch (IOException e) {
            throw new LedgerException(e, "error.restore.replaceFailed", location.file());
        }
    }
}
