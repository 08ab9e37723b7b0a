package org.conductledger.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * What a backup file says about itself (ADR 0012), read before anything is restored: the format, the
 * schema version of the database inside, when and by whom it was made, for which organisation, and the
 * SHA-256 and size of the two files it carries (the encrypted database and its key file).
 */
public record BackupManifest(int format, String schemaVersion, Instant createdAt, String organisation,
                             String organisationCode, String createdBy, FileDigest database, FileDigest keyFile) {

    /** The format this program writes and reads. */
    public static final int FORMAT = 1;
    static final String MAGIC = "conduct-ledger-backup";

    /** A file inside the backup: its SHA-256 (lower-case hex) and its size in bytes. */
    public record FileDigest(String sha256, long size) {
    }

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("magic", MAGIC);
        p.setProperty("format", String.valueOf(format));
        p.setProperty("schemaVersion", schemaVersion);
        p.setProperty("createdAt", createdAt.toString());
        p.setProperty("organisation", organisation);
        p.setProperty("organisationCode", organisationCode);
        p.setProperty("createdBy", createdBy);
        p.setProperty("database.sha256", database.sha256());
        p.setProperty("database.size", String.valueOf(database.size()));
        p.setProperty("keys.sha256", keyFile.sha256());
        p.setProperty("keys.size", String.valueOf(keyFile.size()));
        return p;
    }

    /**
     * Reads a manifest; anything missing or malformed — or a format other than {@link #FORMAT} — is
     * refused as "not a backup" ({@code error.backup.notABackup}, argument {@code file}).
     */
    public static BackupManifest fromProperties(Properties p, Object file) {
        try {
            if (!MAGIC.equals(p.getProperty("magic"))) {
                throw new LedgerException("error.backup.notABackup", file);
            }
            int format = Integer.parseInt(required(p, "format", file));
            if (format != FORMAT) {
                throw new LedgerException("error.backup.unknownFormat", file, format, FORMAT);
            }
            return new BackupManifest(format, required(p, "schemaVersion", file), Instant.parse(required(p, "createdAt", file)),
                    p.getProperty("organisation", ""), p.getProperty("organisationCode", ""), p.getProperty("createdBy", ""),
                    digest(p, "database", file), digest(p, "keys", file));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new LedgerException(e, "error.backup.notABackup", file);
        }
    }

    private static FileDigest digest(Properties p, String prefix, Object file) {
        String sha = required(p, prefix + ".sha256", file);
        long size = Long.parseLong(required(p, prefix + ".size", file));
        if (!sha.matches("[0-9a-f]{64}") || size < 0) {
            throw new LedgerException("error.backup.notABackup", file);
        }
        return new FileDigest(sha, size);
    }

    private static String required(Properties p, String name, Object file) {
        String value = p.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new LedgerException("error.backup.notABackup", file);
        }
        return value.strip();
    }
}
