package org.conductledger.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.conductledger.model.LedgerException;
import org.conductledger.service.PackageCodec;

/**
 * A data package on disk ({@code .clp}): a zip of {@code manifest.properties}, {@code data.txt} and
 * {@code manifest.sig}. Written beside its target and moved into place when complete; read whole, with a
 * damaged or foreign file refused with a clear message (the service then checks signature and hashes).
 */
public final class PackageFile {

    private static final long MAX_BYTES = 512L * 1024 * 1024;

    private PackageFile() {
    }

    public static void write(Path target, PackageCodec.Parts parts) {
        Path file = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), ".package-", ".part");
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                entry(zip, "manifest.properties", parts.manifest());
                entry(zip, "data.txt", parts.data());
                entry(zip, "manifest.sig", parts.signature());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LedgerException(e, "export.error.write", file);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // moved into place, or nothing to tidy
                }
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    public static PackageCodec.Parts read(Path file) {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            long total = 0;
            while ((entry = zip.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new LedgerException("package.error.damaged");
                    }
                    bytes.write(buffer, 0, n);
                }
                entries.put(entry.getName(), bytes.toByteArray());
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LedgerException(e, "package.error.missing", file);
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerException(e, "package.error.damaged");
        }
        byte[] manifest = entries.get("manifest.properties");
        byte[] data = entries.get("data.txt");
        byte[] signature = entries.get("manifest.sig");
        if (manifest == null || data == null || signature == null) {
            throw new LedgerException("package.error.damaged");
        }
        return new PackageCodec.Parts(manifest, data, signature);
    }
}
