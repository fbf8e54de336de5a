package org.jmapx.benchmarks.contacts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.james.GuiceJamesServer;
import org.apache.james.utils.DataProbeImpl;
import org.jmapx.benchmarks.EchoVsAddressBookBenchmark;
import org.jmapx.benchmarks.JmapHttp;
import org.jmapx.benchmarks.LoadRun;
import org.jmapx.benchmarks.RunResult;
import org.jmapx.benchmarks.Workload;
import org.jmapx.benchmarks.Workloads;
import org.jmapx.server.JmapxServerFactory;
import org.jmapx.server.ServerSettings;
import org.jmapx.server.Storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contacts workload of issue 4, over HTTP against JMAPX started in-process (memory or Cassandra):
 * <ol>
 *   <li>load: {@code --cards} varied cards ({@link ContactCards}) into one account through ContactCard/set,
 *       batches of 500, one client, sequential (cards/s); a JIT warm-up load into another account first;</li>
 *   <li>ContactCard/query, text filter and name filter, sorted by name/surname, limit 50; ContactCard/get of
 *       50 ids with all properties: 1 client (latency) then {@code --clients} clients (requests/s);</li>
 *   <li>ContactCard/set updating one card, one client (latency of a single write);</li>
 *   <li>ContactCard/changes since a state followed by 10, 100 and 1000 single-card updates (separate /set
 *       calls), on this account and on one of {@code --big-cards} cards (cost vs changes vs account size).</li>
 * </ol>
 * Every response is checked (HTTP 200, expected method names); the load and the update calls also check
 * that every card was created/updated. The load average (/proc/loadavg) is printed with every figure.
 *
 * <pre>
 *   --storage memory|cassandra  --cassandra-contact-points H:P  --cassandra-keyspace NAME (default jmapx_bench_contacts)
 *   --cards 10000  --big-cards 50000 (0: skip)  --warmup-cards 10000  --clients 4
 *   --seconds 10 (measured per figure)  --warmup-seconds 5 (per workload)  --changes 10,100,1000
 *   --sharing-only true: after the load, only the owner-vs-sharee reads (cost of the rights check, ADR 0011)
 * </pre>
 */
public final class ContactsBenchmark {
    static final String PASSWORD = "bench";
    static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USING = "\"using\":[\"" + Workloads.CORE + "\",\"" + Workloads.CONTACTS + "\"]";

    private final List<String> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private ContactsBenchmark() {
    }

