package org.conductledger.exchange;

/** JSON string literals for the files other departments' tools read (the CLI's output, the annual review). */
public final class JsonText {

    private JsonText() {
    }

    /** {@code text} quoted and escaped; {@code null} for null. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
