package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    @Test
    void acceptsPublishedSampleWithXCheckCharacter() {
        // The sample number of GB 11643 explanations: 11010519491231002X.
        assertEquals(Optional.empty(), IdNumber.problemWith("11010519491231002X"));
        assertEquals('X', IdNumber.checkCharacter("11010519491231002X"));
    }

    @Test
    void acceptsGeneratedNumbersAndReadsBirthDateAndSex() {
        LocalDate birth = LocalDate.of(1985, 2, 28);
        String man = TestIds.male(birth);
        String woman = TestIds.female(birth);
        assertTrue(IdNumber.isValid(man));
        assertTrue(IdNumber.isValid(woman));
        assertEquals(Optional.of(birth), IdNumber.parseBirthDate(man));
        assertEquals(Gender.MALE, IdNumber.gender(man));
        assertEquals(Gender.FEMALE, IdNumber.gender(woman));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            11010519491231002x,  validation.idNumber.lowerCaseX
            110105194912310021,  validation.idNumber.checkDigit
            11010519491231002,   validation.idNumber.length
            11010519491231002XX, validation.idNumber.length
            11010519490231002X,  validation.idNumber.birthDate
            11010518991231002X,  validation.idNumber.birthDate
            1101051949123100AX,  validation.idNumber.characters
            11010519491231002Y,  validation.idNumber.characters
            """)
    void refusesBadNumbersWithTheRuleTheyBreak(String value, String expectedKey) {
        assertEquals(Optional.of(expectedKey), IdNumber.problemWith(value));
    }

    @Test
    void refusesBlank() {
        assertEquals(Optional.of("validation.idNumber.required"), IdNumber.problemWith(" "));
        assertEquals(Optional.of("validation.idNumber.required"), IdNumber.problemWith(null));
    }

    @Test
    void everySingleDigitChangeIsCaughtByTheCheckCharacter() {
        String valid = TestIds.male(LocalDate.of(1970, 6, 15));
        for (int position = 0; position < 6; position++) {   // address code digits: date stays valid
            char original = valid.charAt(position);
            char changed = original == '9' ? '0' : (char) (original + 1);
            String tampered = valid.substring(0, position) + changed + valid.substring(position + 1);
            assertFalse(IdNumber.isValid(tampered), tampered);
        }
    }

    @Test
    void masksAllButFirstAndLastFour() {
        assertEquals("1101**********002X", IdNumber.mask("11010519491231002X"));
    }
}
