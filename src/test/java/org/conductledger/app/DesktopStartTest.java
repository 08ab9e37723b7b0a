package org.conductledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which command lines start the window directly, without the command-line parser (Launcher's fast path). */
class DesktopStartTest {

    @Test
    void noArgumentsOrOnlyTheDatabaseFileStartTheWindow() {
        assertEquals(new DesktopStart(null), DesktopStart.of(new String[0]).orElseThrow());
        assertEquals(new DesktopStart(Path.of("/data/台账")), DesktopStart.of(new String[] {"--db", "/data/台账"}).orElseThrow());
        assertEquals(new DesktopStart(Path.of("d.mv.db")), DesktopStart.of(new String[] {"--db=d.mv.db"}).orElseThrow());
    }

    @Test
    void everythingElseGoesToTheCommandLine() {
        assertTrue(DesktopStart.of(new String[] {"info"}).isEmpty());
        assertTrue(DesktopStart.of(new String[] {"--db", "x", "info"}).isEmpty());
        assertTrue(DesktopStart.of(new String[] {"--help"}).isEmpty());
        assertTrue(DesktopStart.of(new String[] {"--db"}).isEmpty());
        assertTrue(DesktopStart.of(new String[] {"--db", "--user"}).isEmpty());
        assertTrue(DesktopStart.of(new String[] {"--db="}).isEmpty());
        assertTrue(DesktopStart.of(new String[] {"--db-url", "jdbc:postgresql://h/db"}).isEmpty());
    }
}
