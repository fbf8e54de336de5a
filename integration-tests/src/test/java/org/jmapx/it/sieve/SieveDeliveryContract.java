package org.jmapx.it.sieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jmapx.it.JmapxServerExtension;
import org.jmapx.server.testing.SmtpClient;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * End to end (RFC 9661 with RFC 5228 actions): a script activated over JMAP is the one James's Sieve mailet
 * runs on mail delivered over SMTP.
 */
public interface SieveDeliveryContract {
    Duration DELIVERY = Duration.ofSeconds(30);
    /** Long enough for a message that should not arrive to have arrived. */
    Duration ABSENCE = Duration.ofSeconds(3);

    JmapxServerExtension server();

    SieveFlavour flavour();

    default void deliver(String from, String to, String subject, String body) {
        try (SmtpClient smtp = new SmtpClient(flavour().smtpPort())) {
            smtp.send(from, to, subject, body);
        }
    }

    @Test
    default void fileintoShouldFileMatchingMailIntoTheNamedMailboxAndKeepTheRest() throws Exception {
        SieveUser bob = SieveUser.create(server());
        bob.createScript("filters", SieveScriptContract.FILE_INTO, true);

        deliver("sender@example.org", bob.username(), "about jmapx", "filed");
        deliver("sender@example.org", bob.username(), "something else", "kept");

        assertThat(bob.awaitEmailsIn("Filtered", 1, DELIVERY)).hasSize(1);
        assertThat(bob.awaitEmailsIn("INBOX", 1, DELIVERY)).hasSize(1);
    }

    @Test
    default void anInactiveScriptShouldNotRun() throws Exception {
        SieveUser bob = SieveUser.create(server());
        bob.createScript("filters", SieveScriptContract.FILE_INTO, false);

        deliver("sender@example.org", bob.username(), "about jmapx", "not filed");

        assertThat(bob.awaitEmailsIn("INBOX", 1, DELIVERY)).hasSize(1);
        assertThat(bob.mailboxId("Filtered")).isEmpty();
    }

    @Test
    default void rejectShouldRefuseTheMailAndTellTheSender() throws Exception {
        SieveUser alice = SieveUser.create(server());
        SieveUser bob = SieveUser.create(server());
        bob.createScript("refuse", "require \"reject\";\r\nreject \"JMAPX refuses this\";\r\n", true);

        deliver(alice.username(), bob.username(), "hello", "rejected");

        JsonNode bounce = alice.awaitEmailsIn("INBOX", 1, DELIVERY);
        assertThat(bounce).hasSize(1);
        assertThat(alice.rawEmail(bounce.get(0).asText())).contains("JMAPX refuses this");
        assertThat(bob.awaitEmailsIn("INBOX", 1, ABSENCE)).isEmpty();
    }

    @Test
    default void redirectShouldSendTheMailToTheOtherAddressInsteadOfKeepingIt() throws Exception {
        SieveUser carol = SieveUser.create(server());
        SieveUser bob = SieveUser.create(server());
        bob.createScript("forward", "redirect \"" + carol.username() + "\";\r\n", true);

        deliver("sender@example.org", bob.username(), "forward me", "redirected");

        JsonNode redirected = carol.awaitEmailsIn("INBOX", 1, DELIVERY);
        assertThat(redirected).hasSize(1);
        assertThat(carol.rawEmail(redirected.get(0).asText())).contains("forward me");
        assertThat(bob.awaitEmailsIn("INBOX", 1, ABSENCE)).isEmpty();
    }

    @Test
    default void deactivatingOverJmapShouldStopFiltering() throws Exception {
        SieveUser bob = SieveUser.create(server());
        bob.createScript("filters", SieveScriptContract.FILE_INTO, true);
        bob.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"onSuccessDeactivateScript\": true}");

        deliver("sender@example.org", bob.username(), "about jmapx", "kept");

        assertThat(bob.awaitEmailsIn("INBOX", 1, DELIVERY)).hasSize(1);
        assertThat(bob.mailboxId("Filtered")).isEmpty();
    }
}
