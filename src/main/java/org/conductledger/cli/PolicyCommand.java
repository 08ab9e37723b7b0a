package org.conductledger.cli;

import org.conductledger.app.Services;
import org.conductledger.model.LoginPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger policy [--max-failures N] [--lock-minutes N] [--idle-minutes N] [--report-days N]}:
 * shows or sets the login policy and the reporting window of the registers (system administrator; audited).
 */
@Command(name = "policy", mixinStandardHelpOptions = true)
public final class PolicyCommand extends LoggedInCommand {

    @Option(names = "--max-failures", descriptionKey = "option.maxFailures")
    Integer maxFailures;

    @Option(names = "--lock-minutes", descriptionKey = "option.lockMinutes")
    Integer lockMinutes;

    @Option(names = "--idle-minutes", descriptionKey = "option.idleMinutes")
    Integer idleMinutes;

    @Option(names = "--report-days", descriptionKey = "option.reportDays")
    Integer reportDays;

    public PolicyCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        LoginPolicy current = services.users().policy();
        if (maxFailures != null || lockMinutes != null || idleMinutes != null) {
            current = new LoginPolicy(maxFailures != null ? maxFailures : current.maxFailures(),
                    lockMinutes != null ? lockMinutes : current.lockMinutes(),
                    idleMinutes != null ? idleMinutes : current.idleMinutes());
            services.users().setPolicy(current);
        }
        if (reportDays != null) {
            services.registers().setDeadline(reportDays);
        }
        env.out().println(env.messages().get("cli.policy", current.maxFailures(), current.lockMinutes(), current.idleMinutes()));
        env.out().println(env.messages().get("cli.reportDays", services.registers().deadline().days()));
        env.out().flush();
        return 0;
    }
}
