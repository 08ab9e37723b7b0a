package org.conductledger.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conductledger.model.AuditAction;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Permission;
import org.conductledger.model.Problem;
import org.conductledger.model.Session;
import org.conductledger.model.UserAccount;
import org.conductledger.model.UserField;
import org.conductledger.model.UserForm;
import org.conductledger.model.UserRules;
import org.conductledger.model.ValidationException;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.Pbkdf2;
import org.conductledger.store.Transactions;
import org.conductledger.store.UserRepository;

/**
 * User accounts: create, disable (never delete: audit entries refer to them), reset and change
 * passwords. Every password change re-wraps the database key in the key file for that user.
 */
public final class UserService {

    private final Session session;
    private final OpenLedger ledger;
    private final Transactions transactions;
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final Pbkdf2 kdf;

    public UserService(Session session, OpenLedger ledger, UserRepository users, OrganisationRepository organisations,
                       AuditLog audit, Pbkdf2 kdf) {
        this.session = session;
        this.ledger = ledger;
        this.transactions = ledger.database();
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
        this.kdf = kdf;
    }

    public Session session() {
        return session;
    }

    public List<UserAccount> list() {
        audit.require(session, Permission.USER_MANAGE);
        return users.list();
    }

    /** A new user; they must change the initial password at first login. */
    public UserAccount create(UserForm input, char[] initialPassword, char[] repeat) {
        audit.require(session, Permission.USER_MANAGE);
        UserForm form = new UserForm(input.username() == null ? null : input.username().strip(), input.fullName(),
                input.orgId(), input.roles(), input.memberId());
        List<Problem> problems = new ArrayList<>(UserRules.validate(form));
        if (form.username() != null && (users.usernameTakenAnywhere(form.username())
                || ledger.keyFile().hasUserIgnoringCase(form.username()))) {
            problems.add(0, Problem.of(UserField.USERNAME, "validation.user.usernameTaken"));
        }
        problems.addAll(UserRules.checkNewPassword(form.username(), initialPassword, repeat));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return transactions.inTransaction(() -> {
            organisations.findById(form.orgId()).orElseThrow(() -> new LedgerException("error.org.notFound", form.orgId()));
            if (users.usernameTakenAnywhere(form.username()) || ledger.keyFile().hasUserIgnoringCase(form.username())) {
                throw new ValidationException(Problem.of(UserField.USERNAME, "validation.user.usernameTaken"));
            }
            long id = users.insert(form, kdf.hash(initialPassword), true);
            audit.record(session, AuditAction.USER_CREATE, "user", id,
                    "username: " + form.username() + "; orgId: " + form.orgId() + "; roles: " + form.roles());
            char[] copy = Arrays.copyOf(initialPassword, initialPassword.length);
            ledger.database().afterCommit(() -> {
                ledger.keyFile().wrapFor(form.username(), copy, ledger.key(), kdf);
                ledger.keyFile().save();
                Arrays.fill(copy, '\0');
            });
            return users.findById(id).orElseThrow();
        });
    }

    /** Changes another user's full name, organisation and roles; the user name stays. */
    public UserAccount update(long userId, UserForm input) {
        audit.require(session, Permission.USER_MANAGE);
        return transactions.inTransaction(() -> {
            UserAccount user = users.findById(userId).orElseThrow(() -> new LedgerException("error.user.notFound"));
            UserForm form = new UserForm(user.username(), input.fullName(), input.orgId(), input.roles(), user.memberId());
            List<Problem> problems = UserRules.validate(form);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            if (userId == session.userId() && !form.roles().contains(org.conductledger.model.Role.SYSTEM_ADMIN)) {
                throw new LedgerException("error.user.dropOwnAdmin");
            }
            organisations.findById(form.orgId()).orElseThrow(() -> new LedgerException("error.org.notFound", form.orgId()));
            String changes = org.conductledger.model.ChangeSummary.changed(fields(user.fullName(), user.orgId(), user.roles()),
                    fields(form.fullName().strip(), form.orgId(), form.roles()));
            if (changes.isEmpty()) {
                return user;      // nothing to save, nothing to audit
            }
            users.update(userId, form);
            audit.record(session, AuditAction.USER_UPDATE, "user", userId, "username: " + user.username() + "; " + changes);
            return users.findById(userId).orElseThrow();
        });
    }

