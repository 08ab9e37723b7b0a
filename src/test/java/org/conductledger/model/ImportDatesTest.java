package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-05          | 2024-03-05
            2024/3/5            | 2024-03-05
            2024.3.5            | 2024-03-05
            2024年3月5日         | 2024-03-05
            2024年03月05日       | 2024-03-05
            20240305            | 2024-03-05
            2024-03-05 00:00:00 | 2024-03-05
            ' 2024-3-5 '        | 2024-03-05
            """)
    void readsTheFormsUnitsWrite(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), ImportDates.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"2024-02-30", "2023/13/1", "20241301", "3/5/2024", "明天", "2024-3", "''"})
    void refusesWhatIsNoDate(String text) {
        assertEquals(Optional.empty(), ImportDates.parse(text));
    }

    @Test
    void excelSerialNumbersFollowThe1900SystemWithItsPhantomLeapDay() {
        assertEquals(Optional.of(LocalDate.of(1900, 1, 1)), ImportDates.fromExcelSerial(BigDecimal.ONE));
        assertEquals(Optional.of(LocalDate.of(1900, 2, 28)), ImportDates.fromExcelSerial(BigDecimal.valueOf(59)));
        assertEquals(Optional.empty(), ImportDates.fromExcelSerial(BigDecimal.valueOf(60)), "1900-02-29 never was");
        assertEquals(Optional.of(LocalDate.of(1900, 3, 1)), ImportDates.fromExcelSerial(BigDecimal.valueOf(61)));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 12)), ImportDates.fromExcelSerial(new BigDecimal("46307.75")));
        assertEquals(46307, ImportDates.toExcelSerial(LocalDate.of(2026, 10, 12)));
        assertEquals(1, ImportDates.toExcelSerial(LocalDate.of(1900, 1, 1)));
    }
}
