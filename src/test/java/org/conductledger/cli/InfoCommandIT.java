package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real shaded jar as a user would: {@code java -jar target/conduct-ledger.jar --db <tmp> info}. */
class InfoCommandIT {

    @TempDir
    Path dir;

    @Test
    void runnableJarPrintsSchemaVersionAndRowCounts() throws IOException, InterruptedException {
        org.conductledger.store.Database.open(org.conductledger.store.DatabaseLocation.of(dir.resolve("ledger"))).close();
        String jar = System.getProperty("conductledger.jar", "target/conduct-ledger.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-jar", jar,
                "--db", dir.resolve("ledger").toString(), "info");
        builder.environment().put("CONDUCT_LEDGER_HOME", dir.resolve("home").toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("1"), output);
        assertTrue(output.contains("member: 0"), output);
        assertTrue(output.contains("organisation: 0"), output);
        assertTrue(dir.resolve("ledger.mv.db").toFile().isFile());
    }
}