    private static java.util.Map<String, Object> fields(String fullName, long orgId, java.util.Set<org.conductledger.model.Role> roles) {
        java.util.Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("fullName", fullName);
        f.put("orgId", orgId);
        f.put("roles", new java.util.TreeSet<>(roles));
        return f;
    }

    /** Lifts a lockout without touching the password. */
    public void unlockAccount(long userId) {
        audit.require(session, Permission.USER_MANAGE);
        transactions.run(() -> {
            UserAccount user = users.findById(userId).orElseThrow(() -> new LedgerException("error.user.notFound"));
            if (!ledger.keyFile().lockedUsers().contains(user.username())) {
                throw new LedgerException("error.user.notLocked", user.username());
            }
            audit.record(session, AuditAction.ACCOUNT_UNLOCK, "user", userId, "username: " + user.username());
            ledger.database().afterCommit(() -> ledger.keyFile().unlockAccount(user.username()));
        });
    }

    /** The user names locked out just now (wrong passwords), for the administrator's list. */
    public java.util.Set<String> lockedOut() {
        audit.require(session, Permission.USER_MANAGE);
        return ledger.keyFile().lockedUsers();
    }

    public UserAccount disable(long userId) {
        audit.require(session, Permission.USER_MANAGE);
        if (userId == session.userId()) {
            throw new LedgerException("error.user.disableSelf");
        }
        return transactions.inTransaction(() -> {
            UserAccount user = users.findById(userId).orElseThrow(() -> new LedgerException("error.user.notFound"));
            users.setActive(userId, false);
            audit.record(session, AuditAction.USER_DISABLE, "user", userId, "username: " + user.username());
            ledger.database().afterCommit(() -> {
                ledger.keyFile().disable(user.username());
                ledger.keyFile().save();
            });
            return users.findById(userId).orElseThrow();
        });
    }

    /** Sets a new password for another user (who must change it at next login) and lifts a lockout. */
    public void resetPassword(long userId, char[] newPassword, char[] repeat) {
        audit.require(session, Permission.USER_MANAGE);
        UserAccount target = users.findById(userId).orElseThrow(() -> new LedgerException("error.user.notFound"));
        List<Problem> problems = UserRules.checkNewPassword(target.username(), newPassword, repeat);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        transactions.run(() -> {
            UserAccount user = users.findById(userId).orElseThrow(() -> new LedgerException("error.user.notFound"));
            users.setPassword(userId, kdf.hash(newPassword), true);
            users.setActive(userId, true);
            audit.record(session, AuditAction.PASSWORD_RESET, "user", userId, "username: " + user.username());
            if (!user.active()) {
                audit.record(session, AuditAction.USER_ENABLE, "user", userId, "username: " + user.username());
            }
            char[] copy = Arrays.copyOf(newPassword, newPassword.length);
            ledger.database().afterCommit(() -> {
                ledger.keyFile().wrapFor(user.username(), copy, ledger.key(), kdf);
                ledger.keyFile().unlockAccount(user.username());
                ledger.keyFile().save();
                Arrays.fill(copy, '\0');
            });
        });
    }

