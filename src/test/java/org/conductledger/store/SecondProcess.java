package org.conductledger.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Opens a database in a separate JVM and keeps it open: the only faithful way to test what a second
 * running instance sees (inside one JVM, H2 shares the open database between connections).
 */
public final class SecondProcess implements AutoCloseable {

    private final Process process;

    private SecondProcess(Process process) {
        this.process = process;
    }

    /** Starts a JVM holding {@code location} open; returns once it reports the database open. */
    public static SecondProcess holding(DatabaseLocation location) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SecondProcess.class.getName(), location.base().toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder said = new StringBuilder();
        while ((line = out.readLine()) != null) {
            if (line.equals("OPEN")) {
                return new SecondProcess(process);
            }
            said.append(line).append('\n');
        }
        throw new IllegalStateException("holder process ended before opening the database:\n" + said);
    }

    /** Opens in this JVM (the "second instance"). */
    static Database open(DatabaseLocation location) {
        return Database.open(location);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseLocation.of(Path.of(args[0])))) {
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
