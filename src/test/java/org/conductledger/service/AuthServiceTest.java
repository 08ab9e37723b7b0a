package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Role;
import org.conductledger.model.UserAccount;
import org.conductledger.model.UserForm;
import org.conductledger.model.ValidationException;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.KeyFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthServiceTest {

    @TempDir
    Path dir;
    TestLedger ledger;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        ledger.services.users().create(new UserForm("zhibu", "支部书记", ledger.root().id(), Set.of(Role.BRANCH_SECRETARY), null),
                "Start#2026a".toCharArray(), "Start#2026a".toCharArray());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private LedgerException loginFails(String user, String password) {
        return assertThrows(LedgerException.class, () -> ledger.auth.login(ledger.location, user, password.toCharArray()));
    }

    @Test
    void aNewUserMustChangeTheInitialPasswordAndTheOldOneStopsWorking() {
        LoginResult first = ledger.auth.login(ledger.location, "zhibu", "Start#2026a".toCharArray());
        assertTrue(first.mustChangePassword());
        try (var services = TestLedger.wire(first)) {
            ValidationException weak = assertThrows(ValidationException.class,
                    () -> services.users().changeOwnPassword("Start#2026a".toCharArray(), "short".toCharArray(), "short".toCharArray()));
            assertEquals("validation.password.tooShort", weak.problems().get(0).messageKey());
            services.users().changeOwnPassword("Start#2026a".toCharArray(), "Branch#2026".toCharArray(), "Branch#2026".toCharArray());
        }
        assertEquals("error.login.failed", loginFails("zhibu", "Start#2026a").messageKey());
        try (var again = TestLedger.wire(ledger.auth.login(ledger.location, "zhibu", "Branch#2026".toCharArray()))) {
            assertFalse(again.session().roles().contains(Role.SYSTEM_ADMIN));
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        for (int i = 1; i <= 4; i++) {
            LedgerException e = loginFails("zhibu", "Wrong#2026x");
            assertEquals("error.login.failed", e.messageKey());
            assertEquals(java.util.List.of(5, 15), e.args(), "the policy, not the attempts left");
        }
        assertEquals("error.login.lockedNow", loginFails("zhibu", "Wrong#2026x").messageKey());
        assertEquals("error.login.locked", loginFails("zhibu", "Start#2026a").messageKey());
        // The administrator's reset lifts the lock.
        UserAccount user = ledger.services.users().list().stream().filter(u -> u.username().equals("zhibu")).findFirst().orElseThrow();
        ledger.services.users().resetPassword(user.id(), "Reset#2026b".toCharArray(), "Reset#2026b".toCharArray());
        ledger.auth.login(ledger.location, "zhibu", "Reset#2026b".toCharArray()).ledger().close();
    }

    @Test
    void anUnknownUserNameAndAWrongPasswordGetTheSameAnswer() {
        LedgerException unknown = loginFails("nobody", "Wrong#2026x");
        LedgerException wrong = loginFails("zhibu", "Wrong#2026x");
        assertEquals(unknown.messageKey(), wrong.messageKey());
        assertEquals(unknown.args(), wrong.args());
    }

    @Test
    void userNamesDifferingOnlyInCaseAreRefused() {
        org.conductledger.model.ValidationException e = assertThrows(org.conductledger.model.ValidationException.class,
                () -> ledger.services.users().create(new org.conductledger.model.UserForm("ZhiBu", "另一人", ledger.root().id(),
                        Set.of(Role.BRANCH_SECRETARY), null), "Start#2026a".toCharArray(), "Start#2026a".toCharArray()));
        assertEquals("validation.user.usernameTaken", e.problems().get(0).messageKey());
    }

    @Test
    void aCorrectUnlockResetsTheCountAndALockoutWhileLockedIsAudited() {
        try (var services = TestLedger.wire(ledger.auth.login(ledger.location, "zhibu", "Start#2026a".toCharArray()))) {
            for (int i = 1; i <= 4; i++) {
                LedgerException e = assertThrows(LedgerException.class, () -> services.users().unlockScreen("Wrong#2026x".toCharArray()));
                assertEquals("error.unlock.wrongPassword", e.messageKey());
                assertEquals(5 - i, e.args().get(0));
            }
            services.users().unlockScreen("Start#2026a".toCharArray());
            LedgerException again = assertThrows(LedgerException.class, () -> services.users().unlockScreen("Wrong#2026x".toCharArray()));
            assertEquals(4, again.args().get(0), "a correct unlock starts the count again");
            for (int i = 1; i <= 3; i++) {
                assertThrows(LedgerException.class, () -> services.users().unlockScreen("Wrong#2026x".toCharArray()));
            }
            assertEquals("error.login.lockedNow", assertThrows(LedgerException.class,
                    () -> services.users().unlockScreen("Wrong#2026x".toCharArray())).messageKey());
        }
        try (var auditorView = ledger.loginAs("shenji", ledger.root(), Set.of(Role.AUDITOR))) {
            var unlockFailures = auditorView.audit().find(new org.conductledger.model.AuditFilter("zhibu", org.conductledger.model.AuditAction.UNLOCK_FAILED, null, null, null, 100));
            assertEquals(9, unlockFailures.size());
            assertEquals(1, unlockFailures.stream().filter(e -> "LOCKED_OUT".equals(e.summary())).count());
        }
        assertEquals("error.login.locked", loginFails("zhibu", "Start#2026a").messageKey());
    }

    @Test
    void aWrongCurrentPasswordInAPasswordChangeIsCountedAndAudited() {
        try (var services = TestLedger.wire(ledger.auth.login(ledger.location, "zhibu", "Start#2026a".toCharArray()))) {
            org.conductledger.model.ValidationException e = assertThrows(org.conductledger.model.ValidationException.class,
                    () -> services.users().changeOwnPassword("Wrong#2026x".toCharArray(), "Branch#2026".toCharArray(), "Branch#2026".toCharArray()));
            assertEquals("validation.password.wrongOld", e.problems().get(0).messageKey());
            assertEquals(java.util.List.of(4), e.problems().get(0).args());
        }
        try (var auditorView = ledger.loginAs("shenji", ledger.root(), Set.of(Role.AUDITOR))) {
            var failures = auditorView.audit().find(new org.conductledger.model.AuditFilter("ZHIBU", org.conductledger.model.AuditAction.PASSWORD_CHANGE, null, null, null, 100));
            assertEquals(1, failures.size(), "found whatever the case of the user name in the filter");
            assertEquals(AuditEntry.FAILURE, failures.get(0).result());
        }
    }

    @Test
    void userNamesLogInInAnyCaseAndTheAuditorRoleStandsAlone() {
        ledger.auth.login(ledger.location, "ZHIBU", "Start#2026a".toCharArray()).ledger().close();
        org.conductledger.model.ValidationException e = assertThrows(org.conductledger.model.ValidationException.class,
                () -> ledger.services.users().create(new org.conductledger.model.UserForm("sj2", "审计员", ledger.root().id(),
                        Set.of(Role.AUDITOR, Role.BRANCH_SECRETARY), null), "Start#2026a".toCharArray(), "Start#2026a".toCharArray()));
        assertEquals("validation.user.adminAndAuditor", e.problems().get(0).messageKey());
        org.conductledger.model.ValidationException named = assertThrows(org.conductledger.model.ValidationException.class,
                () -> ledger.services.users().create(new org.conductledger.model.UserForm("case1", "某", ledger.root().id(),
                        Set.of(Role.BRANCH_SECRETARY), null), "Case1#case1".toCharArray(), "Case1#case1".toCharArray()));
        assertEquals("validation.password.containsUsername", named.problems().get(0).messageKey());
    }

    @Test
    void anEmptyCurrentPasswordIsNotCountedAsAWrongOne() {
        try (var services = TestLedger.wire(ledger.auth.login(ledger.location, "zhibu", "Start#2026a".toCharArray()))) {
            for (int i = 0; i < 6; i++) {
                org.conductledger.model.ValidationException e = assertThrows(org.conductledger.model.ValidationException.class,
                        () -> services.users().changeOwnPassword(new char[0], "Branch#2026".toCharArray(), "Branch#2026".toCharArray()));
                assertEquals("validation.required", e.problems().get(0).messageKey());
            }
            services.users().changeOwnPassword("Start#2026a".toCharArray(), "Branch#2026".toCharArray(), "Branch#2026".toCharArray());
        }
    }

    @Test
    void aRefusedActionIsAudited() {
        try (var branch = ledger.loginAs("refused", ledger.root(), Set.of(Role.BRANCH_SECRETARY))) {
            assertEquals("error.access.deniedNeeds", assertThrows(LedgerException.class, () -> branch.users().list()).messageKey());
        }
        try (var auditorView = ledger.loginAs("shenji", ledger.root(), Set.of(Role.AUDITOR))) {
            var denied = auditorView.audit().find(new org.conductledger.model.AuditFilter("refused",
                    org.conductledger.model.AuditAction.ACCESS_DENIED, null, null, null, 10));
            assertEquals(1, denied.size());
            assertEquals("permission: USER_MANAGE", denied.get(0).summary());
            assertEquals(AuditEntry.FAILURE, denied.get(0).result());
            assertTrue(auditorView.audit().verify().intact());
        }
    }

    @Test
    void failedLoginsReachTheAuditLogAtTheNextSuccessfulLogin() {
        loginFails("zhibu", "Wrong#2026x");
        loginFails("nobody", "Whatever#1");
        try (var auditorView = ledger.loginAs("shenji", ledger.root(), Set.of(Role.AUDITOR))) {
            var failures = auditorView.audit().find(new org.conductledger.model.AuditFilter(null, null, null, null, null, 100)).stream()
                    .filter(e -> e.action().equals("LOGIN_FAILED")).toList();
            assertEquals(2, failures.size(), failures.toString());
            assertTrue(failures.stream().allMatch(e -> AuditEntry.FAILURE.equals(e.result())));
            assertTrue(failures.stream().anyMatch(e -> "nobody".equals(e.username())));
            assertTrue(auditorView.audit().verify().intact());
        }
    }

    @Test
    void theLoginPolicyIsConfigurableWithinLimitsAndAudited() {
        assertEquals(org.conductledger.model.LoginPolicy.DEFAULT, ledger.services.users().policy());
        try (var dept = ledger.loginAs("dept", ledger.root(), Set.of(Role.ORG_DEPARTMENT))) {
            assertEquals("error.access.deniedNeeds", assertThrows(LedgerException.class,
                    () -> dept.users().setPolicy(new org.conductledger.model.LoginPolicy(3, 30, 10))).messageKey());
        }
        try (var admin = ledger.loginAs("sys", ledger.root(), Set.of(Role.SYSTEM_ADMIN))) {
            assertEquals("error.policy.range", assertThrows(LedgerException.class,
                    () -> admin.users().setPolicy(new org.conductledger.model.LoginPolicy(1, 30, 10))).messageKey());
            admin.users().setPolicy(new org.conductledger.model.LoginPolicy(3, 30, 10));
        }
        loginFails("zhibu", "Wrong#2026x");
        loginFails("zhibu", "Wrong#2026x");
        LedgerException third = loginFails("zhibu", "Wrong#2026x");
        assertEquals("error.login.lockedNow", third.messageKey());
        assertEquals(java.util.List.of(3, 30), third.args());
    }

    @Test
    void aDisabledUserCannotLogIn() {
        UserAccount user = ledger.services.users().list().stream().filter(u -> u.username().equals("zhibu")).findFirst().orElseThrow();
        ledger.services.users().disable(user.id());
        assertEquals("error.login.disabled", loginFails("zhibu", "Start#2026a").messageKey());
        assertEquals("error.user.disableSelf", assertThrows(LedgerException.class,
                () -> ledger.services.users().disable(ledger.services.session().userId())).messageKey());
    }

    @Test
    @Tag("embedded-only")   // the key file beside an embedded database
    void aMissingOrCorruptKeyFileGivesAClearMessageAndLeavesTheDataAlone() throws Exception {
        ledger.close();
        Path keys = KeyFile.pathFor(ledger.location);
        byte[] original = Files.readAllBytes(keys);
        Files.writeString(keys, "garbage", StandardCharsets.UTF_8);
        assertEquals("error.keyFile.corrupt", loginFails("admin", TestLedger.PASSWORD).messageKey());
        Files.delete(keys);
        assertEquals("error.keyFile.missing", loginFails("admin", TestLedger.PASSWORD).messageKey());
        Files.write(keys, original);
        ledger.auth.login(ledger.location, "admin", TestLedger.PASSWORD.toCharArray()).ledger().close();
    }

    @Test
    @Tag("embedded-only")   // reads the key file beside an embedded database
    void passwordsAreStoredOnlyAsSlowSaltedHashes() throws Exception {
        String keyFile = Files.readString(KeyFile.pathFor(ledger.location));
        assertFalse(keyFile.contains(TestLedger.PASSWORD));
        assertFalse(keyFile.contains("Start#2026a"));
        assertTrue(keyFile.contains("user.admin.wrapped="));
    }

    @Test
    void initialisingRefusesWeakPasswordsAndWritesNothing(@TempDir Path other) {
        var location = org.conductledger.store.DatabaseLocation.of(other.resolve("ledger"));
        ValidationException weak = assertThrows(ValidationException.class, () -> ledger.auth.initialise(location,
                new org.conductledger.model.OrganisationForm("党委", "DW", org.conductledger.model.OrgType.PARTY_COMMITTEE, null, null),
                "admin", "管理员", Set.of(), "password".toCharArray(), "password".toCharArray()));
        assertEquals("validation.password.classes", weak.problems().get(0).messageKey());
        assertFalse(Files.exists(location.file()));
        assertFalse(KeyFile.exists(location));
    }
}
