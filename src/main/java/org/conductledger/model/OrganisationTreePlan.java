package org.conductledger.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the rows of an organisation sheet fit the tree: which parent each row names (blank: the organisation
 * the import is for), which rows name a parent that is nowhere, or go round in a cycle (through the sheet and
 * the ledger together: a row may move an existing organisation under one of its own descendants), and an
 * order in which to write them — every parent in its final place before its children, whatever order the
 * sheet has. For organisations already in the ledger it lists what would change. Pure: the ledger comes in as
 * the organisations the user may see.
 */
public final class OrganisationTreePlan {

    /**
     * A row of the sheet: its (normalised) code, the parent code written in it (null: blank) and what it asks
     * for — null when the row has other problems, in which case it still counts as a node of the tree (its
     * children are not "under an unknown parent") but is never written.
     */
    public record Node(int row, String code, String parentCode, OrganisationForm form) {
    }

    /**
     * A row to write, in order: a new organisation ({@code existing} null) under {@code parentCode}, or an
     * existing one whose fields become {@code form} ({@code update}) and/or which moves ({@code move}).
     */
    public record Step(Node node, Organisation existing, String parentCode, OrganisationForm form, boolean update,
                       boolean move) {
    }

    /** The rows to write in order, the problems (each naming its row), the changes, and rows already as the sheet says. */
    public record Result(List<Step> steps, List<ImportProblem> problems, List<ImportChange> changes, int unchanged) {
    }

    private final Map<String, Node> inFile = new LinkedHashMap<>();
    private final Map<String, Organisation> byCode = new HashMap<>();
    /** Every code's parent code in the ledger today (null: none the user may see). */
    private final Map<String, String> parentNow = new HashMap<>();
    /** Every code's parent code once the sheet is applied (null: the top of what the user sees). */
    private final Map<String, String> parentOf = new HashMap<>();
    private final Set<String> blocked = new HashSet<>();
    private final Map<String, Boolean> placed = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<ImportChange> changes = new ArrayList<>();
    private final Organisation within;
    private int unchanged;

    private OrganisationTreePlan(List<Node> nodes, List<Organisation> existing, Organisation within) {
        this.within = within;
        Map<Long, Organisation> byId = new HashMap<>();
        existing.forEach(o -> byId.put(o.id(), o));
        for (Organisation o : existing) {
            byCode.put(o.code(), o);
            Organisation parent = o.parentId() == null ? null : byId.get(o.parentId());
            parentNow.put(o.code(), parent == null ? null : parent.code());
        }
        parentOf.putAll(parentNow);
        nodes.forEach(n -> inFile.putIfAbsent(n.code(), n));
    }

    /**
     * Plans {@code nodes} (one per code: the caller reports repeated codes) against {@code existing}, the
     * organisations in the user's scope; {@code within} is the organisation the import is for.
     */
    public static Result plan(List<Node> nodes, List<Organisation> existing, Organisation within) {
        OrganisationTreePlan plan = new OrganisationTreePlan(nodes, existing, within);
        plan.parents();
        plan.cycles();
        plan.inFile.keySet().forEach(plan::place);
        plan.problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new Result(List.copyOf(plan.steps), List.copyOf(plan.problems), List.copyOf(plan.changes), plan.unchanged);
    }

    /** Each row's parent once applied; a parent that is nowhere (or outside {@code within}) is the row's problem. */
    private void parents() {
        for (Node n : inFile.values()) {
            Organisation current = byCode.get(n.code());
            if (n.code().equals(within.code())) {
                // The organisation the import is for stays where it is: blank (or its own parent) keeps it there.
                if (n.parentCode() != null && !n.parentCode().equals(parentNow.get(n.code()))) {
                    problem(n, ImportColumn.O_PARENT, "import.problem.orgWithinParent", n.code());
                }
                continue;
            }
            String parent = n.parentCode() == null ? within.code() : n.parentCode();
            parentOf.put(n.code(), parent);
            if (current != null && !current.isInSubtreeOf(within)) {
                problem(n, ImportColumn.O_CODE, "import.problem.outside", n.code(), within.name());
            } else if (!inFile.containsKey(parent) && !byCode.containsKey(parent)) {
                problem(n, ImportColumn.O_PARENT, "import.problem.orgUnknownParent", parent);
            } else if (!inFile.containsKey(parent) && !byCode.get(parent).isInSubtreeOf(within)) {
                problem(n, ImportColumn.O_PARENT, "import.problem.outside", parent, within.name());
            }
        }
    }

