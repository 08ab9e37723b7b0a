package org.conductledger.cli;

import org.conductledger.app.Services;
import org.conductledger.service.AuditVerification;
import picocli.CommandLine.Command;

/** {@code conduct-ledger audit verify}: walks the audit chain and names the first broken entry. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class)
public final class AuditCommand implements Runnable {

    /** Exit status when the chain is broken. */
    public static final int EXIT_BROKEN = 3;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "audit verify");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true)
    public static final class Verify extends LoggedInCommand {

        public Verify(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            AuditVerification result = services.audit().verify();
            if (result.intact()) {
                env.out().println(env.messages().get("cli.audit.intact", result.checked()));
                env.out().flush();
                return 0;
            }
            env.out().println(env.messages().get("cli.audit.broken", result.brokenAtSeq(),
                    env.messages().get(result.problemKey()), result.checked()));
            env.out().flush();
            return EXIT_BROKEN;
        }
    }
}
