package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private final Session handlerWhoIsMember42 = new Session(7, "cbr", "承办人", Set.of(Role.CASE_HANDLER), 1, "/1/", 42L);
    private final Session handlerWithoutMemberRecord = new Session(8, "cbr2", "承办人2", Set.of(Role.CASE_HANDLER), 1, "/1/", null);

    @Test
    void nobodyOpensTheCaseMaterialsAboutThemselves() {
        LedgerException refused = assertThrows(LedgerException.class,
                () -> AccessPolicy.requireNoConflict(handlerWhoIsMember42, 42L));
        assertEquals("error.access.conflictOfInterest", refused.messageKey());
    }

    @Test
    void othersCasesAreNotAConflict() {
        assertDoesNotThrow(() -> AccessPolicy.requireNoConflict(handlerWhoIsMember42, 43L));
        assertDoesNotThrow(() -> AccessPolicy.requireNoConflict(handlerWithoutMemberRecord, 42L));
    }

    @Test
    void rolesGrantOnlyTheirPermissions() {
        Session auditor = new Session(1, "a", "a", Set.of(Role.AUDITOR), 1, "/1/", null);
        assertEquals(true, auditor.has(Permission.AUDIT_READ));
        assertEquals(false, auditor.has(Permission.MEMBER_READ));
        assertThrows(LedgerException.class, () -> auditor.require(Permission.ORG_READ));
        assertEquals(true, auditor.inScope("/1/5/"));
        assertEquals(false, auditor.inScope("/2/"));
    }
}
