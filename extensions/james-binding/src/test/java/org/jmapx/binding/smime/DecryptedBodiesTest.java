package org.jmapx.binding.smime;

import static org.assertj.core.api.Assertions.assertThat;

import org.jmapx.binding.json.TreeJsonBridge;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DecryptedBodiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final TreeJsonBridge bridge = new TreeJsonBridge();

    private ObjectNode json(String text) throws Exception {
        return (ObjectNode) MAPPER.readTree(text);
    }

    @Test
    void omittedPropertiesShouldAskForTheBodyBecauseRfc8621DefaultsIncludeIt() throws Exception {
        assertThat(DecryptedBodies.asksForBody(bridge.toPlay(json("{\"ids\": null}")))).isTrue();
        assertThat(DecryptedBodies.asksForBody(bridge.toPlay(json("{\"properties\": [\"subject\", \"preview\"]}")))).isTrue();
        assertThat(DecryptedBodies.asksForBody(bridge.toPlay(json("{\"properties\": [\"subject\", \"keywords\"]}")))).isFalse();
    }

    @Test
    void theContentTypeProbeShouldBeAddedOnceAndReportedOnlyWhenAdded() throws Exception {
        ObjectNode omitted = json("{\"ids\": null}");
        assertThat(DecryptedBodies.askForContentType(omitted)).isTrue();
        assertThat(omitted.get("properties")).hasSize(DecryptedBodies.DEFAULT_PROPERTIES.size() + 1);

        ObjectNode listed = json("{\"properties\": [\"textBody\"]}");
        assertThat(DecryptedBodies.askForContentType(listed)).isTrue();
        assertThat(listed.get("properties").toString()).isEqualTo("[\"textBody\",\"header:Content-Type\"]");

        ObjectNode alreadyAsked = json("{\"properties\": [\"textBody\", \"header:Content-Type\"]}");
        assertThat(DecryptedBodies.askForContentType(alreadyAsked)).isFalse();
        assertThat(alreadyAsked.get("properties")).hasSize(2);
    }
}
