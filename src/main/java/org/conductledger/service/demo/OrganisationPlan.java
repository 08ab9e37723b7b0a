package org.conductledger.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conductledger.model.OrgType;

/**
 * The shape of the demo tree (REFERENCE §5): 基层党委 of a few hundred to a few thousand members (more than 100),
 * 党总支 of three to six branches (more than 50 members), 党支部 of 8–45 members (never more than 50, at least 3),
 * a 离退休 branch in larger committees, some 联合党支部 and the odd 临时党支部. Past about 40 committees they are
 * grouped under district 党工委. Below a committee-sized ledger, or under a 党总支 root, branches sit directly
 * under the root.
 */
final class OrganisationPlan {

    static final int BRANCH_MAX = 50;
    static final int BRANCH_MIN = 3;
    private static final int COMMITTEE_MEMBERS = 1_000;
    private static final int COMMITTEE_MIN = 150;
    private static final int UNGROUPED_COMMITTEES = 40;

    private final Dice dice;
    private final DemoVocabulary words;
    private final LocalDate today;
    private final Set<String> committeeNames = new HashSet<>();

    OrganisationPlan(Dice dice, DemoVocabulary words, LocalDate today) {
        this.dice = dice;
        this.words = words;
        this.today = today;
    }

    /**
     * The organisations to put below the root, each a unit of work: a committee (党委) with its subtree, a district
     * 党工委 whose children are committees, or — for a small ledger — a group of branches directly below the root
     * (returned as one holder node of type null).
     */
    List<PlannedOrg> plan(OrgType rootType, int members) {
        if (rootType == OrgType.GENERAL_BRANCH || members < COMMITTEE_MIN) {
            PlannedOrg holder = new PlannedOrg(null, null, null, null, null, 0);
            holder.children.addAll(branches("B", members, false));
            return List.of(holder);
        }
        int count = Math.max(1, Math.round(members / (float) COMMITTEE_MEMBERS));
        int[] sizes = split(members, count, COMMITTEE_MIN);
        List<String> districts = words.list("districts");
        int width = String.valueOf(count).length() < 3 ? 3 : String.valueOf(count).length();
        List<PlannedOrg> committees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String district = count > UNGROUPED_COMMITTEES ? districts.get(i % districts.size()) : dice.pick(districts);
            committees.add(committee(String.format("D%0" + width + "d", i + 1), district, sizes[i]));
        }
        if (count <= UNGROUPED_COMMITTEES) {
            return committees;
        }
        List<PlannedOrg> groups = new ArrayList<>();
        for (int d = 0; d < Math.min(districts.size(), count); d++) {
            groups.add(new PlannedOrg(String.format("Q%02d", d + 1), districts.get(d) + "机关工委", OrgType.WORKING_COMMITTEE,
                    established(), null, 0));
        }
        for (int i = 0; i < count; i++) {
            groups.get(i % groups.size()).children.add(committees.get(i));
        }
        return groups;
    }

    /** {@code total} in {@code parts} parts of about equal size (±60 %), none below {@code min}. */
    private int[] split(int total, int parts, int min) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.4 + 1.2 * dice.unit();
            sum += weights[i];
        }
        int[] sizes = new int[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            sizes[i] = Math.max(min, (int) Math.round(total * weights[i] / sum));
            given += sizes[i];
        }
        // Even out the rounding on the largest parts, never taking one below the minimum.
        for (int i = 0; given != total; i = (i + 1) % parts) {
            int step = given > total ? -1 : 1;
            if (step > 0 || sizes[i] > min) {
                sizes[i] += step;
                given += step;
            }
        }
        return sizes;
    }

    private PlannedOrg committee(String code, String district, int members) {
        String unit = words.pick("committeeUnits", dice);
        String name = district + unit + "党委";
        for (int k = 2; !committeeNames.add(name); k++) {
            name = district + unit + "（" + Numerals.chinese(k) + "）党委";
        }
        PlannedOrg committee = new PlannedOrg(code, name, OrgType.PARTY_COMMITTEE, established(), null, 0);
        List<PlannedOrg> branches = branches(code + "-B", members, members > 300);
        // A fifth stay directly under the committee; the rest go into general branches of three to six.
        int direct = Math.max(1, branches.size() / 5);
        committee.children.addAll(branches.subList(0, direct));
        List<PlannedOrg> rest = branches.subList(direct, branches.size());
        Set<String> generalNames = new HashSet<>();
        int general = 0;
        int i = 0;
        while (i < rest.size()) {
            int take = dice.between(3, 6);
            List<PlannedOrg> group = new ArrayList<>(rest.subList(i, Math.min(rest.size(), i + take)));
            i += group.size();
            while (group.stream().mapToInt(b -> b.members).sum() <= 50 && i < rest.size()) {
                group.add(rest.get(i++));
            }
            if (group.size() < 3 || group.stream().mapToInt(b -> b.members).sum() <= 50) {
                committee.children.addAll(group);          // too small for a 党总支 (more than 50 members)
                continue;
            }
            general++;
            String generalName = words.pick("generalBranches", dice) + "党总支";
            if (!generalNames.add(generalName)) {
                generalName = "第" + Numerals.chinese(general) + "党总支";
            }
            PlannedOrg holder = new PlannedOrg(code + "-Z" + String.format("%02d", general), generalName,
                    OrgType.GENERAL_BRANCH, established(), null, 0);
            for (int b = 0; b < group.size(); b++) {
                PlannedOrg branch = group.get(b);
                holder.children.add(new PlannedOrg(holder.code + "-B" + String.format("%02d", b + 1), branch.name, branch.type,
                        branch.establishedOn, branch.kind, branch.members));
            }
            committee.children.add(holder);
        }
        return committee;
    }

    /** Branches for {@code members} members, codes {@code prefix}001 …; the first one retired staff if asked. */
    private List<PlannedOrg> branches(String prefix, int members, boolean withRetired) {
        List<int[]> sizes = new ArrayList<>();   // {size, kind: 0 branch, 1 retired, 2 joint, 3 temporary}
        int left = members;
        while (left > 0) {
            int[] next;
            if (withRetired && sizes.isEmpty()) {
                next = new int[] {dice.between(25, 50), 1};
            } else if (dice.chance(0.05)) {
                next = new int[] {dice.between(BRANCH_MIN, 10), 2};
            } else if (dice.chance(0.01)) {
                next = new int[] {dice.between(BRANCH_MIN, 8), 3};
            } else {
                next = new int[] {dice.between(8, 45), 0};
            }
            next[0] = Math.min(next[0], left);
            sizes.add(next);
            left -= next[0];
        }
        // A last branch below the minimum hands its members to branches with room.
        int[] last = sizes.get(sizes.size() - 1);
        if (last[0] < BRANCH_MIN && sizes.size() > 1) {
            sizes.remove(sizes.size() - 1);
            for (int i = 0; last[0] > 0; i = (i + 1) % sizes.size()) {
                if (sizes.get(i)[0] < BRANCH_MAX) {
                    sizes.get(i)[0]++;
                    last[0]--;
                }
            }
        }
        List<String> departments = words.list("departments");
        Set<String> names = new HashSet<>();
        List<PlannedOrg> branches = new ArrayList<>();
        int retired = 0;
        for (int i = 0; i < sizes.size(); i++) {
            int[] s = sizes.get(i);
            String code = prefix + String.format("%03d", i + 1);
            String name;
            OrgType type = OrgType.BRANCH;
            PlannedOrg.Kind kind = PlannedOrg.Kind.WORKING;
            switch (s[1]) {
                case 1 -> {
                    name = "离退休干部第" + Numerals.chinese(++retired) + "党支部";
                    kind = PlannedOrg.Kind.RETIRED;
                }
                case 2 -> {
                    name = dice.pick(departments) + "等单位联合党支部";
                    type = OrgType.JOINT_BRANCH;
                }
                case 3 -> {
                    name = "重点项目临时党支部";
                    type = OrgType.TEMPORARY_BRANCH;
                }
                default -> name = dice.pick(departments) + "党支部";
            }
            if (!names.add(name)) {
                name = "第" + Numerals.chinese(i + 1) + (type == OrgType.JOINT_BRANCH ? "联合党支部"
                        : type == OrgType.TEMPORARY_BRANCH ? "临时党支部" : "党支部");
                names.add(name);
            }
            branches.add(new PlannedOrg(code, name, type, established(), kind, s[0]));
        }
        return branches;
    }

    private LocalDate established() {
        return dice.day(today.minusYears(30), today.minusYears(2));
    }
}
