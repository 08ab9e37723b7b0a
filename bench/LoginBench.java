import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import org.conductledger.model.OrgType;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.service.AuthService;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.Pbkdf2;

/**
 * Login benchmark: the cost of one PBKDF2 derivation at the production work factor, and of a whole
 * login (unwrap the key, open the encrypted database, start the session, audit it), next to the floor
 * of the derivation alone. Run: bench/run-login
 */
public class LoginBench {

    public static void main(String[] args) throws Exception {
        char[] password = "Bench#2026x".toCharArray();
        Pbkdf2 kdf = new Pbkdf2(Pbkdf2.PRODUCTION_ITERATIONS);
        double derive = median(7, () -> Pbkdf2.derive(password, new byte[16], Pbkdf2.PRODUCTION_ITERATIONS, 256));
        Path dir = Files.createTempDirectory("login-bench");
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("ledger"));
        AuthService auth = new AuthService(Clock.systemDefaultZone(), kdf, "bench");
        auth.initialise(location, new OrganisationForm("基准党委", "BENCH", OrgType.PARTY_COMMITTEE, null, null), "admin",
                "管理员", EnumSet.of(Role.ORG_DEPARTMENT), password, password).ledger().close();
        double login = median(7, () -> auth.login(location, "admin", password).ledger().close());
        System.out.printf("pbkdf2       iterations=%d  median %6.0f ms%n", Pbkdf2.PRODUCTION_ITERATIONS, derive);
        System.out.printf("login        median %6.0f ms   floor (one PBKDF2 derivation) %6.0f ms   ratio %.2f%n",
                login, derive, login / derive);
    }

    interface Work {
        void run() throws Exception;
    }

    static double median(int runs, Work work) throws Exception {
        work.run();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
