package org.conductledger.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.conductledger.model.LedgerException;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved over the target in one
 * step, so a failure half way never leaves a half-written export (or destroys the previous one).
 */
public final class AtomicFile {

    /** What goes into the file. */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Throws {@code export.error.write} (naming the file) when it cannot be written. */
    public static void write(Path file, Body body) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".export-", ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LedgerException(e, "export.error.write", target);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move took it, or there is nothing left to tidy
                }
            }
        }
    }
}
