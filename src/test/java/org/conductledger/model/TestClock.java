package org.conductledger.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The fixed "today" of every test: 2026-11-23 in China Standard Time. */
public final class TestClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZONE).toInstant(), ZONE);

    private TestClock() {
    }
}
