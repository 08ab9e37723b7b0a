package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t", "a", "X", "%", " b "})
    void blankOrOneLatinCharacterSearchesNothing(String text) {
        SearchQuery q = SearchQuery.parse(text);
        assertTrue(q.isEmpty(), String.valueOf(text));
        for (SearchKind kind : SearchKind.values()) {
            assertFalse(q.searches(kind), kind.name());
        }
    }

    @Test
    void oneChineseCharacterIsASurname() {
        SearchQuery q = SearchQuery.parse(" 王 ");
        assertEquals("王", q.text());
        assertTrue(q.searches(SearchKind.MEMBER));
        assertTrue(q.searches(SearchKind.ACCOUNT));
        assertFalse(q.searches(SearchKind.CASE));
        assertNull(q.idStart());
    }

    @Test
    void oneDigitIsOnlyACaseNumber() {
        SearchQuery q = SearchQuery.parse("7");
        assertEquals(7L, q.caseNumber());
        assertTrue(q.searches(SearchKind.CASE));
        assertFalse(q.searches(SearchKind.MEMBER));
        assertFalse(q.searches(SearchKind.ACCOUNT));
    }

    @Test
    void anIdNumberTypedInFullMatchesExactlyWithAnUpperCaseX() {
        SearchQuery q = SearchQuery.parse("11010519491231002x");
        assertEquals("11010519491231002X", q.fullIdNumber());
        assertNull(q.idStart(), "eighteen characters are not an edge of the number");
        assertNull(q.caseNumber(), "not a number: it ends in X");
        assertTrue(q.searches(SearchKind.MEMBER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100", "11010519491231002", "110105194912310021X", "1949123100"})
    void partOfAnIdNumberLongerThanTheMaskShowsIsNoIdNumber(String text) {
        SearchQuery q = SearchQuery.parse(text);
        assertNull(q.fullIdNumber(), text);
        assertNull(q.idStart(), text);
        assertNull(q.idEnd(), text);
        assertEquals(text, q.text(), "still a text for account IDs and group numbers");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            002X, 002X
            002x, 002X
            1101, 1101
            31,   31
            """)
    void upToFourCharactersMatchEitherEndOfTheNumberAsTheMaskShowsThem(String text, String edge) {
        SearchQuery q = SearchQuery.parse(text);
        assertEquals(edge, q.idStart());
        assertEquals(edge, q.idEnd());
        assertFalse(q.idBothEnds());
    }

    @Test
    void theMaskedFormMatchesBothEnds() {
        SearchQuery q = SearchQuery.parse(IdNumber.mask("11010519491231002X"));
        assertEquals("1101", q.idStart());
        assertEquals("002X", q.idEnd());
        assertTrue(q.idBothEnds());
        assertTrue(q.searches(SearchKind.MEMBER));
        assertFalse(q.searches(SearchKind.ACCOUNT));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            123,       123, false
            案件123,    123, true
            案件 123,   123, true
            '#45',     45,  true
            """)
    void aNumberIsACaseNumber(String text, long number, boolean casesOnly) {
        SearchQuery q = SearchQuery.parse(text);
        assertEquals(number, q.caseNumber());
        assertEquals(casesOnly, q.casesOnly());
        assertTrue(q.searches(SearchKind.CASE));
        assertEquals(!casesOnly, q.searches(SearchKind.ACCOUNT), "a bare number is also an account ID or group number");
    }

    @Test
    void wordsAreNoCaseNumber() {
        SearchQuery q = SearchQuery.parse("ZB1-2026-0007");
        assertNull(q.caseNumber());
        assertEquals("ZB1-2026-0007", q.text());
        assertTrue(q.searches(SearchKind.FILING));
        assertFalse(q.searches(SearchKind.CASE));
    }
}
