package org.conductledger.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.BackupManifest;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.model.UserAccount;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.BackupArchive;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.KeyFile;
import org.conductledger.store.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup back in place of the whole ledger (系统管理员 only; ADR 0012). Everything is checked on a
 * staged copy beside the database before anything is replaced: the file's hashes, its schema version,
 * that it opens with this ledger's key, that its key file's audit anchor matches its chain. The restore
 * is recorded in the restored chain (which moves its anchor), then the current database and key file
 * are swapped out by renames and kept as {@code *.before-restore}. The session ends: its database is closed.
 */
public final class RestoreService {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);
    public static final String KEPT_SUFFIX = ".before-restore";
    private static final String WHOLE_TREE = "/";

    private final Session session;
    private final AuditLog audit;
    private final OpenLedger ledger;
    private final Clock clock;

    public RestoreService(Session session, AuditLog audit, OpenLedger ledger, Clock clock) {
        this.session = session;
        this.audit = audit;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Reads a backup's manifest for the confirmation, refusing what restore would refuse at this stage. */
    public BackupManifest inspect(Path backup) {
        audit.require(session, Permission.RESTORE);
        try (BackupArchive archive = BackupArchive.open(backup)) {
            checkSchema(backup, archive.manifest());
            return archive.manifest();
        }
    }

    /**
     * Replaces the ledger with {@code backup}. A refused backup leaves the current files untouched (and
     * open); after success this session's database is closed and everyone logs in again.
     */
    public RestoreResult restore(Path backup) {
        audit.require(session, Permission.RESTORE);
        Database live = ledger.database();
        DatabaseLocation location = live.location();
        Path staging = createStaging(location);
        try {
            DatabaseLocation staged = DatabaseLocation.of(staging.resolve(location.displayName()));
            BackupManifest manifest;
            try (BackupArchive archive = BackupArchive.open(backup)) {
                manifest = archive.manifest();
                checkSchema(backup, manifest);
                archive.extractTo(staged);
            }
            prepare(backup, staged, manifest);
            live.close();
            return swap(location, staged, manifest);
        } finally {
            Staging.delete(staging);
        }
    }

    /** Where the current database file is kept once a restore has replaced it. */
    public Path keptDatabase() {
        Path database = ledger.database().location().file();
        return database.resolveSibling(database.getFileName() + KEPT_SUFFIX);
    }

    /** True once this session's database has been closed by a restore (the screens then return to the login). */
    public boolean sessionEnded() {
        return !ledger.database().isOpen();
    }

    private void checkSchema(Path backup, BackupManifest manifest) {
        Database live = ledger.database();
        if (!live.knowsSchemaVersion(manifest.schemaVersion())) {
            throw new LedgerException("error.backup.newerSchema", backup, manifest.schemaVersion(), live.latestKnownVersion());
        }
    }

    /**
     * Opens the staged copy with this ledger's key (migrating an older schema), checks that its key file's
     * anchor is its chain's, and appends the RESTORED entry, which moves the staged anchor with it.
     */
    private void prepare(Path backup, DatabaseLocation staged, BackupManifest manifest) {
        Database database;
        try {
            database = Database.open(staged, Database.OpenMode.MUST_EXIST, ledger.key());
        } catch (LedgerException e) {
            if ("error.db.newerThanApp".equals(e.messageKey())) {
                throw new LedgerException(e, "error.backup.newerSchema", backup, manifest.schemaVersion(),
                        ledger.database().latestKnownVersion());
            }
            throw new LedgerException(e, "error.backup.otherLedger", backup);
        }
        try (database) {
            KeyFile keys = KeyFile.load(staged, clock);
            AuditRepository entries = new AuditRepository(database);
            keys.anchor().ifPresent(anchor -> {
                boolean matches = entries.bySeq(anchor.seq()).map(e -> e.hash().equals(anchor.hash())).orElse(false);
                if (!matches) {
                    throw new LedgerException("error.backup.inconsistent", backup);
                }
            });
            UserAccount restorer = new UserRepository(database, WHOLE_TREE).findByUsernameAnywhere(session.username()).orElse(null);
            AuditLog restoredLog = new AuditLog(database, entries, keys, clock, audit.host());
            database.run(() -> restoredLog.recordAs(restorer == null ? null : restorer.id(), session.username(),
                    restorer == null ? null : restorer.orgId(), AuditAction.RESTORED, "backup", backup.getFileName(),
                    "createdAt: " + manifest.createdAt() + "; schemaVersion: " + manifest.schemaVersion()
                            + "; createdBy: " + manifest.createdBy() + "; lastSeq: " + entries.last().map(AuditEntry::seq).orElse(0L)));
        }
    }

    /**
     * Renames the current files aside and the staged ones into place (same directory, so each step is one
     * rename); if any step fails, the current files are put back.
     */
    private RestoreResult swap(DatabaseLocation location, DatabaseLocation staged, BackupManifest manifest) {
        Path database = location.file();
        Path keys = KeyFile.pathFor(location);
        Path keptDatabase = keptDatabase();
        Path keptKeys = keys.resolveSibling(keys.getFileName() + KEPT_SUFFIX);
        boolean databaseAside = false;
        boolean keysAside = false;
        try {
            Files.move(database, keptDatabase, StandardCopyOption.REPLACE_EXISTING);
            databaseAside = true;
            Files.move(keys, keptKeys, StandardCopyOption.REPLACE_EXISTING);
            keysAside = true;
            Files.move(staged.file(), database, StandardCopyOption.ATOMIC_MOVE);
            Files.move(KeyFile.pathFor(staged), keys, StandardCopyOption.ATOMIC_MOVE);
            return new RestoreResult(manifest, keptDatabase, keptKeys);
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
            return Files.createTempDirectory(directory, ".restore-");
        } catch (IOException e) {
            throw new LedgerException(e, "error.restore.replaceFailed", location.file());
        }
    }
}
