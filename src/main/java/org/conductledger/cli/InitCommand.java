package org.conductledger.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conductledger.app.Services;
import org.conductledger.model.OrgType;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.store.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code conduct-ledger init --root-org <name> --root-code <code> --admin <user>}: what the first-run
 * dialog does, headless. The administrator's password comes from {@code CONDUCT_LEDGER_PASSWORD}.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    DatabaseOption database;

    @ParentCommand
    RootCommand root;

    @Option(names = "--root-org", required = true, paramLabel = "<name>", descriptionKey = "option.rootOrg")
    String rootOrg;

    @Option(names = "--root-code", required = true, paramLabel = "<code>", descriptionKey = "option.rootCode")
    String rootCode;

    @Option(names = "--root-type", defaultValue = "PARTY_COMMITTEE", paramLabel = "<type>", descriptionKey = "option.rootType")
    OrgType rootType;

    @Option(names = "--admin", required = true, paramLabel = "<user>", descriptionKey = "option.admin")
    String admin;

    @Option(names = "--admin-name", paramLabel = "<name>", descriptionKey = "option.adminName")
    String adminName;

    @Option(names = "--also-org-department", descriptionKey = "option.alsoOrgDepartment")
    boolean alsoOrgDepartment;

    public InitCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        DatabaseLocation location = database.orElse(root.database).location(env.defaultDatabase(), env.passwords());
        char[] password = env.passwords().password(env.messages().get("cli.passwordPrompt", admin));
        Set<Role> extra = alsoOrgDepartment ? EnumSet.of(Role.ORG_DEPARTMENT) : EnumSet.noneOf(Role.class);
        try (Services services = env.access().initialise(location,
                new OrganisationForm(rootOrg, rootCode, rootType, null, null), admin,
                adminName == null ? admin : adminName, extra, password)) {
            env.out().println(env.messages().get("cli.init.done", location.describe(), services.session().username()));
            env.out().flush();
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        return 0;
    }
}
