package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterRulesTest {

    private final RegisterRules rules = new RegisterRules(TestClock.CLOCK);   // today: 2026-11-23

    private static RegisterForm account(String url, LocalDate opened, LocalDate reported) {
        return new RegisterForm(RegisterKind.ACCOUNT, 1L, 1L, false, "官方号", "id-1", url, "部长", null, opened, reported,
                null, null, null, false, null, null, null, null, null, null, List.of());
    }

    private List<String> keys(RegisterForm form) {
        return rules.validate(form).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aCompleteAccountIsValid() {
        assertEquals(List.of(), keys(account("https://weibo.com/x", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5))));
        assertEquals(List.of(), keys(account(null, LocalDate.of(2026, 1, 1), null)), "URL and report date are optional");
    }

    @Test
    void datesMustBePastAndInOrder() {
        assertEquals(List.of("OPENED_ON:validation.date.future"), keys(account(null, LocalDate.of(2026, 11, 24), null)));
        assertEquals(List.of("REPORTED_ON:validation.register.reportedBeforeOpened"),
                keys(account(null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1))));
        assertEquals(List.of("REPORTED_ON:validation.date.future"),
                keys(account(null, LocalDate.of(2026, 5, 2), LocalDate.of(2027, 1, 1))));
    }

    @Test
    void onlyWebAddressesAreAccepted() {
        for (String bad : List.of("ftp://a.com/x", "weibo.com/x", "javascript:alert(1)", "https://", "http:// bad")) {
            assertEquals(List.of("URL:validation.register.url"), keys(account(bad, LocalDate.of(2026, 1, 1), null)), bad);
        }
        assertEquals(List.of(), keys(account("HTTP://mp.weixin.qq.com/s?__biz=abc", LocalDate.of(2026, 1, 1), null)));
    }

    @Test
    void aRoleIdentityAccountNamesTheRoleAndAFilingItsDate() {
        RegisterForm noRole = new RegisterForm(RegisterKind.ACCOUNT, 1L, 1L, false, "号", "id", null, " ", null,
                LocalDate.of(2026, 1, 1), null, null, null, null, false, null, null, null, null, null, null, List.of());
        assertEquals(List.of("ROLE_IDENTITY:validation.required"), keys(noRole));
        RegisterForm undatedFiling = new RegisterForm(RegisterKind.FILING, 1L, 1L, false, "号", "id", null, null, null,
                LocalDate.of(2026, 1, 1), null, null, null, null, false, null, null, null, null, "91350100M000100Y43", null, List.of());
        assertEquals(List.of("REPORTED_ON:validation.required"), keys(undatedFiling));
    }

    @Test
    void theCreditCodeCheckCharacterIsVerified() {
        assertTrue(Uscc.isValid("91350100M000100Y43"));
        assertFalse(Uscc.isValid("91350100M000100Y44"));
        assertFalse(Uscc.isValid("91350100M000100Y4"));
        assertFalse(Uscc.isValid("9135010OM000100Y43"), "O is not in the alphabet");
        String first17 = "12100000400012345";
        assertTrue(Uscc.isValid(first17 + Uscc.checkCharacter(first17)));
    }

    @Test
    void aGroupSizeNeedsTheDateItWasCounted() {
        RegisterForm group = new RegisterForm(RegisterKind.GROUP, 1L, 1L, false, "群", "g1", null, null, null,
                LocalDate.of(2026, 1, 1), null, null, 1L, GroupRole.ADMIN, false, 20, null, null, null, null, null, List.of());
        assertEquals(List.of("GROUP_SIZE_ON:validation.register.sizeNeedsDate"), keys(group));
    }

    @Test
    void operatorsNeedNames() {
        RegisterForm form = new RegisterForm(RegisterKind.ACCOUNT, 1L, 1L, false, "号", "id", null, "部长", null,
                LocalDate.of(2026, 1, 1), null, null, null, null, false, null, null, null, null, null, null,
                List.of(new Operator(" ", "科员")));
        assertEquals(List.of("OPERATORS:validation.register.operatorName"), keys(form));
    }

    @Test
    void theDeadlineFlagsLateAndOverdueRecords() {
        ReportingDeadline d = new ReportingDeadline(30);
        LocalDate opened = LocalDate.of(2026, 1, 1);
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertEquals(Timeliness.ON_TIME, d.assess(opened, LocalDate.of(2026, 1, 31), today), "day 30 is on time");
        assertEquals(Timeliness.LATE, d.assess(opened, LocalDate.of(2026, 2, 1), today));
        assertEquals(Timeliness.OVERDUE, d.assess(opened, null, today));
        assertEquals(Timeliness.PENDING, d.assess(LocalDate.of(2026, 11, 1), null, today));
        assertThrows(LedgerException.class, () -> new ReportingDeadline(0));
    }

    @Test
    void filingNumbersArePadded() {
        assertEquals("ZB1-2026-0007", FilingNumber.format("ZB1", 2026, 7));
        assertEquals("ZB1-2026-12345", FilingNumber.format("ZB1", 2026, 12345));
    }
}
