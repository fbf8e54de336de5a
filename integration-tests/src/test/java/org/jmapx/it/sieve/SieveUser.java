package org.jmapx.it.sieve;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.apache.james.utils.DataProbeImpl;
import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** A fresh James user managing Sieve scripts and reading mail over JMAP, as a client would. */
record SieveUser(String username, JmapClient client, String accountId) {
    static final String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\", \"urn:ietf:params:jmap:sieve\"]";

    static SieveUser create(JmapxServerExtension server) {
        String username = "sieve-" + UUID.randomUUID() + "@example.com";
        try {
            server.server().getProbe(DataProbeImpl.class).addUser(username, JmapxServerExtension.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        JmapClient client = server.client(username);
        String accountId = client.sessionJson().path("primaryAccounts").path("urn:ietf:params:jmap:sieve").asText();
        return new SieveUser(username, client, accountId);
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

    String upload(String content) {
        return upload(content.getBytes(StandardCharsets.UTF_8));
    }

    String upload(byte[] content) {
        HttpResponse<String> response = client.send(client.request("/upload/" + accountId)
            .header("Content-Type", "application/sieve")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
        if (response.statusCode() != 201) {
            throw new AssertionError("upload answered " + response.statusCode() + ": " + response.body());
        }
        return JmapClient.parse(response.body()).path("blobId").asText();
    }

    /** Sends a request that is not JMAP (James's WebAdmin). */
    static HttpResponse<String> send(HttpRequest request) {
        try {
            return JmapClient.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> download(String blobId) {
        try {
            return JmapClient.http().send(client.request("/download/" + accountId + "/" + blobId
                + "?type=application/sieve&name=script.siv").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a script from this content; returns its id. */
    String createScript(String name, String content, boolean activate) {
        JsonNode response = single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {\"s\": {\"name\": \"" + name
            + "\", \"blobId\": \"" + upload(content) + "\"}}" + (activate ? ", \"onSuccessActivateScript\": \"#s\"" : "") + "}");
        JsonNode created = response.at("/created/s/id");
        if (created.isMissingNode()) {
            throw new AssertionError("not created: " + response);
        }
        return created.asText();
    }

    JsonNode scripts() {
        return single("SieveScript/get", "{\"accountId\": \"%1$s\", \"ids\": null}");
    }

    Optional<String> mailboxId(String name) {
        for (JsonNode mailbox : single("Mailbox/get", "{\"accountId\": \"%1$s\", \"ids\": null}").path("list")) {
            if (name.equals(mailbox.path("name").asText())) {
                return Optional.of(mailbox.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** Polls until the named mailbox exists and holds {@code count} emails, or the timeout passes; returns their ids. */
    JsonNode awaitEmailsIn(String mailboxName, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<String> mailboxId = mailboxId(mailboxName);
            JsonNode ids = mailboxId.isEmpty() ? JmapClient.parse("[]")
                : single("Email/query", "{\"accountId\": \"%1$s\", \"filter\": {\"inMailbox\": \"" + mailboxId.get() + "\"}}").path("ids");
            if (ids.size() >= count || System.nanoTime() > deadline) {
                return ids;
            }
            Thread.sleep(200);
        }
    }

    String rawEmail(String emailId) {
        String blobId = single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + emailId + "\"], \"properties\": [\"blobId\"]}")
            .at("/list/0/blobId").asText();
        HttpResponse<byte[]> response = download(blobId);
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
