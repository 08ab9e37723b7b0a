package org.conductledger.cli;

import org.conductledger.app.Services;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Platform;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger reference list|add|retire|restore}: the platforms and group categories the
 * registers choose from (组织部门 at the root; never deleted, retired instead; audited).
 */
@Command(name = "reference", mixinStandardHelpOptions = true,
        subcommands = {ReferenceCommand.ListAll.class, ReferenceCommand.Add.class, ReferenceCommand.Retire.class,
                ReferenceCommand.Restore.class, ReferenceCommand.Impact.class})
public final class ReferenceCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "reference list|add|retire|restore");
    }

    /** Which list an entry belongs to: exactly one of --platform CODE or --category CODE. */
    static final class Target {
        @Option(names = "--platform", paramLabel = "<code>", required = true, descriptionKey = "option.platformCode")
        String platform;
        @Option(names = "--category", paramLabel = "<code>", required = true, descriptionKey = "option.categoryCode")
        String category;
        @Option(names = "--violation", paramLabel = "<code>", required = true, descriptionKey = "option.violationCode")
        String violation;
        @Option(names = "--outcome", paramLabel = "<code>", required = true, descriptionKey = "option.outcomeCode")
        String outcome;
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListAll extends LoggedInCommand {
        public ListAll(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            env.out().println(env.messages().get("cli.reference.platforms"));
            for (Platform p : services.reference().platforms()) {
                env.out().println(String.join("\t", p.code(), p.name(),
                        env.messages().get(p.overseasDefault() ? "cli.reference.overseas" : "cli.reference.domestic"),
                        env.messages().get(p.retired() ? "cli.reference.retired" : "cli.reference.inUse")));
            }
            var violations = services.session().has(org.conductledger.model.Permission.CASE_READ)
                    ? services.reference().violationCategories() : java.util.List.<org.conductledger.model.ViolationCategory>of();
            env.out().println(env.messages().get("cli.reference.violations"));
            for (var v : violations) {
                env.out().println(String.join("\t", v.code(), v.name(), v.citation(env.messages()::label),
                        env.messages().get(v.retired() ? "cli.reference.retired" : "cli.reference.inUse")));
            }
            if (services.session().has(org.conductledger.model.Permission.CASE_READ)) {
                env.out().println(env.messages().get("cli.reference.outcomes"));
                for (var t : services.outcomes().types()) {
                    env.out().println(String.join("\t", t.code(), t.name(), env.messages().label(t.kind()),
                            t.impactMonths() == null ? "-" : env.messages().get("cli.reference.months", t.impactMonths()),
                            env.messages().label(t.impactBasis()),
                            env.messages().get(t.retired() ? "cli.reference.retired" : "cli.reference.inUse")));
                }
            }
            env.out().println(env.messages().get("cli.reference.categories"));
            for (GroupCategory c : services.reference().groupCategories()) {
                env.out().println(String.join("\t", c.code(), c.name(),
                        env.messages().get(c.retired() ? "cli.reference.retired" : "cli.reference.inUse")));
            }
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    public static final class Add extends LoggedInCommand {
        @ArgGroup(multiplicity = "1")
        Target target;
        @Option(names = "--name", required = true, descriptionKey = "option.referenceName")
        String name;
        @Option(names = "--overseas", descriptionKey = "option.overseas")
        boolean overseas;
        @Option(names = "--regulation", descriptionKey = "option.regulation")
        org.conductledger.model.Regulation regulation;
        @Option(names = "--article", descriptionKey = "option.article")
        String article;

        public Add(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            String code;
            if (target.outcome != null) {
                throw new LedgerException("error.reference.outcomeAdd");
            } else if (target.platform != null) {
                code = services.reference().addPlatform(target.platform, name, overseas).code();
            } else if (target.category != null) {
                code = services.reference().addCategory(target.category, name).code();
            } else {
                code = services.reference().addViolationCategory(target.violation, name,
                        regulation == null ? org.conductledger.model.Regulation.NONE : regulation, article).code();
            }
            env.out().println(env.messages().get("cli.reference.added", code, name.strip()));
            env.out().flush();
            return 0;
        }
    }

    abstract static class Toggle extends LoggedInCommand {
        @ArgGroup(multiplicity = "1")
        Target target;

        Toggle(CliEnvironment env) {
            super(env);
        }

        abstract boolean retired();

        @Override
        protected int run(Services services) {
            String code;
            if (target.outcome != null) {
                code = services.outcomes().setRetired(target.outcome, retired()).code();
            } else if (target.platform != null) {
                String wanted = target.platform.strip().toUpperCase(java.util.Locale.ROOT);
                Platform p = services.reference().platforms().stream().filter(x -> x.code().equals(wanted)).findFirst()
                        .orElseThrow(() -> new LedgerException("error.reference.notFound"));
                code = services.reference().setRetired(p.id(), retired()).code();
            } else if (target.violation != null) {
                String wanted = target.violation.strip().toUpperCase(java.util.Locale.ROOT);
                var v = services.reference().violationCategories().stream().filter(x -> x.code().equals(wanted)).findFirst()
                        .orElseThrow(() -> new LedgerException("error.reference.notFound"));
                code = services.reference().setViolationRetired(v.id(), retired()).code();
            } else {
                String wanted = target.category.strip().toUpperCase(java.util.Locale.ROOT);
                GroupCategory c = services.reference().groupCategories().stream().filter(x -> x.code().equals(wanted))
                        .findFirst().orElseThrow(() -> new LedgerException("error.reference.notFound"));
                code = services.reference().setCategoryRetired(c.id(), retired()).code();
            }
            env.out().println(env.messages().get(retired() ? "cli.reference.retiredDone" : "cli.reference.restoredDone", code));
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true)
    public static final class Retire extends Toggle {
        public Retire(CliEnvironment env) {
            super(env);
        }

        @Override
        boolean retired() {
            return true;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true)
    public static final class Restore extends Toggle {
        public Restore(CliEnvironment env) {
            super(env);
        }

        @Override
        boolean retired() {
            return false;
        }
    }

    /** {@code reference impact --outcome CODE --months N --basis CONFIRMED|UNCONFIRMED|LOCAL [--note TEXT]}. */
    @Command(name = "impact", mixinStandardHelpOptions = true)
    public static final class Impact extends LoggedInCommand {
        @Option(names = "--outcome", paramLabel = "<code>", required = true, descriptionKey = "option.outcomeCode")
        String outcome;
        @Option(names = "--months", descriptionKey = "option.impactMonths")
        Integer months;
        @Option(names = "--basis", required = true, descriptionKey = "option.impactBasis")
        org.conductledger.model.ImpactBasis basis;
        @Option(names = "--note", descriptionKey = "option.impactNote")
        String note;

        public Impact(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            var t = services.outcomes().setImpact(outcome, months, basis, note);
            env.out().println(env.messages().get("cli.reference.impactDone", t.code(), t.name(),
                    t.impactMonths() == null ? "-" : t.impactMonths(), env.messages().label(t.impactBasis())));
            env.out().flush();
            return 0;
        }
    }
}
