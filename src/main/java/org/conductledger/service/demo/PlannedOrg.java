package org.conductledger.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conductledger.model.OrgType;

/** An organisation of the demo tree before it is stored: a 党工委, 党委, 党总支 or branch, with a branch's member count. */
final class PlannedOrg {

    /** Who a branch's members are: staff in work, or retired staff (older, no posts). */
    enum Kind { WORKING, RETIRED }

    final String code;
    final String name;
    final OrgType type;
    final LocalDate establishedOn;
    final Kind kind;
    final int members;
    final List<PlannedOrg> children = new ArrayList<>();

    PlannedOrg(String code, String name, OrgType type, LocalDate establishedOn, Kind kind, int members) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.establishedOn = establishedOn;
        this.kind = kind;
        this.members = members;
    }

    /** Members of this organisation and everything below it. */
    int totalMembers() {
        return members + children.stream().mapToInt(PlannedOrg::totalMembers).sum();
    }

    /** This organisation and everything below it, parents first. */
    List<PlannedOrg> subtree() {
        List<PlannedOrg> all = new ArrayList<>();
        all.add(this);
        children.forEach(c -> all.addAll(c.subtree()));
        return all;
    }
}
