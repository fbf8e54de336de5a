package org.jmapx.it.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.james.utils.DataProbeImpl;
import org.jmapx.server.testing.SmtpClient;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything a server acknowledged is there for the next server on the same keyspace: users, domains,
 * mailboxes, mail delivered over SMTP, JMAP states, JMAPX objects, and /changes continue from the old states.
 */
class CassandraDurabilityTest {
    private static final String BOB = "bob@durable.test";

    @RegisterExtension
    static CassandraExtension CASSANDRA = new CassandraExtension();

    private CassandraServerHome home;

    @AfterEach
    void stop() {
        if (home != null) {
            home.stop();
        }
    }

    @Test
    void mailAndJmapxObjectsShouldSurviveAServerRestartAndChangesShouldContinue() throws Exception {
        home = new CassandraServerHome(CASSANDRA.contactPoints().toString(), CASSANDRA.keyspace(), "");
        home.start().getProbe(DataProbeImpl.class).fluent().addDomain("durable.test").addUser(BOB, CassandraServerHome.PASSWORD);

        JmapMail mail = new JmapMail(home.client(BOB));
        String inbox = mail.inboxId();
        try (SmtpClient smtp = new SmtpClient(home.smtpPort())) {
            smtp.send("alice@elsewhere.test", BOB, "Before restart", "Kept in Cassandra");
        }
        List<String> delivered = mail.awaitInboxSize(1, Duration.ofSeconds(30));
        assertThat(delivered).hasSize(1);
        String mailboxState = mail.mailboxes().path("state").asText();
        String emailState = mail.call(JmapMail.MAIL, "Email/get", "{\"accountId\": \"$ACCOUNT\", \"ids\": []}").path("state").asText();
        JsonNode created = mail.call(JmapMail.CONTACTS, "AddressBook/set",
            "{\"accountId\": \"$ACCOUNT\", \"create\": {\"f\": {\"name\": \"Friends\"}}}");
        String friends = created.path("created").path("f").path("id").asText();
        String addressBookState = created.path("newState").asText();

        home.stop();
        home.start();

        JmapMail after = new JmapMail(home.client(BOB));
        assertThat(home.server().getProbe(DataProbeImpl.class).containsDomain("durable.test")).isTrue();
        assertThat(after.inboxId()).isEqualTo(inbox);
        assertThat(after.mailboxes().path("state").asText()).isEqualTo(mailboxState);
        assertThat(after.inboxEmailIds()).isEqualTo(delivered);
        JsonNode email = after.emails(delivered, "[\"subject\", \"preview\", \"mailboxIds\"]").path("list").path(0);
        assertThat(email.path("subject").asText()).isEqualTo("Before restart");
        assertThat(email.path("preview").asText()).contains("Kept in Cassandra");
        JsonNode books = after.call(JmapMail.CONTACTS, "AddressBook/get", "{\"accountId\": \"$ACCOUNT\", \"ids\": [\"" + friends + "\"]}");
        assertThat(books.path("list").path(0).path("name").asText()).isEqualTo("Friends");
        assertThat(books.path("state").asText()).isEqualTo(addressBookState);

        try (SmtpClient smtp = new SmtpClient(home.smtpPort())) {
            smtp.send("alice@elsewhere.test", BOB, "After restart", "Second");
        }
        List<String> both = after.awaitInboxSize(2, Duration.ofSeconds(30));
        String work = after.call(JmapMail.CONTACTS, "AddressBook/set",
            "{\"accountId\": \"$ACCOUNT\", \"create\": {\"w\": {\"name\": \"Work\"}}}").path("created").path("w").path("id").asText();

        JsonNode bookChanges = after.call(JmapMail.CONTACTS, "AddressBook/changes",
            "{\"accountId\": \"$ACCOUNT\", \"sinceState\": \"" + addressBookState + "\"}");
        assertThat(bookChanges.path("created")).extracting(JsonNode::asText).containsExactly(work);
        assertThat(bookChanges.path("updated")).isEmpty();
        JsonNode emailChanges = after.call(JmapMail.MAIL, "Email/changes",
            "{\"accountId\": \"$ACCOUNT\", \"sinceState\": \"" + emailState + "\"}");
        assertThat(emailChanges.path("created")).extracting(JsonNode::asText)
            .containsExactlyElementsOf(both.stream().filter(id -> !delivered.contains(id)).toList());
        JsonNode mailboxChanges = after.call(JmapMail.MAIL, "Mailbox/changes",
            "{\"accountId\": \"$ACCOUNT\", \"sinceState\": \"" + mailboxState + "\"}");
        assertThat(mailboxChanges.path("updated")).extracting(JsonNode::asText).contains(inbox);
    }
}
