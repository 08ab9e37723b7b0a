package org.conductledger.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is working: the user, their roles and their organisation. Everything they may reach lies in the
 * subtree whose path starts with {@link #scopePath()}; services check {@link #require} before every
 * read and write, and repositories filter every query by the scope.
 */
public record Session(long userId, String username, String fullName, Set<Role> roles, long orgId, String scopePath,
                      Long memberId) {

    public Session {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Permission permission) {
        return roles.stream().anyMatch(r -> r.permissions().contains(permission));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Throws unless one of the user's roles grants {@code permission}. */
    public void require(Permission permission) {
        if (!has(permission)) {
            throw new LedgerException("error.access.denied");
        }
    }

    /** Whether an organisation (by its path) lies in this user's subtree. */
    public boolean inScope(String organisationPath) {
        return organisationPath != null && organisationPath.startsWith(scopePath);
    }
}
