package org.conductledger.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Validation of user accounts and passwords. */
public final class UserRules {

    /** ASCII so that it is typed the same on every keyboard and layout, and keys the key file safely. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,32}");
    public static final int FULL_NAME_MAX = 50;

    private UserRules() {
    }

    public static List<Problem> validate(UserForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.username() == null || form.username().isBlank()) {
            problems.add(Problem.of(UserField.USERNAME, "validation.required"));
        } else if (!USERNAME.matcher(form.username()).matches()) {
            problems.add(Problem.of(UserField.USERNAME, "validation.user.usernameCharacters"));
        }
        if (form.fullName() == null || form.fullName().isBlank()) {
            problems.add(Problem.of(UserField.FULL_NAME, "validation.required"));
        } else if (form.fullName().length() > FULL_NAME_MAX) {
            problems.add(Problem.of(UserField.FULL_NAME, "validation.tooLong", FULL_NAME_MAX));
        }
        if (form.orgId() == null) {
            problems.add(Problem.of(UserField.ORGANISATION, "validation.required"));
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            problems.add(Problem.of(UserField.ROLES, "validation.user.noRole"));
        } else if (form.roles().contains(Role.AUDITOR) && form.roles().size() > 1) {
            // 等保 2.0 separation of duties (三员分立): the one who checks the log holds no other role.
            problems.add(Problem.of(UserField.ROLES, "validation.user.adminAndAuditor"));
        }
        return problems;
    }

    /** A new password for {@code username}: as below, and not containing the user name. */
    public static List<Problem> checkNewPassword(String username, char[] password, char[] repeat) {
        List<Problem> problems = checkNewPassword(password, repeat);
        if (username != null && username.length() >= 3 && password != null
                && new String(password).toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(0, Problem.of(UserField.PASSWORD, "validation.password.containsUsername"));
        }
        return problems;
    }

    /** A new password: complex enough, typed the same twice. */
    public static List<Problem> checkNewPassword(char[] password, char[] repeat) {
        List<Problem> problems = new ArrayList<>();
        PasswordPolicy.problemWith(password).ifPresent(key -> problems.add(Problem.of(UserField.PASSWORD, key)));
        if (repeat != null && !Arrays.equals(password, repeat)) {
            problems.add(Problem.of(UserField.PASSWORD_REPEAT, "validation.password.mismatch"));
        }
        return problems;
    }

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }
}
