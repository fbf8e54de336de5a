package org.jmapx.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.server.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operator switch {@code jmapx.implicitCapabilities=true} (docs/operators/jmap-properties.md): a
 * client that puts only core and mail in {@code using} can still call Identity/get and
 * EmailSubmission/set. Off by default: {@code MailConformanceContract.aMethodWhoseCapabilityIsNotUsedShouldBeUnknownMethodByDefault}.
 */
class MemoryImplicitCapabilitiesTest {
    private static final String CORE_AND_MAIL = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\"]";

    @RegisterExtension
    static JmapxServerExtension SERVER = new JmapxServerExtension(new Flavour() {
        @Override
        public Storage storage() {
            return Storage.MEMORY;
        }

        @Override
        public void prepare(Path confDirectory, ExtensionContext context) throws Exception {
            Files.writeString(confDirectory.resolve("jmap.properties"), "\njmapx.implicitCapabilities=true\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    });

    @Test
    void aClientUsingOnlyCoreAndMailShouldBeAbleToReadItsIdentitiesAndSend() {
        MailUser user = MailUser.create(SERVER);
        MailUser recipient = MailUser.create(SERVER);

        JsonNode identities = user.client().call("{\"using\": " + CORE_AND_MAIL + ", \"methodCalls\": [[\"Identity/get\", "
            + "{\"accountId\": \"" + user.accountId() + "\", \"ids\": null}, \"i\"]]}");
        String identityId = identities.at("/methodResponses/0/1/list/0/id").asText();
        JsonNode sent = user.client().call("{\"using\": " + CORE_AND_MAIL + ", \"methodCalls\": " + """
            [["Email/set", {"accountId": "ACCOUNT", "create": {"e": {"mailboxIds": {"SENT": true},
               "subject": "Sent by a lax client", "from": [{"email": "FROM"}], "to": [{"email": "TO"}],
               "bodyValues": {"1": {"value": "hello"}}, "textBody": [{"partId": "1", "type": "text/plain"}]}}}, "0"],
             ["EmailSubmission/set", {"accountId": "ACCOUNT", "create": {"s": {"identityId": "IDENTITY", "emailId": "#e",
               "envelope": {"mailFrom": {"email": "FROM"}, "rcptTo": [{"email": "TO"}]}}}}, "1"]]}"""
            .replace("ACCOUNT", user.accountId()).replace("SENT", user.mailboxIdOfRole("sent"))
            .replace("FROM", user.username()).replace("TO", recipient.username()).replace("IDENTITY", identityId));

        assertThat(identities.at("/methodResponses/0/0").asText()).as("%s", identities).isEqualTo("Identity/get");
        assertThat(identityId).isNotEmpty();
        assertThat(sent.at("/methodResponses/1/0").asText()).as("%s", sent).isEqualTo("EmailSubmission/set");
        assertThat(sent.at("/methodResponses/1/1/created/s/id").asText()).as("%s", sent).isNotEmpty();
    }
}
