package org.jmapx.it.mail;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.apache.james.utils.DataProbeImpl;
import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** A fresh James user, seen through JMAP mail as a client sees it. */
record MailUser(String username, JmapClient client, String accountId) {
    static final String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\", "
        + "\"urn:ietf:params:jmap:submission\", \"urn:ietf:params:jmap:vacationresponse\"]";

    static MailUser create(JmapxServerExtension server) {
        String username = "mail-" + UUID.randomUUID() + "@example.com";
        try {
            server.server().getProbe(DataProbeImpl.class).addUser(username, JmapxServerExtension.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        JmapClient client = server.client(username);
        String accountId = client.sessionJson().path("primaryAccounts").path("urn:ietf:params:jmap:mail").asText();
        return new MailUser(username, client, accountId);
    }

    /** Sends the method calls, with %1$s replaced by the account id; returns the whole response. */
    JsonNode call(String methodCalls) {
        return client.call("{\"using\": " + USING + ", \"methodCalls\": " + methodCalls.formatted(accountId) + "}");
    }

    /** The arguments of the first response, failing unless it answers {@code method}. */
    JsonNode single(String method, String arguments) {
        JsonNode invocation = call("[[\"" + method + "\", " + arguments + ", \"c\"]]").at("/methodResponses/0");
        if (!invocation.path(0).asText().equals(method)) {
            throw new AssertionError(method + " answered " + invocation);
        }
        return invocation.path(1);
    }

    String mailboxIdOfRole(String role) {
        for (JsonNode mailbox : single("Mailbox/get", "{\"accountId\": \"%1$s\", \"ids\": null}").path("list")) {
            if (role.equals(mailbox.path("role").asText())) {
                return mailbox.path("id").asText();
            }
        }
        throw new AssertionError("no mailbox with role " + role);
    }

    String state(String type) {
        return single(type + "/get", "{\"accountId\": \"%1$s\", \"ids\": []}").path("state").asText();
    }

    /** Uploads raw bytes as a client would (RFC 8620 section 6.1) and returns the blobId. */
    String upload(String type, String content) {
        HttpResponse<String> response = client.send(client.request("/upload/" + accountId)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(content)).build());
        if (response.statusCode() != 201) {
            throw new AssertionError("upload answered " + response.statusCode() + ": " + response.body());
        }
        return JmapClient.parse(response.body()).path("blobId").asText();
    }

    /** Uploads raw bytes as a client would (RFC 8620 section 6.1) and returns the blobId. */
    String upload(String type, byte[] content) {
        HttpResponse<String> response = client.send(client.request("/upload/" + accountId)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
        if (response.statusCode() != 201) {
            throw new AssertionError("upload answered " + response.statusCode() + ": " + response.body());
        }
        return JmapClient.parse(response.body()).path("blobId").asText();
    }

    /** The bytes of a blob, downloaded as a client would (RFC 8620 section 6.2). */
    byte[] download(String blobId) {
        try {
            HttpResponse<byte[]> response = JmapClient.http().send(client.request("/download/" + accountId + "/" + blobId
                + "?type=message/rfc822&name=m.eml").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("download answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls Email/query until the mailbox holds {@code count} emails or the timeout passes. */
    JsonNode awaitEmailsIn(String mailboxId, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode ids = single("Email/query", "{\"accountId\": \"%1$s\", \"filter\": {\"inMailbox\": \"" + mailboxId + "\"}}").path("ids");
            if (ids.size() >= count || System.nanoTime() > deadline) {
                return ids;
            }
            Thread.sleep(200);
        }
    }
}
