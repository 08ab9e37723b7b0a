package org.conductledger.cli;

import org.conductledger.app.Services;
import org.conductledger.model.Progress;
import org.conductledger.service.demo.DemoSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger demo-data --members N [--seed S]}: fills an empty ledger with a fictitious, reproducible
 * organisation (演示数据) for trying the application out and for benchmarks; the ledger is marked as a demo for
 * good. Progress goes to standard error, the summary to standard output.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true)
public final class DemoDataCommand extends LoggedInCommand {

    /** The seed when none is given: the same every time, so two demo ledgers of one size are alike. */
    static final long DEFAULT_SEED = 20_261_201L;

    @Option(names = "--members", required = true, paramLabel = "<N>", descriptionKey = "option.demoMembers")
    int members;
    @Option(names = "--seed", paramLabel = "<S>", descriptionKey = "option.demoSeed")
    Long seed;

    public DemoDataCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        long used = seed == null ? DEFAULT_SEED : seed;
        long started = System.nanoTime();
        DemoSummary summary = services.demoData().generate(members, used, new Progress() {
            private int shown = -1;

            @Override
            public void step(int done, int total) {
                int tenth = total == 0 ? 10 : done * 10 / total;
                if (tenth != shown) {
                    shown = tenth;
                    env.err().println(env.messages().get("cli.demo.progress", done, total));
                    env.err().flush();
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        env.out().println(env.messages().get("cli.demo.done", summary.members(), summary.organisations(), summary.registers(),
                summary.cases(), summary.outcomes(), summary.appeals(), summary.commendations(), summary.clarifications(),
                String.format(java.util.Locale.ROOT, "%.1f", seconds), used));
        env.out().flush();
        return 0;
    }
}
