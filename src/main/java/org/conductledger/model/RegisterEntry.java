package org.conductledger.model;

import java.time.LocalDate;

/**
 * One line of an account, group or filing register (台账) for a period: the record (newest version) with its
 * status as it stood at the end of the period and the timeliness of its report judged on that day.
 *
 * @param statusAtEnd   the status on the last day of the period; null when the record had none yet (a filing
 *                      opened in the period but filed after it)
 * @param statusOnAtEnd the date that status took effect
 * @param timeliness    reported on time, late, pending or overdue — as it stood at the end of the period
 */
public record RegisterEntry(RegisterRecord record, RegisterStatus statusAtEnd, LocalDate statusOnAtEnd,
                            Timeliness timeliness) {
}
