package org.jmapx.benchmarks.smime;

import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.mail.Flags;

import org.apache.james.FakeSearchMailboxModule;
import org.apache.james.GuiceJamesServer;
import org.apache.james.MemoryJamesConfiguration;
import org.apache.james.MemoryJamesServerMain;
import org.apache.james.core.Username;
import org.apache.james.data.UsersRepositoryModuleChooser;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.modules.MailboxProbeImpl;
import org.apache.james.utils.DataProbeImpl;
import org.jmapx.binding.guice.JmapxModules;
import org.jmapx.server.DefaultConfiguration;
import org.jmapx.server.JmapxServerFactory;
import org.jmapx.server.ServerSettings;
import org.jmapx.server.Storage;
import org.jmapx.smime.testing.TestMessages;
import org.jmapx.smime.testing.TestPki;

/**
 * Email/get of 50 signed messages over HTTP, in-process, memory flavour:
 * (1) with smimeStatus after the first verification (target p50 <= 20 ms), and (2) without S/MIME
 * properties on JMAPX (James's Email/get extended) against an identical assembly without the S/MIME
 * override (James's own Email/get), run one after the other (two James servers cannot share a JVM)
 * (target p50 ratio within 5%).
 *
 * <pre>java -cp "$CP" org.jmapx.benchmarks.smime.SmimeEmailGetBenchmark [rounds=6] [requestsPerSlice=200]</pre>
 */
