package org.conductledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private final Path home = Path.of("/home/zhang");

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/zhang/AppData/Roaming/ConductLedger"),
                DataDirectory.resolve(Map.of("APPDATA", "C:/Users/zhang/AppData/Roaming"), "Windows 10", home));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/data/x/conduct-ledger"), DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/x"), "Linux", home));
        assertEquals(home.resolve(".local/share/conduct-ledger"), DataDirectory.resolve(Map.of(), "Linux", home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(home.resolve("Library/Application Support/ConductLedger"), DataDirectory.resolve(Map.of(), "Mac OS X", home));
    }

    @Test
    void overrideWinsEverywhere() {
        assertEquals(Path.of("/portable"), DataDirectory.resolve(Map.of("CONDUCT_LEDGER_HOME", "/portable",
                "APPDATA", "C:/x"), "Windows 11", home));
    }
}
