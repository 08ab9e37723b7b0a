package org.conductledger.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child JVM on the test class path (as store.SecondProcess starts one), its output collected line by line. */
final class Child implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private Child(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process was killed
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static Child start(Class<?> main, List<String> jvmOptions, String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits until the child printed {@code word}; fails with its output if it ended first or took too long. */
    void await(String word, long timeoutMillis) throws InterruptedException {
        long until = System.currentTimeMillis() + timeoutMillis;
        synchronized (lines) {
            while (!lines.contains(word)) {
                long left = until - System.currentTimeMillis();
                if (left <= 0 || (!process.isAlive() && !lines.contains(word))) {
                    if (!process.isAlive()) {
                        process.waitFor(1, TimeUnit.SECONDS);
                    }
                    throw new AssertionError("child did not print " + word + " (alive: " + process.isAlive() + "):\n"
                            + String.join("\n", lines));
                }
                lines.wait(Math.min(left, 100));
            }
        }
    }

    boolean said(String word) {
        synchronized (lines) {
            return lines.contains(word);
        }
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** SIGKILL (no shutdown hooks, no H2 close), then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("child did not die");
        }
    }

    boolean waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
