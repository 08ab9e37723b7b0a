package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberFilterTest {

    private final String id = "11010519491231002X";
    private final MemberSummary member = new MemberSummary(1, "王秀英", Gender.FEMALE, id, LocalDate.of(1949, 12, 31),
            MemberCategory.FULL, LocalDate.of(1970, 1, 1), 1, "第一党支部", null, false, CadreRank.NONE, MemberStatus.NORMAL);

    @Test
    void matchesNamePartsAndVisibleIdParts() {
        assertTrue(MemberFilter.matches(member, "秀英"));
        assertTrue(MemberFilter.matches(member, "1101"));
        assertTrue(MemberFilter.matches(member, "002x"));
        assertTrue(MemberFilter.matches(member, id.toLowerCase()));
        assertTrue(MemberFilter.matches(member, ""));
    }

    @Test
    void doesNotRevealTheMaskedMiddleOfTheIdNumber() {
        assertFalse(MemberFilter.matches(member, "19491231"));
        assertFalse(MemberFilter.matches(member, "11010519"));
        assertFalse(MemberFilter.matches(member, "李"));
    }
}
