import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The UI figures of issue 12 in a real window (run under Xvfb by bench/run), one process per run:
 * <pre>
 *   ScaleUi bare                          a ten-line JavaFX window: prints FRAME (the floor of P1)
 *   ScaleUi app &lt;db&gt; &lt;rows&gt; p1|p2|p6    the application itself (ConductLedgerApp): prints FRAME (its first window),
 *                                         logs in as a user would type it, prints ROSTER when the roster of the whole
 *                                         tree shows &lt;rows&gt; rows and its filter field takes input; then p2 times
 *                                         filter keystrokes (the JavaFX thread's work: the text change with the
 *                                         filtering it sets off, plus the CSS and layout of the next pulse — not the
 *                                         wait for that 60 Hz pulse), p6 browses the
 *                                         roster and opens 20 profiles and prints the heap.
 * </pre>
 * Times are epoch milliseconds on this machine's clock; the parent subtracts the moment it started the process.
 * The first frame is the first pulse of the first window after it was shown (layout done, frame handed to render).
 */
public final class ScaleUi {

    /** The floor: what a bare JavaFX window costs from process start to its first frame. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("网络行为台账"), 1200, 760));
            stage.setTitle("bare");
            stage.show();
        }
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Thread driver = new Thread(() -> {
            try {
                firstFrame();
                if (args[0].equals("app")) {
                    drive(Integer.parseInt(args[2]), args[3]);
                }
            } catch (Throwable e) {
                e.printStackTrace();
                System.out.println("FAILED " + e);
            } finally {
                System.out.flush();
                Platform.exit();
                if (Boolean.getBoolean("bench.exit")) {
                    System.exit(0);                        // shutdown hooks run (a JFR recording is written)
                }
                Runtime.getRuntime().halt(0);
            }
        }, "bench-driver");
        driver.setDaemon(true);
        driver.start();
        if (args[0].equals("bare")) {
            Application.launch(Bare.class);
        } else {
            // Through the real entry point (java -jar, the installed launcher): Launcher's settings, locale and
            // command line come first, as on a user's PC.
            org.conductledger.app.Launcher.main(new String[] {"--db", args[1]});
        }
        driver.join(TimeUnit.MINUTES.toMillis(10));
    }

    /** Waits for the toolkit, then for the first window's first pulse after it shows. */
    static void firstFrame() throws Exception {
        CompletableFuture<Long> frame = new CompletableFuture<>();
        while (true) {
            try {
                Platform.runLater(() -> watchWindows(frame));
                break;
            } catch (IllegalStateException notYet) {
                Thread.sleep(1);
            }
        }
        System.out.println("FRAME " + frame.get(5, TimeUnit.MINUTES));
    }

    private static void watchWindows(CompletableFuture<Long> frame) {
        ListChangeListener<Window> added = c -> Window.getWindows().forEach(w -> watch(w, frame));
        Window.getWindows().addListener(added);
        Window.getWindows().forEach(w -> watch(w, frame));
    }

