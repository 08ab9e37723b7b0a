package org.conductledger.model;

/** Kinds of party organisation (REFERENCE §5, app enum {@code org_type}). */
public enum OrgType implements Labelled {
    PARTY_COMMITTEE,     // 党委
    WORKING_COMMITTEE,   // 党工委
    GENERAL_BRANCH,      // 党总支
    BRANCH,              // 党支部
    JOINT_BRANCH,        // 联合党支部
    TEMPORARY_BRANCH;    // 临时党支部

    /** Branches are the bottom of the tree (支部工作条例): nothing is set up below them. */
    public boolean isBranch() {
        return this == BRANCH || this == JOINT_BRANCH || this == TEMPORARY_BRANCH;
    }

    /**
     * Which organisations may sit directly below this one: committees hold anything, a 党总支 holds
     * branches only, a branch holds nothing.
     */
    public boolean mayContain(OrgType child) {
        if (isBranch()) {
            return false;
        }
        return this != GENERAL_BRANCH || child.isBranch();
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
