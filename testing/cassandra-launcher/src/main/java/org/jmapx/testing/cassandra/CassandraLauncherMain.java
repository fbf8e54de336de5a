package org.jmapx.testing.cassandra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of the launcher, for scripts that start one shared Cassandra before {@code mvn verify}
 * and stop it afterwards.
 *
 * <pre>
 * start          [--nodes N] [--data-dir DIR] [--heap 512m]   prints the contact points on stdout
 * stop           [--data-dir DIR] [--fast]                    SIGTERM (SIGKILL after 30 s); --fast: SIGKILL now
 * status         [--data-dir DIR]                             exit code 0 if every node runs, 3 otherwise
 * contact-points [--data-dir DIR]
 * start-node I | stop-node I | kill-node I  [--data-dir DIR]
 * </pre>
 * {@code --first-host H} puts node i on 127.0.0.(H + i - 1) instead of 127.0.0.i.
 * The default data directory is {@code ${java.io.tmpdir}/jmapx-cassandra/<version>/nodes}.
 */
public final class CassandraLauncherMain {
    private static final int USAGE = 2;
    private static final int NOT_RUNNING = 3;

    private CassandraLauncherMain() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (CassandraStartException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args) {
        Arguments arguments = Arguments.parse(args);
        if (arguments == null) {
            System.err.println("usage: start|stop|status|contact-points|start-node I|stop-node I|kill-node I"
                + " [--nodes N] [--data-dir DIR] [--heap SIZE] [--first-host H] [--fast]");
            return USAGE;
        }
        LauncherSettings settings = LauncherSettings.defaults();
        if (arguments.dataDir != null) {
            settings = settings.withDataDir(Path.of(arguments.dataDir).toAbsolutePath());
        }
        if (arguments.heap != null) {
            settings = settings.withHeap(arguments.heap);
        }
        if (arguments.firstHost != null) {
            settings = settings.withFirstHost(Integer.parseInt(arguments.firstHost));
        }
        if (arguments.fast) {
            settings = settings.withStopTimeout(Duration.ZERO);
        }
        CassandraLauncher launcher = new CassandraLauncher(settings);
        switch (arguments.command) {
            case "start" -> System.out.println(launcher.start(arguments.nodes));
            case "stop" -> launcher.stop();
            case "contact-points" -> System.out.println(launcher.contactPoints());
            case "start-node" -> launcher.startNode(arguments.nodeIndex());
            case "stop-node" -> launcher.stopNode(arguments.nodeIndex());
            case "kill-node" -> launcher.killNode(arguments.nodeIndex());
            case "status" -> {
                launcher.status().forEach(System.out::println);
                boolean allUp = launcher.clusterSize() > 0
                    && launcher.status().stream().noneMatch(line -> line.contains(" down "));
                return allUp ? 0 : NOT_RUNNING;
            }
            default -> {
                return USAGE;
            }
        }
        return 0;
    }

    /** The parsed command line; null from {@link #parse} means "print usage". */
    private static final class Arguments {
        private String command;
        private final List<String> positional = new ArrayList<>();
        private int nodes = 1;
        private String dataDir;
        private String heap;
        private String firstHost;
        private boolean fast;

        static Arguments parse(String[] args) {
            Arguments parsed = new Arguments();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--nodes" -> parsed.nodes = Integer.parseInt(value(args, ++i));
                    case "--data-dir" -> parsed.dataDir = value(args, ++i);
                    case "--heap" -> parsed.heap = value(args, ++i);
                    case "--first-host" -> parsed.firstHost = value(args, ++i);
                    case "--fast" -> parsed.fast = true;
                    default -> parsed.positional.add(args[i]);
                }
            }
            if (parsed.positional.isEmpty()) {
                return null;
            }
            parsed.command = parsed.positional.get(0);
            return parsed;
        }

        int nodeIndex() {
            if (positional.size() < 2) {
                throw new IllegalArgumentException(command + " needs a node index");
            }
            return Integer.parseInt(positional.get(1));
        }

        private static String value(String[] args, int index) {
            if (index >= args.length) {
                throw new IllegalArgumentException(args[index - 1] + " needs a value");
            }
            return args[index];
        }
    }
}
