package org.jmapx.it.cassandra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jmapx.it.JmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** The JMAP calls the Cassandra tests need, for one user. */
final class JmapMail {
    static final String MAIL = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\"]";
    static final String CONTACTS = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:contacts\"]";

    private final JmapClient client;
    private final String accountId;

    JmapMail(JmapClient client) {
        this.client = client;
        this.accountId = client.sessionJson().path("primaryAccounts").path("urn:ietf:params:jmap:mail").asText();
    }

    String accountId() {
        return accountId;
    }

    /** The response's first method response arguments, failing on a JMAP error. */
    JsonNode call(String using, String method, String arguments) {
        JsonNode response = client.call("{\"using\": " + using + ", \"methodCalls\": [[\"" + method + "\", "
            + arguments.replace("$ACCOUNT", accountId) + ", \"c1\"]]}");
        JsonNode invocation = response.at("/methodResponses/0");
        if (!invocation.path(0).asText().equals(method)) {
            throw new AssertionError(method + " answered " + invocation);
        }
        return invocation.path(1);
    }

    JsonNode mailboxes() {
        return call(MAIL, "Mailbox/get", "{\"accountId\": \"$ACCOUNT\", \"ids\": null}");
    }

    String inboxId() {
        for (JsonNode mailbox : mailboxes().path("list")) {
            if ("inbox".equals(mailbox.path("role").asText())) {
                return mailbox.path("id").asText();
            }
        }
        throw new AssertionError("no inbox in " + mailboxes());
    }

    JsonNode queryInbox(int limit) {
        return call(MAIL, "Email/query", "{\"accountId\": \"$ACCOUNT\", \"filter\": {\"inMailbox\": \"" + inboxId()
            + "\"}, \"sort\": [{\"property\": \"receivedAt\", \"isAscending\": false}], \"limit\": " + limit + "}");
    }

    List<String> inboxEmailIds() {
        List<String> ids = new ArrayList<>();
        queryInbox(50).path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** Waits for the mail queue to deliver: the inbox holds {@code count} messages. */
    List<String> awaitInboxSize(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> ids = inboxEmailIds();
        while (ids.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            ids = inboxEmailIds();
        }
        return ids;
    }

    JsonNode emails(List<String> ids, String properties) {
        return call(MAIL, "Email/get", "{\"accountId\": \"$ACCOUNT\", \"ids\": " + json(ids) + ", \"properties\": " + properties + "}");
    }

    static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
