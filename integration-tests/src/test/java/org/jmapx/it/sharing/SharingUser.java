package org.jmapx.it.sharing;

import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** A James user made for one test, with its JMAP client, username and account (= principal) id. */
record SharingUser(JmapClient client, String username, String accountId) {
    static final String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:principals\","
        + " \"urn:ietf:params:jmap:contacts\"]";

    static SharingUser create(JmapxServerExtension server) {
        String username = "user-" + java.util.UUID.randomUUID() + "@example.com";
        try {
            server.server().getProbe(org.apache.james.utils.DataProbeImpl.class)
                .addUser(username, JmapxServerExtension.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        JmapClient client = server.client(username);
        String accountId = client.sessionJson().path("primaryAccounts").path("urn:ietf:params:jmap:contacts").asText();
        return new SharingUser(client, username, accountId);
    }

    /** Sends the method calls, with %1$s (or %s) replaced by the user's account id. */
    JsonNode call(String methodCalls) {
        return client.call("{\"using\": " + USING + ", \"methodCalls\": " + methodCalls.formatted(accountId) + "}");
    }

    /** The arguments of the first response. */
    JsonNode first(String methodCalls) {
        JsonNode response = call(methodCalls);
        return response.at("/methodResponses/0/1");
    }
}
