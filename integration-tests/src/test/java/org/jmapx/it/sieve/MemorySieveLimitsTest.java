package org.jmapx.it.sieve;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.server.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** conf/sieve.properties as an operator writes it (docs/sieve.md): the limits are advertised and enforced. */
class MemorySieveLimitsTest {
    @RegisterExtension
    static JmapxServerExtension SERVER = new JmapxServerExtension(new Flavour() {
        @Override
        public Storage storage() {
            return Storage.MEMORY;
        }

        @Override
        public void prepare(Path confDirectory, ExtensionContext context) throws Exception {
            Files.writeString(confDirectory.resolve("sieve.properties"),
                "sieve.maxSizeScript=none\nsieve.maxNumberScripts=2\nsieve.maxSizeScriptName=1024\n");
        }
    });

    @Test
    void configuredLimitsShouldBeAdvertised() {
        SieveUser user = SieveUser.create(SERVER);

        assertThatJson(user.client().sessionJson().toString()).inPath("capabilities['urn:ietf:params:jmap:sieve']")
            .isObject().containsEntry("maxSizeScript", null).containsEntry("maxNumberScripts", 2)
            .containsEntry("maxSizeScriptName", 1024);
    }

    @Test
    void configuredLimitsShouldBeEnforced() {
        SieveUser user = SieveUser.create(SERVER);
        user.createScript("one", "keep;\r\n", false);
        String large = "# " + "x".repeat(100_000) + "\r\nkeep;\r\n";

        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {\"large\": {\"name\": \"two\", \"blobId\": \""
            + user.upload(large) + "\"}, \"third\": {\"name\": \"three\", \"blobId\": \"" + user.upload("keep;\r\n") + "\"}}}");

        assertThat(response.at("/created/large/id").isTextual()).as("no size limit").isTrue();
        assertThat(response.at("/notCreated/third/type").asText()).isEqualTo("overQuota");
    }
}
