package org.conductledger.cli;

import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.Role;
import org.conductledger.model.UserAccount;
import org.conductledger.model.UserForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conduct-ledger user list|add|disable|reset-password}: user administration (系统管理员). */
@Command(name = "user", mixinStandardHelpOptions = true,
        subcommands = {UserCommand.ListUsers.class, UserCommand.Add.class, UserCommand.Edit.class, UserCommand.Disable.class,
                UserCommand.Reset.class, UserCommand.Unlock.class})
public final class UserCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "user list|add|edit|disable|reset-password|unlock");
    }

    static UserAccount find(Services services, String username) {
        return services.users().list().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new LedgerException("error.user.notFound"));
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListUsers extends LoggedInCommand {
        public ListUsers(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            Set<String> locked = services.users().lockedOut();
            env.out().println(env.messages().get("cli.user.header"));
            for (UserAccount u : services.users().list()) {
                String roles = u.roles().stream().map(env.messages()::label).collect(java.util.stream.Collectors.joining("、"));
                String state = !u.active() ? "cli.user.disabled" : locked.contains(u.username()) ? "cli.user.locked"
                        : u.mustChangePassword() ? "cli.user.mustChange" : "cli.user.active";
                env.out().println(String.join("\t", u.username(), u.fullName(), u.orgName(), roles, env.messages().get(state)));
            }
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    public static final class Add extends LoggedInCommand {
        @Option(names = "--username", required = true, descriptionKey = "option.username")
        String username;
        @Option(names = "--name", required = true, descriptionKey = "option.fullName")
        String fullName;
        @Option(names = "--org", required = true, paramLabel = "<code>", descriptionKey = "option.org")
        String orgCode;
        @Option(names = "--roles", required = true, split = "[,，、]", paramLabel = "<ROLE,...>", descriptionKey = "option.roles")
        Set<Role> roles;

        public Add(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            String code = OrganisationRules.normaliseCode(orgCode);
            Organisation org = services.organisations().all().stream().filter(o -> o.code().equals(code)).findFirst()
                    .orElseThrow(() -> new LedgerException("error.org.codeNotFound", code));
            char[] initial = env.passwords().newPassword(env.messages().get("cli.newPasswordPrompt", username));
            UserAccount created = services.users().create(new UserForm(username, fullName, org.id(), roles, null), initial, initial);
            env.out().println(env.messages().get("cli.user.created", created.username(), org.name()));
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true)
    public static final class Edit extends LoggedInCommand {
        @Option(names = "--username", required = true, descriptionKey = "option.username")
        String username;
        @Option(names = "--name", descriptionKey = "option.fullName")
        String fullName;
        @Option(names = "--org", paramLabel = "<code>", descriptionKey = "option.org")
        String orgCode;
        @Option(names = "--roles", split = "[,，、]", paramLabel = "<ROLE,...>", descriptionKey = "option.roles")
        Set<Role> roles;

        public Edit(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            UserAccount user = find(services, username);
            Long orgId = user.orgId();
            if (orgCode != null) {
                String code = OrganisationRules.normaliseCode(orgCode);
                orgId = services.organisations().all().stream().filter(o -> o.code().equals(code)).findFirst()
                        .orElseThrow(() -> new LedgerException("error.org.codeNotFound", code)).id();
            }
            services.users().update(user.id(), new UserForm(user.username(), fullName != null ? fullName : user.fullName(),
                    orgId, roles != null ? roles : user.roles(), user.memberId()));
            env.out().println(env.messages().get("users.updated", username));
            env.out().flush();
            return 0;
        }
    }

    /** A command about one existing user, named by {@code --username}; prints one line when done. */
    abstract static class OneUser extends LoggedInCommand {
        @Option(names = "--username", required = true, descriptionKey = "option.username")
        String username;

        OneUser(CliEnvironment env) {
            super(env);
        }

        /** Does the work and returns the message key of the line to print (its argument: the user name). */
        abstract String act(Services services, UserAccount user);

        @Override
        protected int run(Services services) {
            String done = act(services, find(services, username));
            env.out().println(env.messages().get(done, username));
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true)
    public static final class Unlock extends OneUser {
        public Unlock(CliEnvironment env) {
            super(env);
        }

        @Override
        String act(Services services, UserAccount user) {
            services.users().unlockAccount(user.id());
            return "users.unlocked";
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true)
    public static final class Disable extends OneUser {
        public Disable(CliEnvironment env) {
            super(env);
        }

        @Override
        String act(Services services, UserAccount user) {
            services.users().disable(user.id());
            return "cli.user.disabledDone";
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true)
    public static final class Reset extends OneUser {
        public Reset(CliEnvironment env) {
            super(env);
        }

        @Override
        String act(Services services, UserAccount user) {
            char[] next = env.passwords().newPassword(env.messages().get("cli.newPasswordPrompt", user.username()));
            services.users().resetPassword(user.id(), next, next);
            return "cli.user.resetDone";
        }
    }
}
