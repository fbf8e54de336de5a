package org.jmapx.it.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.james.utils.DataProbeImpl;
import org.jmapx.it.JmapClient;
import org.jmapx.testing.cassandra.CassandraLauncher;
import org.jmapx.testing.cassandra.ContactPoints;
import org.jmapx.testing.cassandra.LauncherSettings;
import org.jmapx.testing.cassandra.TestSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Cassandra flavour on a 2-node ring (127.0.0.41/42, replication factor 2) with QUORUM writes and
 * ONE reads, while node 2 is killed and restarted. Slow: about 2 to 3 minutes (ring start ~30 s, a
 * killed node is seen down after ~17 s, restart ~20 s); tagged "cluster" like the launcher's own ring
 * test, so {@code -DexcludedGroups=cluster} skips it in a quick local run. {@code ./jmapx test} runs it.
 */
@Tag("cluster")
class CassandraFaultTest {
    private static final String USER = "writer@fault.test";
    private static final String CONSISTENCY = """
        cassandra.replication.factor=2
        cassandra.consistency.read=ONE
        cassandra.consistency.write=QUORUM
        mailbox.read.strong.consistency=false
        message.read.strong.consistency=false
        uid.read.strong.consistency.unsafe=false
        modseq.read.strong.consistency.unsafe=false
        mailbox.read.repair.chance=0
        cassandra.request.timeout=3s
        """;

    @TempDir
    static Path dataDir;

    static CassandraLauncher launcher;
    static ContactPoints ring;
    static CassandraServerHome home;

    @BeforeAll
    static void startRingAndServer() throws Exception {
        launcher = new CassandraLauncher(LauncherSettings.defaults(dataDir).withFirstHost(41));
        ring = launcher.start(2);
        home = new CassandraServerHome(ring.toString(), "jmapx_fault", CONSISTENCY);
        home.start().getProbe(DataProbeImpl.class).fluent().addDomain("fault.test").addUser(USER, CassandraServerHome.PASSWORD);
    }

    @AfterAll
    static void stopEverything() {
        if (home != null) {
            home.stop();
        }
        if (launcher != null) {
            launcher.kill();
        }
    }

