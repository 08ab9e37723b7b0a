package org.conductledger.model;

/**
 * Login policy (等保 2.0 level 2: lockout after failed attempts, session timeout). Defaults: 5 wrong
 * passwords lock the account for 15 minutes; the screen locks after 15 idle minutes.
 */
public record LoginPolicy(int maxFailures, int lockMinutes, int idleMinutes) {

    public static final LoginPolicy DEFAULT = new LoginPolicy(5, 15, 15);

    public boolean isReasonable() {
        return maxFailures >= 3 && maxFailures <= 10 && lockMinutes >= 1 && lockMinutes <= 1440
                && idleMinutes >= 1 && idleMinutes <= 120;
    }
}
