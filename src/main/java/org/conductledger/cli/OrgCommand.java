package org.conductledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conductledger.app.Services;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger org list|add|move|deactivate}: the organisation tree of the user's scope, through the same
 * {@code OrganisationService} use cases as the tree's buttons (permission, scope, placement rules, audit entries).
 */
@Command(name = "org", mixinStandardHelpOptions = true,
        subcommands = {OrgCommand.ListOrgs.class, OrgCommand.Add.class, OrgCommand.Move.class, OrgCommand.Deactivate.class})
public final class OrgCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "org list|add|move|deactivate");
    }

    enum Format { csv, json }

    /**
     * The tree depth first, children by code (as the tree on screen). CSV: the first five columns are the
     * import sheet's, under its headers, so the list can be edited and imported again ({@code import --kind orgs});
     * then depth, state and the current members (directly, and with everything below) — the counts only for
     * users who may read members. JSON: codes, not labels.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListOrgs extends LoggedInCommand {
        @Option(names = "--format", defaultValue = "csv", descriptionKey = "option.orgFormat")
        Format format;
        @Option(names = "--bom", descriptionKey = "option.bom")
        boolean bom;

        public ListOrgs(CliEnvironment env) {
            super(env);
        }

        /** One organisation of the list. */
        record Line(Organisation org, String parentCode, int depth, Integer members, Integer membersTotal) {
        }

        @Override
        protected int run(Services services) {
            List<Organisation> all = services.organisations().all();
            Map<Long, Integer> counts = services.session().has(Permission.MEMBER_READ)
                    ? services.organisations().currentMemberCounts() : null;
            List<Line> lines = new OrgTree(all, counts).lines();
            if (format == Format.csv && bom) {
                env.out().print('\uFEFF');
            }
            env.out().print(format == Format.json ? json(lines) : csv(lines));
            env.out().flush();
            return 0;
        }

        private String csv(List<Line> lines) {
            StringBuilder out = new StringBuilder(Csv.line(List.of(ImportColumn.O_NAME.header(), ImportColumn.O_CODE.header(),
                    ImportColumn.O_TYPE.header(), ImportColumn.O_PARENT.header(), ImportColumn.O_ESTABLISHED_ON.header(),
                    env.messages().get("cli.org.column.depth"), env.messages().get("cli.org.column.active"),
                    env.messages().get("cli.org.column.members"), env.messages().get("cli.org.column.membersTotal"))));
            for (Line l : lines) {
                Organisation o = l.org();
                out.append(Csv.line(java.util.Arrays.asList(o.name(), o.code(), env.messages().label(o.type()), l.parentCode(),
                        text(o.establishedOn()), String.valueOf(l.depth()),
                        env.messages().get(o.active() ? "cli.org.active" : "cli.org.inactive"), text(l.members()),
                        text(l.membersTotal()))));
            }
            return out.toString();
        }

        private static String json(List<Line> lines) {
            return lines.stream().map(l -> {
                Map<String, String> m = new LinkedHashMap<>();
                Organisation o = l.org();
                m.put("code", Json.quote(o.code()));
                m.put("name", Json.quote(o.name()));
                m.put("type", Json.quote(o.type().name()));
                m.put("parent", Json.quote(l.parentCode()));
                m.put("establishedOn", Json.quote(text(o.establishedOn())));
                m.put("depth", String.valueOf(l.depth()));
                m.put("active", String.valueOf(o.active()));
                m.put("members", String.valueOf(l.members()));
                m.put("membersTotal", String.valueOf(l.membersTotal()));
                return m.entrySet().stream().map(e -> "    " + Json.quote(e.getKey()) + ": " + e.getValue())
                        .collect(Collectors.joining(",\n", "  {\n", "\n  }"));
            }).collect(Collectors.joining(",\n", "[\n", lines.isEmpty() ? "]\n" : "\n]\n"));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    /** The organisations as a tree: depth first from the top of the scope, siblings by code, counts summed upwards. */
    static final class OrgTree {
        private final Map<Long, List<Organisation>> children = new HashMap<>();
        private final Map<Long, Organisation> byId = new HashMap<>();
        private final List<Organisation> tops = new ArrayList<>();
        private final Map<Long, Integer> counts;
        private final List<ListOrgs.Line> lines = new ArrayList<>();

        OrgTree(List<Organisation> all, Map<Long, Integer> counts) {
            this.counts = counts;
            all.forEach(o -> byId.put(o.id(), o));
            for (Organisation o : all) {
                if (o.parentId() != null && byId.containsKey(o.parentId())) {
                    children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
                } else {
                    tops.add(o);
                }
            }
        }

        List<ListOrgs.Line> lines() {
            tops.stream().sorted(Comparator.comparing(Organisation::code)).forEach(o -> visit(o, 0));
            return lines;
        }

        /** Adds {@code o} and its subtree; returns the subtree's current members. */
        private int visit(Organisation o, int depth) {
            int index = lines.size();
            lines.add(null);
            int own = counts == null ? 0 : counts.getOrDefault(o.id(), 0);
            int total = own;
            for (Organisation child : children.getOrDefault(o.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Organisation::code)).toList()) {
                total += visit(child, depth + 1);
            }
            Organisation parent = o.parentId() == null ? null : byId.get(o.parentId());
            lines.set(index, new ListOrgs.Line(o, parent == null ? null : parent.code(), depth,
                    counts == null ? null : own, counts == null ? null : total));
            return total;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    public static final class Add extends LoggedInCommand {
        @Option(names = "--name", required = true, descriptionKey = "option.orgName")
        String name;
        @Option(names = "--code", required = true, paramLabel = "<code>", descriptionKey = "option.orgCode")
        String code;
        @Option(names = "--type", required = true, paramLabel = "<type>", descriptionKey = "option.orgType")
        OrgType type;
        @Option(names = "--parent", paramLabel = "<code>", descriptionKey = "option.orgParent")
        String parentCode;
        @Option(names = "--established", paramLabel = "<yyyy-MM-dd>", converter = IsoDateConverter.class,
                descriptionKey = "option.orgEstablished")
        LocalDate established;

        public Add(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            Organisation parent = parentCode == null ? services.organisations().own()
                    : services.organisations().byCode(parentCode);
            Organisation created = services.organisations().create(parent.id(),
                    new OrganisationForm(name, code, type, established, null));
            env.out().println(env.messages().get("cli.org.added", created.name(), created.code(), created.type(),
                    parent.name(), parent.code()));
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true)
    public static final class Move extends LoggedInCommand {
        @Option(names = "--code", required = true, paramLabel = "<code>", descriptionKey = "option.orgMoveCode")
        String code;
        @Option(names = "--parent", required = true, paramLabel = "<code>", descriptionKey = "option.orgMoveParent")
        String parentCode;

        public Move(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            Organisation org = services.organisations().byCode(code);
            Organisation parent = services.organisations().byCode(parentCode);
            Organisation moved = services.organisations().move(org.id(), parent.id());
            env.out().println(env.messages().get("cli.org.moved", moved.name(), moved.code(), parent.name(), parent.code()));
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true)
    public static final class Deactivate extends LoggedInCommand {
        @Option(names = "--code", required = true, paramLabel = "<code>", descriptionKey = "option.orgDeactivateCode")
        String code;

        public Deactivate(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            Organisation org = services.organisations().byCode(code);
            Organisation done = services.organisations().deactivate(org.id());
            env.out().println(env.messages().get("cli.org.deactivated", done.name(), done.code()));
            env.out().flush();
            return 0;
        }
    }
}
