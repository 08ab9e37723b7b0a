package org.conductledger.model;

import java.time.LocalDate;

/** The automatic daily backups as the 工作台 shows them: the newest one (null if none) and when the next is due. */
public record BackupState(LocalDate lastDaily, LocalDate nextDaily) {
}
