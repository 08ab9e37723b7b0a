package org.conductledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.conductledger.model.BackupManifest;
import org.conductledger.model.LedgerException;

/**
 * A backup file ({@code .clbak}, ADR 0012): one zip holding {@code manifest.properties}, the database as
 * H2's online backup wrote it (still AES-encrypted) and the key file as it was at that moment. Reading
 * checks every file against the manifest's SHA-256 and size before anything is handed out.
 */
public final class BackupArchive implements AutoCloseable {

    public static final String EXTENSION = ".clbak";
    static final String MANIFEST = "manifest.properties";
    static final String DATABASE = "ledger" + DatabaseLocation.H2_SUFFIX;
    static final String KEYS = "ledger" + KeyFile.SUFFIX;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path file;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupArchive(Path file, ZipFile zip, BackupManifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    /**
     * Writes a backup of {@code databaseCopy} and {@code keyFileCopy} to {@code target}, through a temporary
     * file in the same directory: a failure never leaves half a backup under the chosen name.
     */
    public static BackupManifest write(Path target, Path databaseCopy, Path keyFileCopy, ManifestDraft draft) {
        Path directory = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, draft.schemaVersion(), draft.createdAt(),
                    draft.organisation(), draft.organisationCode(), draft.createdBy(), digest(databaseCopy), digest(keyFileCopy));
            Path temp = Files.createTempFile(directory, ".backup", ".tmp");
            try {
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp), StandardCharsets.UTF_8)) {
                    out.setLevel(Deflater.BEST_SPEED);   // the database is encrypted: it does not compress anyway
                    out.putNextEntry(new ZipEntry(MANIFEST));
                    Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                    manifest.toProperties().store(writer, "Conduct Ledger backup");
                    writer.flush();
                    out.closeEntry();
                    copyInto(out, DATABASE, databaseCopy);
                    copyInto(out, KEYS, keyFileCopy);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);   // some USB sticks' file systems
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return manifest;
        } catch (IOException e) {
            throw new LedgerException(e, "error.backup.writeFailed", target);
        }
    }

    /** The parts of a manifest that do not come from the files themselves. */
    public record ManifestDraft(String schemaVersion, java.time.Instant createdAt, String organisation,
                                String organisationCode, String createdBy) {
    }

    private static void copyInto(ZipOutputStream out, String name, Path source) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        Files.copy(source, out);
        out.closeEntry();
    }

    /**
     * Opens a backup and reads its manifest. A file that is not a zip, or a zip without a readable manifest,
     * is refused as not a backup; a zip that cannot be read (truncated, damaged) as damaged.
     */
    public static BackupArchive open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LedgerException("error.backup.missing", file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (!java.util.Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC)) {
                throw new LedgerException("error.backup.notABackup", file);
            }
        } catch (IOException e) {
            throw new LedgerException(e, "error.backup.unreadable", file);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LedgerException(e, "error.backup.damaged", file);
        }
        try {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null || zip.getEntry(DATABASE) == null || zip.getEntry(KEYS) == null) {
                throw new LedgerException("error.backup.notABackup", file);
            }
            Properties p = new Properties();
            try (Reader reader = new java.io.InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return new BackupArchive(file, zip, BackupManifest.fromProperties(p, file));
        } catch (IOException | IllegalArgumentException e) {
            closeQuietly(zip);
            throw new LedgerException(e, "error.backup.damaged", file);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    public BackupManifest manifest() {
        return manifest;
    }

    /**
     * Writes the database and key file into {@code staged} (its {@code .mv.db} and {@code .keys}), each
     * checked against the manifest's size and SHA-256; a mismatch is refused as damaged.
     */
    public void extractTo(DatabaseLocation staged) {
        extract(DATABASE, staged.file(), manifest.database());
        extract(KEYS, KeyFile.pathFor(staged), manifest.keyFile());
    }

    private void extract(String name, Path target, BackupManifest.FileDigest expected) {
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(name)), sha);
             OutputStream out = Files.newOutputStream(target)) {
            // Never more than the manifest promises: a damaged size field cannot fill the disk.
            size = in.transferTo(new Limited(out, expected.size()));
        } catch (IOException | IllegalStateException e) {
            throw new LedgerException(e, "error.backup.damagedFile", file, name);
        }
        if (size != expected.size() || !HexFormat.of().formatHex(sha.digest()).equals(expected.sha256())) {
            throw new LedgerException("error.backup.damagedFile", file, name);
        }
    }

    /** SHA-256 and size of {@code file}. */
    static BackupManifest.FileDigest digest(Path file) throws IOException {
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        return new BackupManifest.FileDigest(HexFormat.of().formatHex(sha.digest()), size);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    /** Stops a copy that runs past the expected size. */
    private static final class Limited extends java.io.FilterOutputStream {
        private long left;

        Limited(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IllegalStateException("longer than the manifest says");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            left -= len;
            if (left < 0) {
                throw new IllegalStateException("longer than the manifest says");
            }
            out.write(b, off, len);
        }
    }
}
