package org.conductledger.store;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random secret that H2 derives the file's AES key from. It exists in clear only in memory while
 * the database is open; on disk it is only ever wrapped by a user's password-derived key.
 */
public final class DatabaseKey {

    private final char[] secret;

    private DatabaseKey(char[] secret) {
        this.secret = secret;
    }

    public static DatabaseKey random() {
        return fromBytes(Pbkdf2.randomBytes(32));
    }

    static DatabaseKey fromBytes(byte[] bytes) {
        try {
            return new DatabaseKey(HexFormat.of().formatHex(bytes).toCharArray());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    byte[] bytes() {
        return HexFormat.of().parseHex(new String(secret));
    }

    /** H2's password for an encrypted file: "&lt;file password&gt; &lt;user password&gt;" (the user password is empty). */
    char[] h2Password() {
        char[] password = Arrays.copyOf(secret, secret.length + 1);
        password[secret.length] = ' ';
        return password;
    }
}
