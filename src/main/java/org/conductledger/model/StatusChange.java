package org.conductledger.model;

import java.time.Instant;
import java.time.LocalDate;

/** One status change of a register record: from, to, the date it took effect, why, who recorded it and when. */
public record StatusChange(RegisterStatus from, RegisterStatus to, LocalDate changedOn, String reason, String userName,
                           Instant recordedAt) {
}