    /** Follows every row's chain of parents; a chain that comes back to itself is a problem of each of its rows. */
    private void cycles() {
        Set<String> done = new HashSet<>();
        for (String start : inFile.keySet()) {
            List<String> walk = new ArrayList<>();
            Set<String> onWalk = new HashSet<>();
            String at = start;
            while (at != null && !done.contains(at) && onWalk.add(at)) {
                walk.add(at);
                at = parentOf.get(at);
            }
            if (at != null && onWalk.contains(at)) {
                List<String> cycle = walk.subList(walk.indexOf(at), walk.size());
                for (int i = 0; i < cycle.size(); i++) {
                    Node n = inFile.get(cycle.get(i));
                    if (n != null) {
                        problem(n, ImportColumn.O_PARENT, "import.problem.orgCycle", cycleText(cycle, i));
                    }
                }
            }
            done.addAll(walk);
        }
    }

    /** "A → B → C → A" starting at {@code from}: each arrow points at the parent. */
    private static String cycleText(List<String> cycle, int from) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i <= cycle.size(); i++) {
            codes.add(cycle.get((from + i) % cycle.size()));
        }
        return String.join(" → ", codes);
    }

    /**
     * Puts {@code code} into the order after every row above it (in the sheet or, through organisations the
     * sheet does not mention, in the ledger). A row is written only when it can be and everything above it can;
     * a row below a refused one is not checked until that one is put right (it is not wrong itself).
     */
    private boolean place(String code) {
        Node n = inFile.get(code);
        if (n == null) {
            return true;
        }
        Boolean known = placed.get(code);
        if (known != null) {
            return known;
        }
        placed.put(code, false);
        String above = firstRowAbove(code);
        boolean ok = (above == null || place(above)) && n.form() != null && !blocked.contains(code);
        if (ok) {
            step(n);
        }
        placed.put(code, ok);
        return ok;
    }

    private String firstRowAbove(String code) {
        Set<String> seen = new HashSet<>();
        String at = parentOf.get(code);
        while (at != null && !inFile.containsKey(at) && seen.add(at)) {
            at = parentOf.get(at);
        }
        return at;
    }

    private void step(Node n) {
        Organisation current = byCode.get(n.code());
        String parent = parentOf.get(n.code());
        if (current == null) {
            steps.add(new Step(n, null, parent, n.form(), false, false));
            return;
        }
        OrganisationForm wanted = n.form();
        OrganisationForm merged = new OrganisationForm(wanted.name(), current.code(), wanted.type(),
                wanted.establishedOn() == null ? current.establishedOn() : wanted.establishedOn(),
                wanted.secretaryId() == null ? current.secretaryId() : wanted.secretaryId());
        int before = changes.size();
        change(n, ImportColumn.O_NAME, current.name(), merged.name());
        change(n, ImportColumn.O_TYPE, current.type(), merged.type());
        change(n, ImportColumn.O_ESTABLISHED_ON, current.establishedOn(), merged.establishedOn());
        change(n, ImportColumn.O_SECRETARY, current.secretaryId(), merged.secretaryId());
        boolean update = changes.size() > before;
        String now = parentNow.get(n.code());
        boolean move = !n.code().equals(within.code()) && !Objects.equals(now, parent);
        if (move) {
            changes.add(ImportChange.of(n.row(), n.code(), ImportColumn.O_PARENT, now, parent));
        }
        if (update || move) {
            steps.add(new Step(n, current, parent, merged, update, move));
        } else {
            unchanged++;
        }
    }

    private void change(Node n, ImportColumn column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(ImportChange.of(n.row(), n.code(), column, before, after));
        }
    }

    private void problem(Node n, ImportColumn column, String key, Object... args) {
        blocked.add(n.code());
        problems.add(ImportProblem.of(n.row(), column.header(), key, args));
    }
}
