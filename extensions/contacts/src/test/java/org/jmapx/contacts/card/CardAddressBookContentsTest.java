package org.jmapx.contacts.card;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class CardAddressBookContentsTest {
    private final ContactCardFixture cards = new ContactCardFixture();

    @Test
    void destroyingABookWithCardsShouldFailWithoutOnDestroyRemoveContents() throws Exception {
        String work = cards.addressBook("Work");
        cards.create("{'addressBookIds': {'" + work + "': true}}");

        ObjectNode response = cards.call("AddressBook/set", "{'destroy': ['" + work + "']}");

        assertThatJson(response).inPath("notDestroyed." + work + ".type").isEqualTo("addressBookHasContents");
    }

    @Test
    void destroyingAnEmptyBookShouldSucceed() throws Exception {
        String work = cards.addressBook("Work");
        String card = cards.create("{'addressBookIds': {'" + work + "': true}}");
        cards.set("{'destroy': ['" + card + "']}");

        ObjectNode response = cards.call("AddressBook/set", "{'destroy': ['" + work + "']}");

        assertThatJson(response).inPath("destroyed").isEqualTo(json("['" + work + "']"));
    }

    @Test
    void onDestroyRemoveContentsShouldTakeTheBookOutOfCardsAndDestroyCardsLeftWithoutBook() throws Exception {
        String work = cards.addressBook("Work");
        String onlyWork = cards.create("{'addressBookIds': {'" + work + "': true}}");
        String both = cards.create("{'addressBookIds': {'default': true, '" + work + "': true}}");
        String elsewhere = cards.create("{}");
        String state = cards.state();

        cards.call("AddressBook/set", "{'destroy': ['" + work + "'], 'onDestroyRemoveContents': true}");

        ObjectNode changes = cards.call("ContactCard/changes", "{'sinceState': '" + state + "'}");
        assertThatJson(changes).inPath("destroyed").isEqualTo(json("['" + onlyWork + "']"));
        assertThatJson(changes).inPath("updated").isEqualTo(json("['" + both + "']"));
        assertThatJson(cards.card(both)).inPath("addressBookIds").isEqualTo(json("{'default': true}"));
        assertThat(cards.card(elsewhere).get("addressBookIds").has("default")).isTrue();
    }
}