    private static void watch(Window window, CompletableFuture<Long> frame) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                if (window.isShowing() && window.getScene() != null) {
                    frame.complete(System.currentTimeMillis());
                    window.getScene().removePostLayoutPulseListener(this);
                }
            }
        };
        if (window.getScene() != null) {
            window.getScene().addPostLayoutPulseListener(once);
        }
        window.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.addPostLayoutPulseListener(once);
            }
        });
    }

    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(2, TimeUnit.MINUTES);
    }

    static void waitFor(BooleanSupplier condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!fx(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }

    static Node find(String selector) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                Node n = w.getScene().lookup(selector);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The time after the next pulse has laid the scene out (the frame after a change). */
    static long afterNextPulse(Scene scene) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    done.complete(System.nanoTime());
                    scene.removePostLayoutPulseListener(this);
                }
            };
            scene.addPostLayoutPulseListener(once);
            Platform.requestNextPulse();
        });
        return done.get(1, TimeUnit.MINUTES);
    }

    /** The CSS and layout work of the next pulse (from its first scene listener to its last), in milliseconds. */
    static double nextPulseWork(Scene scene) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long[] began = new long[1];
            Runnable pre = new Runnable() {
                @Override
                public void run() {
                    began[0] = System.nanoTime();
                    scene.removePreLayoutPulseListener(this);
                }
            };
            Runnable post = new Runnable() {
                @Override
                public void run() {
                    done.complete((System.nanoTime() - began[0]) / 1e6);
                    scene.removePostLayoutPulseListener(this);
                }
            };
            scene.addPreLayoutPulseListener(pre);
            scene.addPostLayoutPulseListener(post);
            Platform.requestNextPulse();
        });
        return done.get(1, TimeUnit.MINUTES);
    }

    @SuppressWarnings("unchecked")
    static void drive(int rows, String what) throws Exception {
        waitFor(() -> find("#usernameField") != null, 120_000);
        fx(() -> {
            ((TextInputControl) find("#usernameField")).setText("admin");
            ((TextInputControl) find("#passwordField")).setText(System.getenv("BENCH_PASSWORD"));
            ((Button) find("#loginButton")).fire();
            return null;
        });
        // The 工作台 is the first tab: open the roster at once, as a user would.
        waitFor(() -> find("#mainTabs") != null, 600_000);
        fx(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) find("#mainTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "rosterTab".equals(t.getId())).findFirst()
                    .orElseThrow());
            return null;
        });
        waitFor(() -> {
            Node table = find("#memberTable");
            Node filter = find("#filterField");
            return table != null && filter != null && !filter.isDisabled() && ((TableView<?>) table).getItems().size() == rows;
        }, 600_000);
        TableView<Object> table = fx(() -> (TableView<Object>) find("#memberTable"));
        afterNextPulse(table.getScene());
        System.out.println("ROSTER " + System.currentTimeMillis());
        if (what.equals("p2")) {
            keystrokes(table);
        } else if (what.equals("p6")) {
            heap(table);
        }
    }

    /** P2: each keystroke in the filter field until the next pulse has laid out the filtered table. */
    static void keystrokes(TableView<Object> table) throws Exception {
        TextField filter = fx(() -> (TextField) find("#filterField"));
        List<String> words = fx(() -> {
            List<String> picked = new ArrayList<>();
            int size = table.getItems().size();
            for (int i = 0; i < 8; i++) {
                Object row = table.getItems().get((int) ((long) size * (2 * i + 1) / 16));
                String name = (String) row.getClass().getMethod("name").invoke(row);
                String id = (String) row.getClass().getMethod("idNumber").invoke(row);
                picked.add(name);
                picked.add(id.substring(14));
            }
            return picked;
        });
        List<Double> ms = new ArrayList<>();
        int keys = 0;
        for (String word : words) {
            // Type the word a character at a time, then delete it a character at a time.
            List<String> states = new ArrayList<>();
            for (int i = 1; i <= word.length(); i++) {
                states.add(word.substring(0, i));
            }
            for (int i = word.length() - 1; i >= 0; i--) {
                states.add(word.substring(0, i));
            }
            for (String text : states) {
                // The keystroke's whole work on the JavaFX thread: the text changes, the roster filters, and the
                // table's CSS and layout are brought up to date (what the next frame then draws).
                double took = fx(() -> {
                    long t = System.nanoTime();
                    filter.setText(text);
                    return (System.nanoTime() - t) / 1e6;
                }) + nextPulseWork(table.getScene());
                if (++keys > 10) {                       // the first ten keystrokes warm up
                    ms.add(took);
                }
            }
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "KEYS n=%d p50=%.2f p95=%.2f min=%.2f max=%.2f%n", sorted.length,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[0],
                sorted[sorted.length - 1]);
        fx(() -> {
            filter.setText("");
            return null;
        });
    }

    /** P6: scroll through the roster, open 20 member profiles, then the heap in use after a full collection. */
    static void heap(TableView<Object> table) throws Exception {
        int size = fx(() -> table.getItems().size());
        for (int i = 0; i <= 50; i++) {
            int index = (int) ((long) (size - 1) * i / 50);
            fx(() -> {
                table.scrollTo(index);
                return null;
            });
            afterNextPulse(table.getScene());
        }
        for (int i = 0; i < 20; i++) {
            int index = (int) ((long) (size - 1) * (i + 1) / 21);
            long before = fx(() -> Window.getWindows().size());
            fx(() -> {
                table.getSelectionModel().clearAndSelect(index);
                ((Button) table.getScene().lookup("#profileMemberButton")).fire();
                return null;
            });
            waitFor(() -> Window.getWindows().size() > before, 60_000);
        }
        Thread.sleep(3_000);                              // the profiles load their records in the background
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        System.out.printf(Locale.ROOT, "HEAP used=%.1f committed=%.1f windows=%d%n", used / 1048576.0, committed / 1048576.0,
                fx(() -> Window.getWindows().size()));
    }

    static String join(String... parts) {
        return String.join(" ", Arrays.asList(parts));
    }
}
