package org.jmapx.binding.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.james.jmap.mail.Keyword$;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredKeywordsTest {
    @Test
    void aKeywordJamesAcceptsShouldBeStoredAsItIs() {
        assertThat(StoredKeywords.stored("$seen")).isEqualTo("$seen");
        assertThat(StoredKeywords.stored("my_tag-1")).isEqualTo("my_tag-1");
    }

    @Test
    void aColourLabelShouldBeStoredInJamesAlphabet() {
        String stored = StoredKeywords.stored("$label:red");

        assertThat(stored).isEqualTo("_x_$label_3ared");
        assertThat(Keyword$.MODULE$.isValid(stored)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$label:red", "a/b~c", "_x_already", "_x_", "x_y.z", "!#&'+,./:;<=>?@[^`|}~", "_x_$label_3ared"})
    void everyRfcKeywordShouldReadBackAsItselfLowercased(String keyword) {
        String stored = StoredKeywords.stored(keyword);

        assertThat(Keyword$.MODULE$.isValid(stored)).as(stored).isTrue();
        assertThat(StoredKeywords.keyword(stored)).isEqualTo(keyword.toLowerCase(java.util.Locale.US));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mus*c", "a(b", "a b", "", "caf\u00e9"})
    void whatIsNotAnRfcKeywordShouldBeLeftForJamesToRefuse(String keyword) {
        assertThat(StoredKeywords.stored(keyword)).isEqualTo(keyword);
    }

    @Test
    void aFlagStoredByAnotherClientShouldReadAsItIs() {
        assertThat(StoredKeywords.keyword("$junk")).isEqualTo("$junk");
        assertThat(StoredKeywords.keyword("_x_bad_zz")).isEqualTo("_x_bad_zz");
    }
}
