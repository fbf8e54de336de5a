package org.jmapx.benchmarks.mail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.apache.james.GuiceJamesServer;
import org.apache.james.utils.DataProbeImpl;
import org.jmapx.server.DefaultConfiguration;
import org.jmapx.server.JmapxServerFactory;
import org.jmapx.server.ServerSettings;
import org.jmapx.server.Storage;
import org.jmapx.server.testing.SmtpClient;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Mail on the Cassandra flavour: starts JMAPX in-process on a fresh keyspace with an SMTP server, then
 * measures (1) delivery of {@code --messages} messages over one SMTP connection, from the first MAIL
 * FROM until the inbox holds them all (messages/s), (2) Mailbox/get (all mailboxes) and (3) Email/query
 * (inbox, sorted by receivedAt descending, limit 50) latencies over HTTP, after {@code --warmup} calls.
 *
 * <pre>
 *   --storage cassandra|memory       default cassandra
 *   --cassandra-contact-points H:P   default 127.0.0.1:9042
 *   --messages N                     default 1000
 *   --samples N                      default 300 per JMAP method
 *   --warmup N                       default 100 per JMAP method
 * </pre>
 * Run: {@code java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes"
 * org.jmapx.benchmarks.mail.MailOnCassandraBenchmark --cassandra-contact-points 127.0.0.50:9042}
 */
public final class MailOnCassandraBenchmark {
    private static final String USER = "bench@mail.bench";
    private static final String PASSWORD = "bench";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MailOnCassandraBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String contactPoints = option(args, "--cassandra-contact-points", "127.0.0.1:9042");
        // the memory flavour, for the comparison the issue asks for (no Cassandra needed)
        Storage storage = Storage.valueOf(option(args, "--storage", "cassandra").toUpperCase(java.util.Locale.ROOT));
        int messages = Integer.parseInt(option(args, "--messages", "1000"));
        int samples = Integer.parseInt(option(args, "--samples", "300"));
        int warmup = Integer.parseInt(option(args, "--warmup", "100"));
        String keyspace = "bench_mail_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

        Path home = Files.createTempDirectory("jmapx-mail-bench");
        Path conf = home.resolve("conf");
        DefaultConfiguration.writeMissingFiles(conf);
        Files.writeString(conf.resolve("cassandra.properties"), "cassandra.nodes=" + contactPoints
            + "\ncassandra.keyspace=" + keyspace + "\ncassandra.replication.factor=1\ncassandra.local.dc=datacenter1\n");
        int smtpPort = freePort();
        Files.writeString(conf.resolve("smtpserver.xml"), """
            <?xml version="1.0"?>
            <smtpservers><smtpserver enabled="true"><jmxName>smtpserver-bench</jmxName><bind>127.0.0.1:%d</bind>
              <tls socketTLS="false" startTLS="false"/><authRequired>false</authRequired><verifyIdentity>false</verifyIdentity>
              <maxmessagesize>0</maxmessagesize><handlerchain>
                <handler class="org.apache.james.smtpserver.fastfail.ValidRcptHandler"/>
                <handler class="org.apache.james.smtpserver.CoreCmdHandlerLoader"/>
              </handlerchain></smtpserver></smtpservers>
            """.formatted(smtpPort));
        int jmapPort = freePort();
        GuiceJamesServer server = JmapxServerFactory.create(new ServerSettings(home, storage,
            Optional.of(jmapPort), Optional.of(freePort())));
        server.start();
        try {
            server.getProbe(DataProbeImpl.class).fluent().addDomain("mail.bench").addUser(USER, PASSWORD);
            Jmap jmap = new Jmap(jmapPort);
            String inbox = jmap.inboxId();

            long start = System.nanoTime();
            try (SmtpClient smtp = new SmtpClient(smtpPort)) {
                for (int i = 0; i < messages; i++) {
                    smtp.send("sender@elsewhere.bench", USER, "Message " + i, ("Body of message " + i + ". ").repeat(20));
                }
            }
            long accepted = System.nanoTime();
            while (jmap.inboxTotal(inbox) < messages) {
                if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
                    throw new IllegalStateException("only " + jmap.inboxTotal(inbox) + " of " + messages + " delivered after 10 minutes");
                }
                Thread.sleep(100);
            }
            long delivered = System.nanoTime();

