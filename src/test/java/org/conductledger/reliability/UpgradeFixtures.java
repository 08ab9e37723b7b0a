package org.conductledger.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.conductledger.app.Services;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.Role;
import org.conductledger.service.Registers;
import org.conductledger.service.TestLedger;

/**
 * Makes the small ledger kept under {@code src/test/resources/upgrade/v<schema>/} for {@link UpgradeTest}: one of each
 * kind of record, encrypted, users admin / sj (auditor) / cb (case handler), password {@link TestLedger#PASSWORD}.
 * Regenerate — only when a new schema version is released, and add the new directory beside the old ones (never
 * replace a released version's fixture) — with
 * {@code mvn -B -q test -Dtest=UpgradeFixtures -Dreliability.makeUpgradeFixture=true}.
 */
public final class UpgradeFixtures {

    static final Path ROOT = Path.of("src/test/resources/upgrade");

    /** Writes the fixture for the current schema into {@code directory}; returns the schema version. */
    static String make(Path directory) throws IOException {
        Files.createDirectories(directory);
        Properties expected = new Properties();
        String version;
        try (TestLedger ledger = TestLedger.openEmbedded(directory)) {
            Services admin = ledger.services;
            Organisation zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            long zhang = admin.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id())).id();
            admin.members().create(TestLedger.member("李四", TestLedger.idBornIn(1985, 22), zb1.id()));
            admin.registers().create(Registers.account(zhang, Registers.platform(admin, "WB"), "upgrade-weibo"));
            admin.registers().create(Registers.group(zhang, Registers.platform(admin, "WX_PERSONAL"),
                    Registers.category(admin, "WORK"), "upgrade-group"));
            ledger.loginAs("sj", ledger.root(), Set.of(Role.AUDITOR));
            Services handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER, Role.ORG_DEPARTMENT));
            long category = handler.reference().violationCategories().get(0).id();
            CaseFile c = handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, null,
                    null, false, "升级测试线索", List.of(zhang), List.of(category), List.of()));
            c = handler.cases().move(c.id(), c.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 5), null, null);
            c = handler.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 11, 10), null, null);
            c = handler.cases().move(c.id(), c.version(), CaseStage.INVESTIGATION, LocalDate.of(2026, 11, 11), null, null);
            c = handler.cases().move(c.id(), c.version(), CaseStage.REVIEW, LocalDate.of(2026, 11, 18), null, null);
            handler.cases().recordStatement(c.id(), new MemberStatement(LocalDate.of(2026, 11, 19), List.of("王干事", "李干事"),
                    "无异议", false, null));
            c = handler.cases().move(c.id(), c.version(), CaseStage.DECISION, LocalDate.of(2026, 11, 20), null, null);
            long edu = handler.outcomes().types().stream().filter(t -> t.code().equals("EDU")).findFirst().orElseThrow().id();
            handler.outcomes().record(new OutcomeForm(c.id(), zhang, Set.of(edu), LocalDate.of(2026, 11, 21), zb1.id(),
                    "升纪发〔2026〕1号", null, "经审理", null, false));
            version = admin.database().schemaVersion();
            expected.putAll(content(admin, handler));
        }
        expected.setProperty("schemaVersion", version);
        try (OutputStream out = Files.newOutputStream(directory.resolve("expected.properties"))) {
            expected.store(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                    "What UpgradeTest expects to find after opening this ledger with the current application");
        }
        return version;
    }

    /** What the fixture holds, in words that stay comparable across schema versions. */
    static TreeMap<String, String> content(Services admin, Services handler) {
        TreeMap<String, String> content = new TreeMap<>();
        long root = admin.organisations().all().get(0).id();
        content.put("organisations", admin.organisations().all().stream().map(o -> o.code() + ":" + o.name()).sorted().toList().toString());
        content.put("members", admin.members().roster(root, true, true).stream().map(m -> m.name()).sorted().toList().toString());
        for (RegisterKind kind : List.of(RegisterKind.ACCOUNT, RegisterKind.GROUP)) {
            content.put("register." + kind, admin.registers().list(kind, root, true).stream().map(r -> r.form().identifier() + "@" + r.status())
                    .sorted().toList().toString());
        }
        List<CaseFile> cases = handler.cases().list(root, true);
        content.put("cases", cases.stream().map(c -> c.stage().name()).toList().toString());
        content.put("outcomes", cases.stream().flatMap(c -> handler.outcomes().forCase(c.id()).stream())
                .map(o -> o.documentNo()).toList().toString());
        return content;
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "reliability.makeUpgradeFixture", matches = "true")
    void makeTheFixtureForTheCurrentSchema() throws IOException {
        Path scratch = Files.createTempDirectory("upgrade-fixture");
        String version = make(scratch);
        Path target = ROOT.resolve("v" + version);
        Files.createDirectories(target);
        for (String name : List.of("ledger.mv.db", "ledger.keys", "expected.properties")) {
            Files.copy(scratch.resolve(name), target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("upgrade fixture written: " + target);
    }
}
