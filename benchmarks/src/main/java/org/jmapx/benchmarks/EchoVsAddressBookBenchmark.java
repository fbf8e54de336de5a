package org.jmapx.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.james.GuiceJamesServer;
import org.apache.james.utils.DataProbeImpl;
import org.jmapx.server.DefaultConfiguration;
import org.jmapx.server.JmapxServerFactory;
import org.jmapx.server.ServerSettings;
import org.jmapx.server.Storage;

/**
 * Starts JMAPX in-process on a temporary home and free loopback ports, then measures
 * {@code addressbook-get} against {@code core-echo} over HTTP. The two workloads run in alternating
 * slices (ABBA order per round) so that both see the same machine noise; the verdict is the ratio of
 * the p50 latencies, target at most 1.30 (issue: the JMAPX method adds at most 30% over Core/echo).
 *
 * <pre>
 *   --storage memory|cassandra           (default memory)
 *   --cassandra-contact-points H:P[,H:P]  loopback only; written into conf/cassandra.properties
 *   --cassandra-keyspace NAME            (default jmapx_bench, so that a developer's keyspace is untouched)
 *   --clients 1,4                        client levels (default 1,4)
 *   --rounds N                           ABBA rounds per client level (default 4)
 *   --seconds S                          measured seconds of one slice (default 5)
 *   --warmup-seconds S                   unrecorded warm-up of each workload at start (default 15)
 * </pre>
 */
public final class EchoVsAddressBookBenchmark {
    static final String USER = "bench@bench.local";
    static final String PASSWORD = "bench";
    static final double TARGET_RATIO = 1.30;

    private EchoVsAddressBookBenchmark() {
    }

