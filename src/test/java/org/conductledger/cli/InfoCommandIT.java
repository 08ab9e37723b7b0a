package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real shaded jar as a user would: {@code init}, then {@code --db <tmp> --user admin info};
 * and checks that the file on disk is encrypted: no member or organisation name readable in it.
 */
class InfoCommandIT {

    @TempDir
    Path dir;

    private String run(int expectedStatus, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("conductledger.jar", "target/conduct-ledger.jar");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-Dfile.encoding=UTF-8",
                "-Dconductledger.kdf.iterations=20000", "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CONDUCT_LEDGER_HOME", dir.resolve("home").toString());
        builder.environment().put("CONDUCT_LEDGER_PASSWORD", "Secret#2026");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(expectedStatus, process.exitValue(), output);
        return output;
    }

    @Test
    void runnableJarInitialisesAndPrintsSchemaVersionAndRowCounts() throws Exception {
        String db = dir.resolve("ledger").toString();
        run(0, "init", "--db", db, "--root-org", "中共某县直机关工作委员会", "--root-code", "XZJG", "--admin", "admin");
        String output = run(0, "--db", db, "--user", "admin", "info");
        assertTrue(output.contains("organisation: 1"), output);
        assertTrue(output.contains("app_user: 1"), output);
        assertTrue(output.contains("audit_entry: "), output);
        byte[] file = Files.readAllBytes(dir.resolve("ledger.mv.db"));
        String raw = new String(file, StandardCharsets.ISO_8859_1);
        assertTrue(!raw.contains("XZJG") && !raw.contains("CREATE TABLE") && !raw.contains("organisation"),
                "the database file must not be readable without the key");
        assertTrue(Files.isRegularFile(dir.resolve("ledger.keys")));
        assertTrue(!Files.readString(dir.resolve("ledger.keys")).contains("Secret#2026"));
    }
}
