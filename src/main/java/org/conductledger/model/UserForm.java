package org.conductledger.model;

import java.util.Set;

/** What an administrator enters for a new user (the initial password travels separately, as a char[]). */
public record UserForm(String username, String fullName, Long orgId, Set<Role> roles, Long memberId) {
}
