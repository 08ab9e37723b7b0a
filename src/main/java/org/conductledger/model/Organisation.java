package org.conductledger.model;

import java.time.LocalDate;

/**
 * A party organisation (党组织). {@code path} is the chain of ids from the root, e.g. {@code /1/4/9/},
 * which makes "this organisation and everything below it" a prefix match.
 */
public record Organisation(long id, String code, String name, OrgType type, Long parentId, String path,
                           Long secretaryId, LocalDate establishedOn, boolean active, int version) {

    public boolean isInSubtreeOf(Organisation ancestor) {
        return path.startsWith(ancestor.path());
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
