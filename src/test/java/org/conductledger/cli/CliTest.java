package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.conductledger.app.Services;
import org.conductledger.i18n.Messages;
import org.conductledger.model.OrgType;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.TestClock;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Path guiStartedWith;

    private int run(String... args) {
        CliEnvironment env = new CliEnvironment(Messages.load(Locale.SIMPLIFIED_CHINESE), dir.resolve("default"),
                location -> Services.wire(Database.open(location, Database.OpenMode.MUST_EXIST), TestClock.CLOCK),
                new PrintWriter(out, true), new PrintWriter(err, true), dir.resolve("logs"));
        return new Cli(env, db -> guiStartedWith = db).run(args);
    }

    @Test
    void infoPrintsSchemaVersionAndRowCounts() {
        Path db = dir.resolve("ledger");
        try (Services s = Services.wire(Database.open(DatabaseLocation.of(db)), TestClock.CLOCK)) {
            s.organisations().create(null, new OrganisationForm("某党委", "DW", OrgType.PARTY_COMMITTEE, null, null));
        }
        assertEquals(0, run("--db", db.toString(), "info"));
        String text = out.toString();
        assertTrue(text.contains("数据库结构版本：1"), text);
        assertTrue(text.contains("organisation: 1"), text);
        assertTrue(text.contains("member: 0"), text);
    }

    @Test
    void infoAcceptsTheOptionAfterTheCommandAndPrintsJson() {
        Database.open(DatabaseLocation.of(dir.resolve("x"))).close();
        assertEquals(0, run("info", "--db", dir.resolve("x.mv.db").toString(), "--format", "json"));
        assertTrue(out.toString().contains("\"schemaVersion\": \"1\""), out.toString());
        assertTrue(out.toString().contains("\"organisation\": 0"), out.toString());
    }

    @Test
    void withoutACommandTheDesktopApplicationStartsOnTheChosenDatabase() {
        assertEquals(0, run("--db", dir.resolve("mine").toString()));
        assertEquals(dir.resolve("mine"), guiStartedWith);
    }

    @Test
    void aFileThatIsNotADatabaseGivesAChineseMessageAndStatusTwo() throws Exception {
        Path junk = dir.resolve("junk.mv.db");
        java.nio.file.Files.writeString(junk, "x".repeat(5000));
        assertEquals(Cli.EXIT_USER_ERROR, run("info", "--db", junk.toString()));
        assertTrue(err.toString().contains("数据库"), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    @Test
    void infoRefusesAMissingFileOrADirectoryInsteadOfCreatingOne() {
        assertEquals(Cli.EXIT_USER_ERROR, run("info", "--db", dir.resolve("nowhere/sub/y").toString()));
        assertTrue(err.toString().contains("不存在"), err.toString());
        assertTrue(!dir.resolve("nowhere").toFile().exists());
        assertEquals(Cli.EXIT_USER_ERROR, run("info", "--db", dir.toString()));
        assertTrue(err.toString().contains("目录"), err.toString());
    }

    @Test
    void commandHelpWorksAndIsChinese() {
        assertEquals(0, run("info", "--help"));
        assertTrue(out.toString().contains("用法"), out.toString());
        assertTrue(out.toString().contains("--format"), out.toString());
    }

    @Test
    void unknownOptionsAreRefusedWithUsage() {
        assertEquals(2, run("info", "--nonsense"));
        assertTrue(err.toString().contains("--nonsense"), err.toString());
    }
}
