package org.conductledger.model;

import java.util.Set;

/** A user as administrators see it (never the password hash). */
public record UserAccount(long id, String username, String fullName, long orgId, String orgName, Long memberId,
                          Set<Role> roles, boolean active, boolean mustChangePassword, int version) {
}