    @Test
    void quorumWritesShouldFailVisiblyWhileANodeIsDownOneReadsShouldAnswerAndNothingAcknowledgedShouldBeLost() throws Exception {
        JmapClient client = home.client(USER);
        JmapMail jmap = new JmapMail(client);
        String inbox = jmap.inboxId();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ACKNOWLEDGED_NAMES.clear();
        long start = System.currentTimeMillis();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            int i = 0;
            while (writing.get()) {
                write(jmap, "book-" + i++ + " at +" + (System.currentTimeMillis() - start) + " ms", acknowledged, failures);
            }
        }, "fault-writer");
        writer.start();
        Thread.sleep(2_000);

        System.out.println("fault test: node 2 killed at +" + (System.currentTimeMillis() - start) + " ms");
        launcher.killNode(2);
        int failuresWhenSeenDown = failures.size();
        Thread.sleep(3_000);
        writing.set(false);
        writer.join();

        // with one replica of two, QUORUM cannot be met: every write from now on is refused, visibly
        assertThat(failures).isNotEmpty();
        assertThat(failures.size()).isGreaterThan(failuresWhenSeenDown);
        // a refused write is reported as such: a JMAP serverFail, or HTTP 500 naming the Cassandra error
        assertThat(failures).allSatisfy(failure -> assertThat(failure).containsAnyOf("serverFail", "HTTP 500"));
        // ONE reads keep answering from the surviving node: authentication, session, JMAPX objects
        assertThat(client.session().statusCode()).isEqualTo(200);
        Set<String> whileDown = bookIds(jmap);
        assertThat(whileDown).as(missingNames(whileDown, acknowledged)).containsAll(acknowledged);
        // and Mailbox/get: with James's mailbox read repair off, none of its reads needs a quorum (a repair
        // reads mailboxpathv3 at SERIAL); several calls, as each repair was a 10% draw per mailbox read
        for (int call = 0; call < 5; call++) {
            assertThat(jmap.inboxId()).isEqualTo(inbox);
            assertThat(jmap.call(JmapMail.MAIL, "Mailbox/get", "{\"accountId\": \"$ACCOUNT\", \"ids\": [\"" + inbox + "\"]}")
                .path("list").path(0).path("role").asText()).isEqualTo("inbox");
        }

        launcher.startNode(2);

        List<String> afterReturn = new CopyOnWriteArrayList<>();
        String returned = "after-return at +" + (System.currentTimeMillis() - start) + " ms";
        write(jmap, returned, acknowledged, afterReturn);
        assertThat(afterReturn).isEmpty();
        assertThat(jmap.inboxId()).isEqualTo(inbox);
        assertThat(acknowledged).hasSizeGreaterThan(1);
        // a write acknowledged by both nodes after the return is read back at ONE, from either node
        assertThat(bookIds(jmap)).contains(ACKNOWLEDGED_NAMES.entrySet().stream()
            .filter(entry -> entry.getValue().equals(returned)).map(java.util.Map.Entry::getKey).findFirst().orElseThrow());
        // Nothing acknowledged is lost: every acknowledged book is in the cluster, read at QUORUM (both
        // replicas). A ONE read served by node 2 right after its restart may still miss the writes it
        // acknowledged just before it was killed: Cassandra's periodic commit log replays only what it had
        // marked synced, and node 1 holds them until a repair or a QUORUM read brings node 2 up to date
        // (docs/operators/cassandra.md). So the server's own ONE reads are checked while node 1 alone
        // serves them (above), and the cluster itself here.
        Set<String> inTheCluster = booksAtQuorum(jmap.accountId());
        assertThat(inTheCluster).as(missingNames(inTheCluster, acknowledged)).containsAll(acknowledged);
    }

    private static Set<String> booksAtQuorum(String accountId) {
        try (CqlSession session = TestSessions.builder(ring).withKeyspace("jmapx_fault").build()) {
            Set<String> ids = new java.util.HashSet<>();
            session.execute(SimpleStatement.newInstance("SELECT id FROM jmapx_objects WHERE account_id = ? AND type = ?",
                    accountId, "AddressBook").setConsistencyLevel(DefaultConsistencyLevel.QUORUM))
                .forEach(row -> ids.add(row.getString("id")));
            return ids;
        }
    }

    private static void write(JmapMail jmap, String name, Set<String> acknowledged, List<String> failures) {
        try {
            JsonNode response = jmap.call(JmapMail.CONTACTS, "AddressBook/set",
                "{\"accountId\": \"$ACCOUNT\", \"create\": {\"b\": {\"name\": \"" + name + "\"}}}");
            String id = response.path("created").path("b").path("id").asText("");
            if (id.isEmpty()) {
                failures.add("not created: " + response);
            } else {
                acknowledged.add(id);
                ACKNOWLEDGED_NAMES.put(id, name);
            }
        } catch (AssertionError | RuntimeException e) {
            failures.add(String.valueOf(e.getMessage()));
        }
    }

    /** Which acknowledged writes a read missed, by name and time, to tell when they were written. */
    private static final java.util.Map<String, String> ACKNOWLEDGED_NAMES = new ConcurrentHashMap<>();

    private static String missingNames(Set<String> read, Set<String> acknowledged) {
        return "acknowledged but not read: " + acknowledged.stream().filter(id -> !read.contains(id))
            .map(id -> id + " (" + ACKNOWLEDGED_NAMES.get(id) + ")").toList();
    }

    private static Set<String> bookIds(JmapMail jmap) {
        Set<String> ids = new java.util.HashSet<>();
        jmap.call(JmapMail.CONTACTS, "AddressBook/get", "{\"accountId\": \"$ACCOUNT\", \"ids\": null, \"properties\": [\"id\"]}")
            .path("list").forEach(book -> ids.add(book.path("id").asText()));
        return ids;
    }
}