    record Options(Storage storage, Optional<String> contactPoints, String keyspace, List<Integer> clientLevels,
                   int rounds, Duration slice, Duration warmup) {
        static Options parse(List<String> args) {
            Storage storage = Storage.MEMORY;
            Optional<String> contactPoints = Optional.empty();
            String keyspace = "jmapx_bench";
            List<Integer> levels = List.of(1, 4);
            int rounds = 4;
            Duration slice = Duration.ofSeconds(5);
            Duration warmup = Duration.ofSeconds(15);
            Iterator<String> it = args.iterator();
            while (it.hasNext()) {
                String option = it.next();
                switch (option) {
                    case "--storage" -> storage = Storage.parse(LoadOptions.value(it, option));
                    case "--cassandra-contact-points" -> contactPoints = Optional.of(LoadOptions.value(it, option));
                    case "--cassandra-keyspace" -> keyspace = LoadOptions.value(it, option);
                    case "--clients" -> levels = Arrays.stream(LoadOptions.value(it, option).split(","))
                        .map(level -> LoadOptions.positiveInt(level.trim(), option)).toList();
                    case "--rounds" -> rounds = LoadOptions.positiveInt(LoadOptions.value(it, option), option);
                    case "--seconds" -> slice = LoadOptions.seconds(LoadOptions.value(it, option), option, false);
                    case "--warmup-seconds" -> warmup = LoadOptions.seconds(LoadOptions.value(it, option), option, true);
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            }
            if (storage == Storage.CASSANDRA && contactPoints.isEmpty()) {
                throw new IllegalArgumentException("--storage cassandra needs --cassandra-contact-points host:port");
            }
            contactPoints.ifPresent(EchoVsAddressBookBenchmark::requireLoopbackContactPoints);
            return new Options(storage, contactPoints, keyspace, levels, rounds, slice, warmup);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Path home = Files.createTempDirectory("jmapx-bench");
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", home.resolve("conf/logback.xml").toString());
        }
        int exit;
        GuiceJamesServer server = null;
        try {
            prepareConf(home.resolve("conf"), options.storage(), options.contactPoints(), options.keyspace());
            int jmapPort = freePort();
            int webAdminPort = freePort();
            server = JmapxServerFactory.create(new ServerSettings(home, options.storage(),
                Optional.of(jmapPort), Optional.of(webAdminPort)));
            long startedAt = System.nanoTime();
            server.start();
            System.out.printf(Locale.ROOT, "JMAPX (%s storage) started in-process in %.1f s on 127.0.0.1:%d, home %s%n",
                options.storage().name().toLowerCase(Locale.ROOT), (System.nanoTime() - startedAt) / 1e9, jmapPort, home);
            DataProbeImpl data = server.getProbe(DataProbeImpl.class);
            data.addDomain(USER.substring(USER.indexOf('@') + 1));
            data.addUser(USER, PASSWORD);
            exit = compare(new JmapHttp(URI.create("http://127.0.0.1:" + jmapPort), USER, PASSWORD), options);
        } finally {
            if (server != null) {
                server.stop();
            }
            deleteQuietly(home);
        }
        System.exit(exit);
    }

    private static int compare(JmapHttp http, Options options) throws Exception {
        Workload echo = Workloads.CORE_ECHO;
        Workload addressBook = Workloads.ADDRESSBOOK_GET;
        Workload.Session session = http.session();
        Map<Workload, String> bodies = new LinkedHashMap<>();
        bodies.put(echo, echo.requestBody(session));
        bodies.put(addressBook, addressBook.requestBody(session));
        List<RunResult> failures = new ArrayList<>();

        int maxClients = options.clientLevels().stream().max(Comparator.naturalOrder()).orElse(1);
        for (Workload workload : bodies.keySet()) {
            System.out.printf("warm-up: %s, %d client(s), %s%n", workload.name(), maxClients, options.warmup());
            RunResult warm = LoadRun.run(http, workload, bodies.get(workload), maxClients, Duration.ZERO, options.warmup(), 0);
            if (warm.failed()) {
                failures.add(warm);
                System.out.print(warm.report());
            }
        }

        List<String> rows = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        for (int clients : options.clientLevels()) {
            List<LatencyStats> echoParts = new ArrayList<>();
            List<LatencyStats> bookParts = new ArrayList<>();
            long echoNanos = 0;
            long bookNanos = 0;
            List<Double> roundRatios = new ArrayList<>();
            for (int round = 1; round <= options.rounds(); round++) {
                List<Workload> order = round % 2 == 1 ? List.of(echo, addressBook) : List.of(addressBook, echo);
                Map<Workload, RunResult> results = new LinkedHashMap<>();
                for (Workload workload : order) {
                    RunResult result = LoadRun.run(http, workload, bodies.get(workload), clients,
                        Duration.ZERO, options.slice(), 0);
                    results.put(workload, result);
                    if (result.failed()) {
                        failures.add(result);
                        System.out.print(result.report());
                    }
                }
                RunResult e = results.get(echo);
                RunResult b = results.get(addressBook);
                echoParts.add(e.latencies());
                bookParts.add(b.latencies());
                echoNanos += e.measuredNanos();
                bookNanos += b.measuredNanos();
                if (e.latencies().count() > 0 && b.latencies().count() > 0) {
                    double ratio = b.latencies().p50Millis() / e.latencies().p50Millis();
                    roundRatios.add(ratio);
                    System.out.printf(Locale.ROOT, "  %d client(s) round %d: core-echo p50 %.3f ms, addressbook-get p50 %.3f ms, ratio %.2f%n",
                        clients, round, e.latencies().p50Millis(), b.latencies().p50Millis(), ratio);
                }
            }
            LatencyStats echoAll = LatencyStats.merge(echoParts.toArray(LatencyStats[]::new));
            LatencyStats bookAll = LatencyStats.merge(bookParts.toArray(LatencyStats[]::new));
            rows.add(row(clients, echo.name(), echoAll, echoNanos));
            rows.add(row(clients, addressBook.name(), bookAll, bookNanos));
            if (echoAll.count() > 0 && bookAll.count() > 0) {
                double ratio = bookAll.p50Millis() / echoAll.p50Millis();
                verdicts.add(String.format(Locale.ROOT,
                    "| %d | %.3f | %.3f | **%.2f** | %.2f .. %.2f | %s |",
                    clients, echoAll.p50Millis(), bookAll.p50Millis(), ratio,
                    roundRatios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                    roundRatios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                    ratio <= TARGET_RATIO ? "within target" : "OVER TARGET"));
            }
        }

        System.out.printf(Locale.ROOT, "%nResults (%s storage; %d ABBA rounds of %s per workload and client level):%n%n",
            options.storage().name().toLowerCase(Locale.ROOT), options.rounds(), options.slice());
        System.out.println("| clients | workload | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%n| clients | core-echo p50 ms | addressbook-get p50 ms | ratio | per-round ratios | target <= %.2f |%n",
            TARGET_RATIO);
        System.out.println("|---:|---:|---:|---:|---|---|");
        verdicts.forEach(System.out::println);
        if (!failures.isEmpty()) {
            System.err.println("\n!!!!!!!! " + failures.size() + " RUN(S) HAD ERROR RESPONSES: THE FIGURES ABOVE ARE NOT VALID !!!!!!!!");
            failures.forEach(failure -> System.err.print(failure.report()));
            return 2;
        }
        return 0;
    }

    private static String row(int clients, String workload, LatencyStats stats, long nanos) {
        if (stats.count() == 0) {
            return String.format(Locale.ROOT, "| %d | %s | 0 | 0 | - | - | - | - |", clients, workload);
        }
        return String.format(Locale.ROOT, "| %d | %s | %d | %.0f | %.3f | %.3f | %.3f | %.3f |",
            clients, workload, stats.count(), stats.count() / (nanos / 1e9),
            stats.p50Millis(), stats.p95Millis(), stats.p99Millis(), stats.maxMillis());
    }

    /** Writes the default conf/ (and, for Cassandra, the contact points and keyspace); also used by the contacts benchmark. */
    public static void prepareConf(Path conf, Storage storage, Optional<String> contactPoints, String keyspace) throws IOException {
        Files.createDirectories(conf);
        if (storage == Storage.CASSANDRA) {
            String defaults;
            try (InputStream in = EchoVsAddressBookBenchmark.class.getClassLoader()
                .getResourceAsStream("jmapx-default-conf/cassandra.properties")) {
                defaults = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String properties = Stream.concat(
                    defaults.lines().filter(line -> !line.startsWith("cassandra.nodes=") && !line.startsWith("cassandra.keyspace=")),
                    Stream.of("cassandra.nodes=" + contactPoints.orElseThrow(),
                        "cassandra.keyspace=" + keyspace))
                .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(conf.resolve("cassandra.properties"), properties);
        }
        DefaultConfiguration.writeMissingFiles(conf);
    }

    public static void requireLoopbackContactPoints(String contactPoints) {
        for (String point : contactPoints.split(",")) {
            String host = point.trim();
            int colon = host.lastIndexOf(':');
            if (colon > 0 && !host.endsWith("]")) {
                host = host.substring(0, colon);
            }
            if (!Loopback.isLoopback(host)) {
                throw new IllegalArgumentException("Refusing non-loopback Cassandra contact point " + point);
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static void deleteQuietly(Path home) {
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a temp directory: leftovers are harmless
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // idem
        }
    }
}
