package org.conductledger.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.conductledger.model.LedgerException;

/** The key file beside an embedded database ({@code ledger.keys}), written atomically (ADR 0006). */
final class FileKeyStorage implements KeyStorage {

    private final Path file;

    FileKeyStorage(Path file) {
        this.file = file;
    }

    @Override
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    @Override
    public Properties read() {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerException(e, "error.keyFile.corrupt", file);
        }
        return p;
    }

    @Override
    public void write(Properties pairs) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                pairs.store(writer, "Conduct Ledger key file: wrapped database keys. Do not edit; keep it with the database.");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LedgerException(e, "error.keyFile.write", file);
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public boolean keepsAnchor() {
        return true;
    }
}
