package org.jmapx.binding.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JmapxTypeNameTest {
    private final JmapxTypeName addressBook = new JmapxTypeName("AddressBook");

    @Test
    void parseShouldRecogniseOnlyItsOwnName() {
        assertThat(addressBook.parse("AddressBook").isDefined()).isTrue();
        assertThat(addressBook.parse("ContactCard").isDefined()).isFalse();
    }

    @Test
    void parseStateShouldKeepTheTokenAsIs() {
        assertThat(addressBook.parseState("42").toOption().get().serialize()).isEqualTo("42");
    }

    @Test
    void typeNamesWithTheSameNameShouldBeEqualSoThatPushFiltersMatchThem() {
        assertThat(new JmapxTypeName("AddressBook")).isEqualTo(addressBook).hasSameHashCodeAs(addressBook);
    }
}
