package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.conductledger.app.Services;
import org.conductledger.model.Member;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.store.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty application instances — each its own login, its own connection pool, as on twenty PCs — writing
 * to one PostgreSQL ledger at the same moment: filing numbers come out without gaps or duplicates and the
 * audit chain verifies with every entry in it (no fork, no gap).
 */
@EnabledIfSystemProperty(named = TestServers.PROPERTY, matches = ".+")
class ConcurrentInstancesPostgresTest {

    private static final int INSTANCES = 20;
    private static final int FILINGS_EACH = 5;

    @TempDir
    Path dir;

    @Test
    void twentyInstancesAllocateFilingNumbersWithoutGapsOrDuplicatesAndTheChainVerifies() throws Exception {
        try (TestLedger ledger = TestLedger.open(dir)) {
            Organisation branch = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                members.add(ledger.services.members().create(TestLedger.member("成员" + i, TestLedger.idBornIn(1970 + i, 10 + i), branch.id())));
            }
            long wechat = Registers.platform(ledger.services, "WX_SUBSCRIPTION");
            List<Services> instances = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                instances.add(ledger.loginAs("user" + i, ledger.root(), EnumSet.of(Role.ORG_DEPARTMENT)));
            }
            long entriesBefore = ledger.loginAs("shenji0", ledger.root(), EnumSet.of(Role.AUDITOR)).audit().verify().checked();

            ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                Services instance = instances.get(i);
                long memberId = members.get(i).id();
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int k = 0; k < FILINGS_EACH; k++) {
                        numbers.add(instance.registers().create(Registers.filing(memberId, wechat, "acc-" + n + "-" + k,
                                LocalDate.of(2026, 6, 1))).filingNo());
                    }
                    return numbers;
                }));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (Future<List<String>> f : results) {
                got.addAll(f.get(2, TimeUnit.MINUTES));
            }
            pool.shutdown();

            Collections.sort(got);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= INSTANCES * FILINGS_EACH; i++) {
                expected.add(String.format("ZB1-2026-%04d", i));
            }
            assertEquals(expected, got, "no gaps, no duplicates");
            AuditVerification chain = ledger.loginAs("shenji", ledger.root(), EnumSet.of(Role.AUDITOR)).audit().verify();
            assertTrue(chain.intact(), "the audit chain verifies: " + chain);
            assertTrue(chain.checked() >= entriesBefore + INSTANCES * FILINGS_EACH, "every filing is in the chain: " + chain);
        }
    }
}
