package org.conductledger.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tree that {@code /import/orgs-300.xlsx} holds, read from the CSV LibreOffice made it from. */
public final class OrgsFixture {

    private OrgsFixture() {
    }

    /** Code → {name, type as written, parent code (blank: ROOT), 成立日期 as written}; codes upper case. */
    public static Map<String, String[]> expectedTree() throws IOException {
        Map<String, String[]> tree = new HashMap<>();
        try (InputStream in = OrgsFixture.class.getResourceAsStream("/import/orgs-300.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            for (String line : lines) {
                String[] c = line.split(",", -1);
                tree.put(c[1].toUpperCase(Locale.ROOT), new String[] {c[0], c[2],
                        c[3].isBlank() ? "ROOT" : c[3].toUpperCase(Locale.ROOT), c[4]});
            }
        }
        return tree;
    }
}
