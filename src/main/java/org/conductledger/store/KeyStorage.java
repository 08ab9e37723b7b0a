package org.conductledger.store;

import java.util.Properties;

/** Where a {@link KeyFile}'s name/value pairs are kept: a file beside the database, or a server table. */
interface KeyStorage {

    boolean exists();

    /** The stored pairs; a store that cannot be read is refused with error.keyFile.corrupt. */
    Properties read();

    /** Replaces the stored pairs with {@code pairs}, all or nothing. */
    void write(Properties pairs);

    /** For messages: the file's path or the server table. */
    String describe();

    /** Whether the audit chain's anchor is kept here (only outside the database it anchors). */
    boolean keepsAnchor();
}
