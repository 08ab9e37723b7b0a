package org.conductledger.model;

import java.time.LocalDate;

/**
 * The automatic daily backups as the 工作台 shows them: the newest one (null if none) and when the next is
 * due; {@link #BY_SERVER} for a ledger on a database server, whose backups are the server's.
 */
public record BackupState(LocalDate lastDaily, LocalDate nextDaily, boolean byServer) {

    public static final BackupState BY_SERVER = new BackupState(null, null, true);

    public BackupState(LocalDate lastDaily, LocalDate nextDaily) {
        this(lastDaily, nextDaily, false);
    }
}