    /** The logged-in user changes their own password (also when forced after a reset). */
    public void changeOwnPassword(char[] oldPassword, char[] newPassword, char[] repeat) {
        String stored = users.passwordHash(session.userId()).orElseThrow();
        if (oldPassword == null || oldPassword.length == 0) {
            throw new ValidationException(Problem.of(UserField.OLD_PASSWORD, "validation.required"));
        }
        if (!Pbkdf2.verify(oldPassword, stored)) {
            // Counted like a login: the open session must not become a way to guess the password.
            countWrongPassword(AuditAction.PASSWORD_CHANGE);
        }
        List<Problem> problems = new ArrayList<>(UserRules.checkNewPassword(session.username(), newPassword, repeat));
        if (Arrays.equals(oldPassword, newPassword)) {
            problems.add(Problem.of(UserField.PASSWORD, "validation.password.unchanged"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        transactions.run(() -> {
            users.setPassword(session.userId(), kdf.hash(newPassword), false);
            audit.record(session, AuditAction.PASSWORD_CHANGE, "user", session.userId(), null);
            char[] copy = Arrays.copyOf(newPassword, newPassword.length);
            ledger.database().afterCommit(() -> {
                ledger.keyFile().wrapFor(session.username(), copy, ledger.key(), kdf);
                ledger.keyFile().save();
                Arrays.fill(copy, '\0');
            });
        });
    }

    /**
     * Unlocks the screen after the idle timeout: the same password check and the same lockout as a
     * login. A wrong password throws the message to show (attempts left, or locked).
     */
    public void unlockScreen(char[] password) {
        if (ledger.keyFile().matches(session.username(), password)) {
            ledger.keyFile().resetFailures(session.username());
            transactions.run(() -> audit.record(session, AuditAction.UNLOCKED, "user", session.userId(), null));
            return;
        }
        countWrongPassword(AuditAction.UNLOCK_FAILED);
    }

    /**
     * Counts a wrong password given inside a session and audits it at once; always throws the message
     * to show: attempts left, or {@code error.login.lockedNow}, after which the caller ends the session.
     */
    private void countWrongPassword(AuditAction action) {
        String reason = "WRONG_PASSWORD";
        try {
            ledger.keyFile().countFailure(session.username(), audit.host());
        } catch (LedgerException e) {
            if ("error.login.lockedNow".equals(e.messageKey())) {
                reason = org.conductledger.store.KeyFile.LOCKED_OUT;
            }
            if (action == AuditAction.PASSWORD_CHANGE && !"error.login.lockedNow".equals(e.messageKey())) {
                e = new ValidationException(List.of(Problem.of(UserField.OLD_PASSWORD, "validation.password.wrongOld",
                        e.args().get(0))));
            }
            throw e;
        } finally {
            String summary = reason;
            transactions.run(() -> audit.recordFailure(session.username(), action, summary, audit.host(),
                    java.time.Instant.now()));
            ledger.keyFile().clearPendingFailures();
            ledger.keyFile().save();
        }
    }

    public void recordScreenLocked() {
        transactions.run(() -> audit.record(session, AuditAction.SCREEN_LOCKED, "user", session.userId(), null));
    }

    public void recordLogout() {
        transactions.run(() -> audit.record(session, AuditAction.LOGOUT, "user", session.userId(), null));
    }

    /** Lockout and idle-timeout policy (configurable, 等保 2.0 L2 defaults 5 attempts / 15 min / 15 min). */
    public org.conductledger.model.LoginPolicy policy() {
        return ledger.keyFile().policy();
    }

    public void setPolicy(org.conductledger.model.LoginPolicy policy) {
        audit.require(session, Permission.SETTINGS_MANAGE);
        if (!policy.isReasonable()) {
            throw new LedgerException("error.policy.range");
        }
        org.conductledger.model.LoginPolicy before = ledger.keyFile().policy();
        transactions.run(() -> {
            audit.record(session, AuditAction.SETTINGS_CHANGE, "policy", null,
                    org.conductledger.model.ChangeSummary.changed(policyFields(before), policyFields(policy)));
            ledger.database().afterCommit(() -> ledger.keyFile().setPolicy(policy));
        });
    }

    private static java.util.Map<String, Object> policyFields(org.conductledger.model.LoginPolicy policy) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("maxFailures", policy.maxFailures());
        fields.put("lockMinutes", policy.lockMinutes());
        fields.put("idleMinutes", policy.idleMinutes());
        return fields;
    }

    /** Idle minutes before the screen locks (the key file's policy). */
    public int idleMinutes() {
        return ledger.keyFile().policy().idleMinutes();
    }
}
