package org.conductledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.conductledger.ui.common.DateFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFieldsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-03-06, 2024-03-06
            2024-3-6,   2024-03-06
            2024/3/6,   2024-03-06
            20240306,   2024-03-06
            2024.3.6,   2024-03-06
            2024年3月6日, 2024-03-06
            """)
    void readsWhatOfficeUsersType(String typed, LocalDate expected) {
        assertEquals(Optional.of(expected), DateFields.parse(typed));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2006-13-45
            2023-02-29
            yesterday
            06-07-01
            """)
    void refusesImpossibleDates(String typed) {
        assertEquals(Optional.empty(), DateFields.parse(typed));
    }
}