    record Options(Storage storage, Optional<String> contactPoints, String keyspace, int cards, int bigCards, int warmupCards,
                   int clients, Duration seconds, Duration warmup, List<Integer> changes, boolean sharingOnly) {
        static Options parse(String[] args) {
            Storage storage = Storage.MEMORY;
            Optional<String> contactPoints = Optional.empty();
            String keyspace = "jmapx_bench_contacts";
            int cards = 10_000;
            int bigCards = 50_000;
            int warmupCards = 10_000;
            int clients = 4;
            Duration seconds = Duration.ofSeconds(10);
            Duration warmup = Duration.ofSeconds(5);
            List<Integer> changes = List.of(10, 100, 1000);
            boolean sharingOnly = false;
            Iterator<String> it = List.of(args).iterator();
            while (it.hasNext()) {
                String option = it.next();
                if (!it.hasNext()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = it.next();
                switch (option) {
                    case "--storage" -> storage = Storage.parse(value);
                    case "--cassandra-contact-points" -> contactPoints = Optional.of(value);
                    case "--cassandra-keyspace" -> keyspace = value;
                    case "--cards" -> cards = Integer.parseInt(value);
                    case "--big-cards" -> bigCards = Integer.parseInt(value);
                    case "--warmup-cards" -> warmupCards = Integer.parseInt(value);
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--seconds" -> seconds = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                    case "--warmup-seconds" -> warmup = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                    case "--sharing-only" -> sharingOnly = Boolean.parseBoolean(value);
                    case "--changes" -> changes = List.of(value.split(",")).stream().map(String::trim).map(Integer::valueOf).toList();
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            }
            if (storage == Storage.CASSANDRA && contactPoints.isEmpty()) {
                throw new IllegalArgumentException("--storage cassandra needs --cassandra-contact-points host:port");
            }
            contactPoints.ifPresent(EchoVsAddressBookBenchmark::requireLoopbackContactPoints);
            return new Options(storage, contactPoints, keyspace, cards, bigCards, warmupCards, clients, seconds, warmup, changes,
                sharingOnly);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Path home = Files.createTempDirectory("jmapx-contacts-bench");
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", home.resolve("conf/logback.xml").toString());
        }
        GuiceJamesServer server = null;
        int exit;
        try {
            EchoVsAddressBookBenchmark.prepareConf(home.resolve("conf"), options.storage(), options.contactPoints(), options.keyspace());
            int jmapPort = EchoVsAddressBookBenchmark.freePort();
            server = JmapxServerFactory.create(new ServerSettings(home, options.storage(),
                Optional.of(jmapPort), Optional.of(EchoVsAddressBookBenchmark.freePort())));
            long startedAt = System.nanoTime();
            server.start();
            System.out.printf(Locale.ROOT, "JMAPX (%s) started in-process in %.1f s on 127.0.0.1:%d%n",
                options.storage().name().toLowerCase(Locale.ROOT), (System.nanoTime() - startedAt) / 1e9, jmapPort);
            DataProbeImpl data = server.getProbe(DataProbeImpl.class);
            data.addDomain("bench.local");
            URI base = URI.create("http://127.0.0.1:" + jmapPort);
            exit = new ContactsBenchmark().run(options, data, base);
        } finally {
            if (server != null) {
                server.stop();
            }
            EchoVsAddressBookBenchmark.deleteQuietly(home);
        }
        System.exit(exit);
    }

    private int run(Options options, DataProbeImpl data, URI base) throws Exception {
        String storage = options.storage().name().toLowerCase(Locale.ROOT);
        if (options.warmupCards() > 0) {
            Account warm = Account.create(data, base, "warm@bench.local");
            load(warm, options.warmupCards(), 7, "load (JIT warm-up account)");
        }
        Account main = Account.create(data, base, "cards@bench.local");
        List<String> ids = load(main, options.cards(), 42, "load");
        if (options.sharingOnly()) {
            measureSharedReads(options, main, ids, data, base);
            return report(storage, options);
        }
        measureReads(options, main, ids);
        measureSingleUpdate(options, main, ids);
        measureChanges(options, main, ids);
        if (options.bigCards() > 0) {
            Account big = Account.create(data, base, "big@bench.local");
            List<String> bigIds = load(big, options.bigCards(), 43, "load");
            Options bigOptions = new Options(options.storage(), options.contactPoints(), options.keyspace(), options.cards(),
                options.bigCards(), 0, options.clients(), options.seconds(), options.warmup(), options.changes(), false);
            measureQuery(bigOptions, big, "query-text", textQuery(big.accountId, "paris"), 1);
            measureChanges(bigOptions, big, bigIds);
        }
        return report(storage, options);
    }

    private int report(String storage, Options options) {
        System.out.printf(Locale.ROOT, "%nResults (%s storage; %s measured per row):%n%n", storage, options.seconds());
        System.out.println("| account cards | measure | clients | requests | req/s | p50 ms | p95 ms | p99 ms | load avg (1 min) |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---|");
        rows.forEach(System.out::println);
        if (!failures.isEmpty()) {
            System.err.println("\n!!!!!!!! " + failures.size() + " RUN(S) HAD ERROR RESPONSES: THE FIGURES ABOVE ARE NOT VALID !!!!!!!!");
            failures.forEach(System.err::print);
            return 2;
        }
        return 0;
    }

    /** A user with its own contacts account. */
    record Account(String user, int[] size, JmapHttp http, String accountId) {
        static Account create(DataProbeImpl data, URI base, String user) throws Exception {
            data.addUser(user, PASSWORD);
            JmapHttp http = new JmapHttp(base, user, PASSWORD);
            return new Account(user, new int[1], http, http.session().primaryAccountId(Workloads.CONTACTS));
        }

        JsonNode call(String methodCalls) throws IOException, InterruptedException {
            HttpResponse<byte[]> response = http.send(http.apiRequest("{" + USING + ",\"methodCalls\":" + methodCalls + "}"));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            JsonNode first = JSON.readTree(response.body()).path("methodResponses").path(0);
            if ("error".equals(first.path(0).asText())) {
                throw new IOException("JMAP error: " + first);
            }
            return first.path(1);
        }
    }

    private List<String> load(Account account, int count, long seed, String label) throws Exception {
        List<String> ids = new ArrayList<>(count);
        double before = loadAverage();
        long start = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            StringBuilder create = new StringBuilder();
            for (int i = from; i < to; i++) {
                create.append(i > from ? "," : "").append("\"k").append(i).append("\":").append(ContactCards.card(seed, i));
            }
            JsonNode set = account.call("[[\"ContactCard/set\",{\"accountId\":\"" + account.accountId + "\",\"create\":{" + create + "}},\"c0\"]]");
            if (set.has("notCreated") && !set.path("notCreated").isNull() && set.path("notCreated").size() > 0) {
                throw new IllegalStateException("cards not created: " + abbreviate(set.path("notCreated").toString()));
            }
            for (int i = from; i < to; i++) {
                ids.add(set.path("created").path("k" + i).path("id").asText());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        account.size()[0] = count;
        String line = String.format(Locale.ROOT, "| %,d | %s, batches of %d | 1 | %d | **%,.0f cards/s** (%.1f s) | | | | %.1f-%.1f |",
            count, label, BATCH, (count + BATCH - 1) / BATCH, count / seconds, seconds, before, loadAverage());
        rows.add(line);
        System.out.println(line);
        return ids;
    }

    private void measureReads(Options options, Account account, List<String> ids) throws Exception {
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(1));
        String get50 = "[[\"ContactCard/get\",{\"accountId\":\"" + account.accountId + "\",\"ids\":["
            + shuffled.subList(0, 50).stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "],\"properties\":null},\"c0\"]]";
        JsonNode got = account.call(get50);
        if (got.path("list").size() != 50) {
            throw new IllegalStateException("ContactCard/get returned " + got.path("list").size() + " of 50 cards");
        }
        String text = textQuery(account.accountId, "paris");
        String name = "[[\"ContactCard/query\",{\"accountId\":\"" + account.accountId + "\",\"filter\":{\"name\":\"zoe\"},"
            + "\"sort\":[{\"property\":\"name/surname\",\"isAscending\":true}],\"limit\":50},\"c0\"]]";
        // Worst case: a selective text filter (about 1 card in 600) scans the whole sorted order.
        String rare = textQuery(account.accountId, "jose garcia");
        int rareCount = account.call(rare).path("ids").size();
        measure(options, account, "query-rare", "ContactCard/query {\"text\":\"jose garcia\"} (" + rareCount
            + " matches: full scan) sort name/surname, limit 50", rare, "ContactCard/query", 1);
        for (int clients : List.of(1, options.clients())) {
            measureQuery(options, account, "query-text", text, clients);
            measureQuery(options, account, "query-name", name, clients);
            measure(options, account, "get-50", "ContactCard/get of 50 ids, all properties", get50, "ContactCard/get", clients);
        }
    }

    private static String textQuery(String accountId, String text) {
        return "[[\"ContactCard/query\",{\"accountId\":\"" + accountId + "\",\"filter\":{\"text\":\"" + text + "\"},"
            + "\"sort\":[{\"property\":\"name/surname\",\"isAscending\":true}],\"limit\":50},\"c0\"]]";
    }

    private void measureQuery(Options options, Account account, String name, String methodCalls, int clients) throws Exception {
        JsonNode result = account.call(methodCalls);
        if (result.path("ids").size() != 50) {
            throw new IllegalStateException(name + " returned " + result.path("ids").size() + " ids: " + abbreviate(result.toString()));
        }
        String filter = methodCalls.substring(methodCalls.indexOf("\"filter\":") + 9, methodCalls.indexOf(",\"sort\""));
        measure(options, account, name, "ContactCard/query " + filter + " sort name/surname, limit 50", methodCalls,
            "ContactCard/query", clients);
    }

    /** One client updating one card again and again: each call is a full write and a change-log append. */
    private void measureSingleUpdate(Options options, Account account, List<String> ids) throws Exception {
        String id = ids.get(ids.size() / 2);
        String update = "[[\"ContactCard/set\",{\"accountId\":\"" + account.accountId + "\",\"update\":{\""
            + id + "\":{\"prodId\":\"bench-single-update\"}}},\"c0\"]]";
        if (!account.call(update).path("updated").has(id)) {
            throw new IllegalStateException("update failed for " + id);
        }
        measure(options, account, "set-update", "ContactCard/set update of one card", update, "ContactCard/set", 1);
    }

    /** For each n: a state, n single-card updates (separate /set calls), then /changes since that state. */
    private void measureChanges(Options options, Account account, List<String> ids) throws Exception {
        for (int n : options.changes()) {
            String since = account.call("[[\"ContactCard/get\",{\"accountId\":\"" + account.accountId + "\",\"ids\":[]},\"c0\"]]")
                .path("state").asText();
            for (int k = 0; k < n; k++) {
                String id = ids.get((int) ((k * 7919L) % ids.size()));
                JsonNode set = account.call("[[\"ContactCard/set\",{\"accountId\":\"" + account.accountId + "\",\"update\":{\""
                    + id + "\":{\"prodId\":\"bench-" + n + "-" + k + "\"}}},\"c0\"]]");
                if (!set.path("updated").has(id)) {
                    throw new IllegalStateException("update failed: " + abbreviate(set.toString()));
                }
            }
            String changes = "[[\"ContactCard/changes\",{\"accountId\":\"" + account.accountId + "\",\"sinceState\":\"" + since + "\"},\"c0\"]]";
            JsonNode result = account.call(changes);
            int updated = result.path("updated").size();
            measure(options, account, "changes-" + n, "ContactCard/changes after " + n + " updates (" + updated + " ids)",
                changes, "ContactCard/changes", 1);
            if (n == 100) {
                measure(options, account, "changes-" + n, "ContactCard/changes after " + n + " updates (" + updated + " ids)",
                    changes, "ContactCard/changes", options.clients());
            }
        }
    }

    private void measure(Options options, Account account, String name, String description, String methodCalls,
                         String method, int clients) throws Exception {
        Workload workload = Workloads.simple(name, description, List.of(method), session -> "{" + USING + ",\"methodCalls\":" + methodCalls + "}");
        String body = workload.requestBody(null);
        double before = loadAverage();
        RunResult result = LoadRun.run(account.http(), workload, body, clients, options.warmup(), options.seconds(), 0);
        double after = loadAverage();
        if (result.failed()) {
            failures.add(result.report());
        }
        String line = String.format(Locale.ROOT, "| %,d | %s | %d | %d | %.0f | %.3f | %.3f | %.3f | %.1f-%.1f |",
            account.size()[0], description, clients, result.latencies().count(), result.requestsPerSecond(),
            result.latencies().p50Millis(), result.latencies().p95Millis(), result.latencies().p99Millis(),
            Math.min(before, after), Math.max(before, after));
        rows.add(line);
        System.out.println(line);
    }

    /**
     * The cost of the rights check (ADR 0011): the same ContactCard/get of 50 ids and /query, by the owner
     * and by a user the book is shared with (mayRead), in alternating rounds so that drift hits both.
     */
    private void measureSharedReads(Options options, Account owner, List<String> ids, DataProbeImpl data, URI base)
        throws Exception {
        Account readerOwn = Account.create(data, base, "reader@bench.local");
        Account reader = new Account(readerOwn.user(), owner.size(), readerOwn.http(), owner.accountId());
        JsonNode shared = owner.call("[[\"AddressBook/set\",{\"accountId\":\"" + owner.accountId() + "\",\"update\":{\"default\":"
            + "{\"shareWith\":{\"" + readerOwn.accountId() + "\":{\"mayRead\":true}}}}},\"c0\"]]");
        if (!shared.path("updated").has("default")) {
            throw new IllegalStateException("not shared: " + abbreviate(shared.toString()));
        }
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(1));
        String get50 = "[[\"ContactCard/get\",{\"accountId\":\"" + owner.accountId() + "\",\"ids\":["
            + shuffled.subList(0, 50).stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "],\"properties\":null},\"c0\"]]";
        String name = "[[\"ContactCard/query\",{\"accountId\":\"" + owner.accountId() + "\",\"filter\":{\"name\":\"zoe\"},"
            + "\"sort\":[{\"property\":\"name/surname\",\"isAscending\":true}],\"limit\":50},\"c0\"]]";
        if (reader.call(get50).path("list").size() != 50) {
            throw new IllegalStateException("the sharee does not read the 50 cards");
        }
        for (int round = 1; round <= 2; round++) {
            measure(options, owner, "get-50-owner", "round " + round + ": ContactCard/get of 50 ids by the owner", get50, "ContactCard/get", 1);
            measure(options, reader, "get-50-sharee", "round " + round + ": ContactCard/get of 50 ids by a sharee (mayRead)", get50,
                "ContactCard/get", 1);
            measure(options, owner, "query-owner", "round " + round + ": ContactCard/query name, limit 50, by the owner", name,
                "ContactCard/query", 1);
            measure(options, reader, "query-sharee", "round " + round + ": ContactCard/query name, limit 50, by a sharee", name,
                "ContactCard/query", 1);
        }
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
