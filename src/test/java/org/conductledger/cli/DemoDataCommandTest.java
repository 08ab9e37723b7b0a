package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code demo-data --members N [--seed S]}: fills an empty ledger once, refuses a second time and bad sizes. */
class DemoDataCommandTest extends CliCommandHarness {

    @BeforeEach
    void ledger() {
        TestLedger.open(dir).close();
    }

    private int demo(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[] {"--db", dir.resolve("ledger").toString(), "--user", "admin", "demo-data"}, 0, all, 0, 5);
        System.arraycopy(args, 0, all, 5, args.length);
        return run(all);
    }

    @Test
    void fillsAnEmptyLedgerOnceAndSaysWhatItWrote() {
        assertEquals(0, demo("--members", "300", "--seed", "5"), err.toString());
        assertTrue(out.toString().contains("已生成演示数据：300 名党员"), out.toString());
        assertTrue(out.toString().contains("随机种子 5"), out.toString());
        assertTrue(err.toString().contains("正在生成演示数据：已写入 300 / 300 名党员"), err.toString());
        try (TestLedger again = TestLedger.reopen(dir)) {
            assertTrue(again.services.demoData().isDemo());
            assertEquals(300, again.services.members().roster(again.root().id(), true, true).size());
        }
        assertEquals(Cli.EXIT_USER_ERROR, demo("--members", "300"));
        assertTrue(err.toString().contains("演示数据只能生成到空台账中"), err.toString());
    }

    @Test
    void refusesSizesOutOfRangeWithAClearMessage() {
        assertEquals(Cli.EXIT_USER_ERROR, demo("--members", "2"));
        assertTrue(err.toString().contains("演示数据的党员人数须在 3 到 2,000,000 之间"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, demo("--members", "很多"));
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    @Test
    void isListedInTheHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("demo-data"), out.toString());
    }
}
