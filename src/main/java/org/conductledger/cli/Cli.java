package org.conductledger.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.conductledger.model.LedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds the picocli command tree with constructor-injected commands and runs it. */
public final class Cli {

    /** Exit status for input or state the user can fix (wrong file, database in use…). */
    public static final int EXIT_USER_ERROR = 2;
    public static final int EXIT_INTERNAL_ERROR = 1;
    /** The input is fine but would change existing records the user has not confirmed changing: nothing was written. */
    public static final int EXIT_NEEDS_CONFIRMATION = 4;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final CliEnvironment env;
    private final Consumer<Path> guiLauncher;

    public Cli(CliEnvironment env, Consumer<Path> guiLauncher) {
        this.env = env;
        this.guiLauncher = guiLauncher;
    }

    public int run(String... args) {
        CommandLine commandLine = new CommandLine(new RootCommand(env, guiLauncher), factory());
        for (Class<?> command : java.util.List.of(InitCommand.class, InfoCommand.class, AuditCommand.class,
                UserCommand.class, PasswdCommand.class, PolicyCommand.class, RegisterCommand.class,
                ReferenceCommand.class, CaseCommand.class, ImportCommand.class, BackupCommand.class,
                RestoreCommand.class, PackageCommand.class, ReportCommand.class, OrgCommand.class,
                MigrateToCommand.class, DemoDataCommand.class)) {
            commandLine.addSubcommand(command);
        }
        commandLine.setResourceBundle(env.messages().bundle());
        describe(commandLine, "command.root");
        describe(commandLine.getSubcommands().get("info"), "command.info");
        describe(commandLine.getSubcommands().get("init"), "command.init");
        describe(commandLine.getSubcommands().get("migrate-to"), "command.migrateTo");
        describe(commandLine.getSubcommands().get("demo-data"), "command.demoData");
        describe(commandLine.getSubcommands().get("audit"), "command.audit");
        describe(commandLine.getSubcommands().get("audit").getSubcommands().get("verify"), "command.auditVerify");
        CommandLine user = commandLine.getSubcommands().get("user");
        describe(user, "command.user");
        for (String sub : java.util.List.of("list", "add", "edit", "disable", "reset-password", "unlock")) {
            describe(user.getSubcommands().get(sub), "command.user." + sub);
        }
        commandLine.registerConverter(org.conductledger.model.Role.class, new RoleConverter(env.messages()));
        commandLine.registerConverter(org.conductledger.model.OrgType.class, new OrgTypeConverter(env.messages()));
        CommandLine orgs = commandLine.getSubcommands().get("org");
        describe(orgs, "command.org");
        orgs.getSubcommands().forEach((name, sub) -> describe(sub, "command.org." + name));
        describe(commandLine.getSubcommands().get("passwd"), "command.passwd");
        describe(commandLine.getSubcommands().get("policy"), "command.policy");
        describe(commandLine.getSubcommands().get("backup"), "command.backup");
        describe(commandLine.getSubcommands().get("restore"), "command.restore");
        describe(commandLine.getSubcommands().get("register"), "command.register");
        describe(commandLine.getSubcommands().get("case"), "command.case");
        describe(commandLine.getSubcommands().get("import"), "command.import");
        CommandLine packages = commandLine.getSubcommands().get("package");
        describe(packages, "command.package");
        for (String sub : java.util.List.of("export", "import", "fingerprint", "conflicts", "resolve", "key", "receiver")) {
            describe(packages.getSubcommands().get(sub), "command.package." + sub);
        }
        describe(commandLine.getSubcommands().get("case").getSubcommands().get("list"), "command.caseList");
        CommandLine reference = commandLine.getSubcommands().get("reference");
        describe(reference, "command.reference");
        for (String sub : java.util.List.of("list", "add", "retire", "restore")) {
            describe(reference.getSubcommands().get(sub), "command.reference." + sub);
        }
        describe(commandLine.getSubcommands().get("register").getSubcommands().get("list"), "command.registerList");
        CommandLine report = commandLine.getSubcommands().get("report");
        describe(report, "command.report");
        report.getSubcommands().forEach((name, sub) -> describe(sub, "command.report." + name));
        commandLine.setUsageHelpWidth(100);
        commandLine.setOut(env.out());
        commandLine.setErr(env.err());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e));
        commandLine.setParameterExceptionHandler(this::badArguments);
        return commandLine.execute(args);
    }

    private void describe(CommandLine command, String key) {
        command.getCommandSpec().usageMessage().description(env.messages().get(key));
    }

    private int badArguments(CommandLine.ParameterException e, String[] args) {
        env.err().println(env.messages().get("cli.badArguments", ParameterMessages.translate(e.getMessage(), env.messages())));
        e.getCommandLine().usage(env.err());
        env.err().flush();
        return EXIT_USER_ERROR;
    }

    private int handle(Exception e) {
        if (e instanceof LedgerException ledger) {
            env.err().println(env.messages().describe(ledger));
            if (ledger.getCause() != null) {
                LOG.warn("{}", ledger.messageKey(), ledger.getCause());
                env.err().println(env.messages().get("cli.logHint", env.logDirectory()));
            }
            env.err().flush();
            return EXIT_USER_ERROR;
        }
        LOG.error("Command failed", e);
        env.err().println(env.messages().get("error.unexpectedWithLog", env.logDirectory()));
        env.err().flush();
        return EXIT_INTERNAL_ERROR;
    }

    private IFactory factory() {
        IFactory fallback = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    // Commands take the environment by constructor; everything else picocli makes itself.
                    return type.getConstructor(CliEnvironment.class).newInstance(env);
                } catch (NoSuchMethodException plain) {
                    return fallback.create(type);
                }
            }
        };
    }
}
