package org.jmapx.binding.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import javax.mail.Flags;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ImportKeywordsTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void noKeywordsShouldBeNoFlags() throws Exception {
        assertThat(ImportKeywords.asFlags(null)).isEqualTo(new Flags());
        assertThat(ImportKeywords.asFlags(json("{}"))).isEqualTo(new Flags());
    }

    @Test
    void systemKeywordsShouldBeSystemFlagsAndOthersLowercasedUserFlags() throws Exception {
        Flags flags = ImportKeywords.asFlags(json("{\"$Seen\": true, \"$draft\": true, \"Work\": true}"));

        assertThat(flags.contains(Flags.Flag.SEEN)).isTrue();
        assertThat(flags.contains(Flags.Flag.DRAFT)).isTrue();
        assertThat(flags.getUserFlags()).containsExactly("work");
    }

    @Test
    void recentAndDeletedShouldBeRefused() throws Exception {
        for (String keyword : new String[] {"$recent", "$Deleted"}) {
            ImportRefusal refusal = catchThrowableOfType(() -> ImportKeywords.asFlags(json("{\"" + keyword + "\": true}")),
                ImportRefusal.class);
            assertThat(refusal.asSetError().toString()).as(keyword)
                .isEqualTo("{\"type\":\"invalidProperties\",\"description\":\"" + refusal.getMessage().replace("\"", "\\\"")
                    + "\",\"properties\":[\"keywords\"]}");
        }
    }

    @Test
    void keywordsOutsideTheRfcAlphabetShouldBeRefused() throws Exception {
        for (String keyword : new String[] {"a b", "a(b", "", "caf\\u00e9", "x".repeat(256)}) {
            assertThat(catchThrowableOfType(() -> ImportKeywords.asFlags(json("{\"" + keyword + "\": true}")), ImportRefusal.class)
                .type()).as(keyword).isEqualTo("invalidProperties");
        }
    }

    @Test
    void aFalseValueShouldBeRefused() throws Exception {
        assertThat(catchThrowableOfType(() -> ImportKeywords.asFlags(json("{\"$seen\": false}")), ImportRefusal.class).type())
            .isEqualTo("invalidProperties");
    }
}