public final class SmimeEmailGetBenchmark {
    private static final String USER = "bench@bench.local";
    private static final String PASSWORD = "bench";
    private static final int MESSAGES = 50;
    private static final String MAIL = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\"]";
    private static final String SMIME = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\", \"urn:ietf:params:jmap:smimeverify\"]";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SmimeEmailGetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int perSlice = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        TestPki pki = TestPki.create();
        Path jmapxHome = home(pki);
        Path jamesHome = home(pki);
        int jmapxPort = freePort();
        int jamesPort = freePort();
        // Two James servers cannot run in one JVM (JMX names collide), so the assemblies run one after
        // the other. The second benefits from the JIT work of the first: "own-first" as third argument
        // swaps the order, and a fair comparison reports both orders. Each assembly is measured on the
        // plain Email/get alone, so that S/MIME slices never sit between its samples.
        boolean ownFirst = args.length > 2 && args[2].equals("own-first");
        List<Long> smime = new ArrayList<>();
        List<Long> extended = new ArrayList<>();
        List<Long> own = new ArrayList<>();
        if (ownFirst) {
            measureJamesOwn(pki, jamesHome, jamesPort, rounds, perSlice, own);
            measureJmapx(pki, jmapxHome, jmapxPort, rounds, perSlice, extended, smime);
        } else {
            measureJmapx(pki, jmapxHome, jmapxPort, rounds, perSlice, extended, smime);
            measureJamesOwn(pki, jamesHome, jamesPort, rounds, perSlice, own);
        }
        System.out.println("order: " + (ownFirst ? "James's own first, then JMAPX" : "JMAPX first, then James's own"));
        System.out.printf("Email/get 50 signed, smimeStatus (cached):     p50 %.2f ms  p90 %.2f ms  (n=%d)%n", p(smime, 50), p(smime, 90), smime.size());
        System.out.printf("Email/get 50, no S/MIME property, JMAPX:       p50 %.2f ms  p90 %.2f ms%n", p(extended, 50), p(extended, 90));
        System.out.printf("Email/get 50, no S/MIME property, James's own: p50 %.2f ms  p90 %.2f ms%n", p(own, 50), p(own, 90));
        System.out.printf("ratio JMAPX / James's own (p50): %.3f%n", p(extended, 50) / p(own, 50));
    }

    private static void measureJmapx(TestPki pki, Path home, int port, int rounds, int perSlice,
                                     List<Long> plainSamples, List<Long> smimeSamples) throws Exception {
        GuiceJamesServer jmapx = JmapxServerFactory.create(new ServerSettings(home, Storage.MEMORY, Optional.of(port), Optional.of(freePort())));
        jmapx.start();
        try {
            String ids = populate(jmapx, pki);
            String withSmime = body(SMIME, ids, "[\"subject\", \"from\", \"receivedAt\", \"smimeStatus\"]");
            String plain = body(MAIL, ids, "[\"subject\", \"from\", \"receivedAt\"]");
            warmUp(port, plain);
            for (int round = 0; round < rounds; round++) {
                slice(port, plain, perSlice, plainSamples);
            }
            long first = System.nanoTime();
            call(port, withSmime);
            System.out.printf("first Email/get with smimeStatus (50 verifications): %.1f ms%n", (System.nanoTime() - first) / 1e6);
            warmUp(port, withSmime);
            for (int round = 0; round < rounds; round++) {
                slice(port, withSmime, perSlice, smimeSamples);
            }
        } finally {
            jmapx.stop();
        }
    }

    private static void measureJamesOwn(TestPki pki, Path home, int port, int rounds, int perSlice,
                                        List<Long> samples) throws Exception {
        GuiceJamesServer james = jamesOwn(home, port);
        james.start();
        try {
            String plain = body(MAIL, populate(james, pki), "[\"subject\", \"from\", \"receivedAt\"]");
            warmUp(port, plain);
            for (int round = 0; round < rounds; round++) {
                slice(port, plain, perSlice, samples);
            }
        } finally {
            james.stop();
        }
    }

    private static void warmUp(int port, String body) throws Exception {
        for (int i = 0; i < 150; i++) {
            call(port, body);
        }
    }

    /** The same assembly as JmapxServerFactory's memory flavour, minus the S/MIME method override. */
    private static GuiceJamesServer jamesOwn(Path home, int jmapPort) throws Exception {
        Path conf = home.resolve("conf");
        Files.writeString(conf.resolve("jmap.properties"), Files.readString(conf.resolve("jmap.properties"))
            .replace("jmap.port=8080", "jmap.port=" + jmapPort));
        Files.writeString(conf.resolve("webadmin.properties"), Files.readString(conf.resolve("webadmin.properties"))
            .replace("port=8000", "port=" + freePort()));
        MemoryJamesConfiguration configuration = MemoryJamesConfiguration.builder()
            .workingDirectory(home.toFile())
            .usersRepository(UsersRepositoryModuleChooser.Implementation.DEFAULT)
            .enableJMAP()
            .build();
        return MemoryJamesServerMain.createServer(configuration).combineWith(new FakeSearchMailboxModule(), JmapxModules.memory());
    }

    private static Path home(TestPki pki) throws Exception {
        Path home = Files.createTempDirectory("jmapx-smime-bench");
        DefaultConfiguration.writeMissingFiles(home.resolve("conf"));
        Files.writeString(home.resolve("conf/smime.properties"), "smime.trustAnchors.pem=anchors.pem\n");
        Files.writeString(home.resolve("conf/anchors.pem"), TestPki.pem(pki.rootCertificate()));
        return home;
    }

    private static String populate(GuiceJamesServer server, TestPki pki) throws Exception {
        server.getProbe(DataProbeImpl.class).fluent().addDomain("bench.local").addUser(USER, PASSWORD);
        MailboxPath inbox = MailboxPath.inbox(Username.of(USER));
        MailboxProbeImpl mailbox = server.getProbe(MailboxProbeImpl.class);
        mailbox.createMailbox(inbox);
        var signer = pki.user("alice@bench.local");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            byte[] message = TestMessages.multipartSigned("alice@bench.local", USER, "message " + i, "body " + i, signer);
            ids.add(mailbox.appendMessage(USER, inbox, new ByteArrayInputStream(message), new Date(), false, new Flags())
                .getMessageId().serialize());
        }
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String body(String using, String ids, String properties) {
        return "{\"using\": " + using + ", \"methodCalls\": [[\"Email/get\", {\"accountId\": \"ACCOUNT\", \"ids\": " + ids
            + ", \"properties\": " + properties + "}, \"c\"]]}";
    }

    private static void slice(int port, String body, int requests, List<Long> samples) throws Exception {
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            call(port, body);
            samples.add(System.nanoTime() - start);
        }
    }

    private static final java.util.Map<Integer, String> ACCOUNTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void call(int port, String body) throws Exception {
        String account = ACCOUNTS.computeIfAbsent(port, SmimeEmailGetBenchmark::accountId);
        HttpResponse<String> response = HTTP.send(request(port, "/jmap")
            .POST(HttpRequest.BodyPublishers.ofString(body.replace("ACCOUNT", account))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"Email/get\"") || response.body().contains("signed/failed")) {
            throw new IllegalStateException("unexpected response: " + response.body());
        }
    }

    private static String accountId(int port) {
        try {
            String session = HTTP.send(request(port, "/jmap/session").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            int at = session.indexOf("\"urn:ietf:params:jmap:mail\":\"", session.indexOf("primaryAccounts"));
            int start = at + "\"urn:ietf:params:jmap:mail\":\"".length();
            return session.substring(start, session.indexOf('"', start));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json").header("Content-Type", "application/json");
    }

    private static double p(List<Long> samples, int percentile) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