            String mailboxGet = "[[\"Mailbox/get\", {\"accountId\": \"" + jmap.accountId + "\", \"ids\": null}, \"c1\"]]";
            String emailQuery = "[[\"Email/query\", {\"accountId\": \"" + jmap.accountId + "\", \"filter\": {\"inMailbox\": \"" + inbox
                + "\"}, \"sort\": [{\"property\": \"receivedAt\", \"isAscending\": false}], \"limit\": 50}, \"c1\"]]";
            double[] mailbox = jmap.latencies(mailboxGet, warmup, samples);
            double[] query = jmap.latencies(emailQuery, warmup, samples);

            System.out.printf(Locale.ROOT, "%s storage (keyspace %s if Cassandra), %d messages over SMTP%n",
                storage.name().toLowerCase(Locale.ROOT), keyspace, messages);
            System.out.printf(Locale.ROOT, "  SMTP accepted in %.1f s, delivered to the inbox in %.1f s: %.1f messages/s%n",
                seconds(accepted - start), seconds(delivered - start), messages / seconds(delivered - start));
            System.out.printf(Locale.ROOT, "  Mailbox/get                         p50 %.2f ms  p95 %.2f ms  (%d samples)%n",
                percentile(mailbox, 50), percentile(mailbox, 95), samples);
            System.out.printf(Locale.ROOT, "  Email/query inbox limit 50 (of %d) p50 %.2f ms  p95 %.2f ms  (%d samples)%n",
                messages, percentile(query, 50), percentile(query, 95), samples);
        } finally {
            server.stop();
            if (storage == Storage.CASSANDRA) {
                dropKeyspace(contactPoints, keyspace);
            }
        }
        System.exit(0);
    }

    private static void dropKeyspace(String contactPoints, String keyspace) {
        String[] hostPort = contactPoints.split(",")[0].split(":");
        try (CqlSession session = CqlSession.builder()
            .addContactPoint(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])))
            .withLocalDatacenter("datacenter1").build()) {
            session.execute(com.datastax.oss.driver.api.core.cql.SimpleStatement.newInstance("DROP KEYSPACE IF EXISTS " + keyspace)
                .setTimeout(Duration.ofSeconds(60)));
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double percentile(double[] sortedMillis, int percentile) {
        return sortedMillis[Math.min(sortedMillis.length - 1, (int) Math.ceil(percentile / 100.0 * sortedMillis.length) - 1)];
    }

    private static String option(String[] args, String name, String defaultValue) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return defaultValue;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** JMAP over HTTP for the benchmark user. */
    private static final class Jmap {
        private static final String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\"]";
        private final int port;
        private final String authorization = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        private final String accountId;

        Jmap(int port) throws Exception {
            this.port = port;
            JsonNode session = JSON.readTree(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/jmap/session"))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build()));
            this.accountId = session.path("primaryAccounts").path("urn:ietf:params:jmap:mail").asText();
        }

        JsonNode call(String methodCalls) throws Exception {
            return JSON.readTree(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/jmap"))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"using\": " + USING + ", \"methodCalls\": " + methodCalls + "}")).build()))
                .at("/methodResponses/0/1");
        }

        String inboxId() throws Exception {
            for (JsonNode mailbox : call("[[\"Mailbox/get\", {\"accountId\": \"" + accountId + "\", \"ids\": null}, \"c1\"]]").path("list")) {
                if ("inbox".equals(mailbox.path("role").asText())) {
                    return mailbox.path("id").asText();
                }
            }
            throw new IllegalStateException("no inbox");
        }

        int inboxTotal(String inbox) throws Exception {
            return call("[[\"Mailbox/get\", {\"accountId\": \"" + accountId + "\", \"ids\": [\"" + inbox + "\"], \"properties\": [\"totalEmails\"]}, \"c1\"]]")
                .at("/list/0/totalEmails").asInt();
        }

        double[] latencies(String methodCalls, int warmup, int samples) throws Exception {
            for (int i = 0; i < warmup; i++) {
                call(methodCalls);
            }
            double[] millis = new double[samples];
            for (int i = 0; i < samples; i++) {
                long start = System.nanoTime();
                JsonNode result = call(methodCalls);
                millis[i] = (System.nanoTime() - start) / 1e6;
                if (result.isMissingNode() || result.has("type")) {
                    throw new IllegalStateException("JMAP error: " + result);
                }
            }
            Arrays.sort(millis);
            return millis;
        }

        private static String send(HttpRequest request) throws Exception {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
