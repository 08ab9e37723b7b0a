package org.conductledger.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a TrueType face comes from: an installed file ({@code path}) or a classpath resource (the shipped
 * fallback). {@code name} is the file name as found, e.g. {@code simfang.ttf} or {@code wqy-microhei.ttc}.
 */
public record FontSource(String name, Path path, String resource) {

    public static FontSource file(Path path) {
        return new FontSource(path.getFileName().toString(), path, null);
    }

    public static FontSource classpath(String resource) {
        return new FontSource(resource.substring(resource.lastIndexOf('/') + 1), null, resource);
    }

    public boolean shipped() {
        return path == null;
    }

    InputStream open() throws IOException {
        if (path != null) {
            return Files.newInputStream(path);
        }
        InputStream in = FontSource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("font resource missing: " + resource);
        }
        return in;
    }
}
