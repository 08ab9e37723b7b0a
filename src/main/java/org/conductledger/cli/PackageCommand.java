package org.conductledger.cli;

import java.nio.file.Path;
import org.conductledger.app.Services;
import org.conductledger.exchange.PackageFile;
import org.conductledger.model.PackageManifest;
import org.conductledger.service.PackageImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code conduct-ledger package export --to <receiver code> --out f.clp}, {@code package import f.clp
 * [--trust-fingerprint "…"]}, {@code package fingerprint}, {@code package conflicts}, {@code package resolve
 * --conflict N --keep local|incoming}: data packages between levels (数据交换包).
 */
@Command(name = "package", mixinStandardHelpOptions = true, subcommands = {PackageCommand.Export.class,
        PackageCommand.Import.class, PackageCommand.Fingerprint.class, PackageCommand.Conflicts.class,
        PackageCommand.Resolve.class, PackageCommand.Key.class, PackageCommand.Receiver.class})
public final class PackageCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "package export|import|fingerprint|conflicts|resolve");
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    public static final class Export extends LoggedInCommand {
        @Option(names = "--to", required = true, paramLabel = "<code>", descriptionKey = "option.packageTo")
        String receiver;
        @Option(names = "--out", required = true, paramLabel = "<file.clp>", descriptionKey = "option.packageOut")
        Path out;

        public Export(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            if (!services.packageExport().encryptsFor(receiver)) {
                env.err().println(env.messages().get("cli.package.unencrypted", receiver));
            }
            PackageManifest m = services.packageExport().export(receiver, parts -> PackageFile.write(out, parts));
            env.out().println(env.messages().get("cli.package.exported", m.seq(), m.receiverCode(), out,
                    m.counts().get("org"), m.counts().get("member"), m.counts().get("register")));
            env.out().println(env.messages().get("cli.package.fingerprint", services.packageExport().fingerprint()));
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    public static final class Import extends LoggedInCommand {
        @Parameters(index = "0", paramLabel = "<file.clp>", descriptionKey = "option.packageFile")
        Path file;
        @Option(names = "--trust-fingerprint", paramLabel = "<fingerprint>", descriptionKey = "option.trustFingerprint")
        String trust;

        public Import(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            PackageImportService.Report r = services.packageImport().importPackage(PackageFile.read(file), trust,
                    env.messages().get("package.statusReason"));
            PackageManifest m = r.manifest();
            if (r.senderTrustedNow()) {
                env.out().println(env.messages().get("cli.package.trusted", m.senderOrgName(), m.senderOrgCode()));
            }
            if (r.alreadyImported()) {
                env.out().println(env.messages().get("cli.package.already", m.seq(), m.senderOrgName()));
            } else {
                env.out().println(env.messages().get("cli.package.imported", m.seq(), m.senderOrgName(), r.created(),
                        r.updated(), r.unchanged(), r.conflicts().size(), m.counts().getOrDefault("org", 0),
                        m.counts().getOrDefault("member", 0), m.counts().getOrDefault("register", 0)));
                for (org.conductledger.model.PackageConflict c : r.conflicts()) {
                    env.out().println(env.messages().get("cli.package.conflict", c.id(), c.objectType(), c.localId()));
                }
            }
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "fingerprint", mixinStandardHelpOptions = true)
    public static final class Fingerprint extends LoggedInCommand {
        public Fingerprint(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            env.out().println(env.messages().get("cli.package.fingerprint", services.packageExport().fingerprint()));
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "conflicts", mixinStandardHelpOptions = true)
    public static final class Conflicts extends LoggedInCommand {
        public Conflicts(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            for (org.conductledger.model.PackageConflict c : services.packageImport().conflicts(true)) {
                String fields = String.join("；", services.packageImport().differences(c.id()).stream()
                        .map(d -> env.messages().get("package.field." + d.field()) + "：" + shown(d.field(), d.local()) + " → "
                                + shown(d.field(), d.incoming())).toList());
                env.out().println(env.messages().get("cli.package.conflictLine", c.id(), c.senderOrgName(), c.seq(),
                        env.messages().get("package.type." + c.objectType()), c.localId(), fields));
            }
            env.out().flush();
            return 0;
        }
    }

    /** ID numbers masked in conflict listings, as in every list. */
    static String shown(String field, String value) {
        return "idNumber".equals(field) ? org.conductledger.model.IdNumber.mask(value) : value;
    }

    enum Keep { local, incoming }

    @Command(name = "resolve", mixinStandardHelpOptions = true)
    public static final class Resolve extends LoggedInCommand {
        @Option(names = "--conflict", required = true, paramLabel = "<id>", descriptionKey = "option.conflictId")
        long conflict;
        @Option(names = "--keep", required = true, descriptionKey = "option.conflictKeep")
        Keep keep;

        public Resolve(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            services.packageImport().decide(conflict, keep == Keep.incoming, env.messages().get("package.statusReason"));
            env.out().println(env.messages().get("cli.package.resolved", conflict));
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "key", mixinStandardHelpOptions = true)
    public static final class Key extends LoggedInCommand {
        @Option(names = "--out", required = true, paramLabel = "<file.key>", descriptionKey = "option.keyOut")
        Path out;

        public Key(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            org.conductledger.service.PackageCodec.KeyCard card = services.packageExport().keyCard();
            try {
                java.nio.file.Files.write(out, org.conductledger.service.PackageCodec.keyCard(card));
            } catch (java.io.IOException e) {
                throw new org.conductledger.model.LedgerException(e, "export.error.write", out);
            }
            env.out().println(env.messages().get("cli.package.keyWritten", out, card.fingerprint()));
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "receiver", mixinStandardHelpOptions = true)
    public static final class Receiver extends LoggedInCommand {
        @Option(names = "--file", required = true, paramLabel = "<file.key>", descriptionKey = "option.keyFile")
        Path file;

        public Receiver(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            byte[] bytes;
            try {
                bytes = java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                throw new org.conductledger.model.LedgerException(e, "package.error.keyCard");
            }
            org.conductledger.service.PackageCodec.KeyCard card = services.packageExport()
                    .registerReceiver(org.conductledger.service.PackageCodec.keyCard(bytes));
            env.out().println(env.messages().get("cli.package.receiverRegistered", card.orgName(), card.orgCode(),
                    card.fingerprint()));
            env.out().flush();
            return 0;
        }
    }
}
