package org.jmapx.contacts.addressbook;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class AddressBookGetTest {
    private final AddressBookFixture books = new AddressBookFixture();

    @Test
    void firstAccessShouldProvisionThePersonalDefaultBook() throws Exception {
        assertThatJson(books.get("{}")).isEqualTo(json("{'accountId': '" + books.accountId + "', 'state': '1',"
            + " 'notFound': [], 'list': [{'id': 'default', 'name': 'Personal', 'description': null, 'sortOrder': 0,"
            + " 'isDefault': true, 'isSubscribed': true, 'shareWith': null,"
            + " 'myRights': {'mayRead': true, 'mayWrite': true, 'mayShare': true, 'mayDelete': false}}]}"));
    }

    @Test
    void theDefaultBookCreationShouldBeAVisibleChange() throws Exception {
        assertThatJson(books.changes("{'sinceState': '0'}")).isObject()
            .containsEntry("created", json("['default']")).containsEntry("newState", "1");
    }

    @Test
    void provisioningShouldHappenOnlyOnce() throws Exception {
        books.get("{}");
        books.set("{'update': {'default': {'name': 'Renamed'}}}");
        books.changes("{'sinceState': '0'}");

        assertThat(books.store.all(books.accountId, "AddressBook")).singleElement()
            .satisfies(book -> assertThat(book.get("name").asText()).isEqualTo("Renamed"));
    }

    @Test
    void concurrentFirstAccessesShouldProvisionOneBookWithOneChange() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> books.get("{}"));
            }
            for (Future<Object> future : executor.invokeAll(calls)) {
                future.get();
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(books.store.all(books.accountId, "AddressBook")).hasSize(1);
        assertThat(books.changeLog.currentState(books.accountId, "AddressBook")).isEqualTo("1");
    }

    @Test
    void getShouldReturnNotFoundWhenIdIsUnknown() throws Exception {
        assertThatJson(books.get("{'ids': ['nope']}")).inPath("notFound").isEqualTo(json("['nope']"));
    }

    @Test
    void getShouldSelectProperties() throws Exception {
        assertThatJson(books.get("{'properties': ['name']}")).inPath("list")
            .isEqualTo(json("[{'id': 'default', 'name': 'Personal'}]"));
    }

    @Test
    void methodsShouldBeGetChangesAndSetOfTheContactsCapability() {
        assertThat(books.methods).containsOnlyKeys("AddressBook/get", "AddressBook/changes", "AddressBook/set");
        assertThat(books.methods.get("AddressBook/set").requiredCapabilities())
            .containsExactlyInAnyOrder("urn:ietf:params:jmap:core", "urn:ietf:params:jmap:contacts");
    }

    @Test
    void capabilitiesShouldFollowRfc9610() {
        ContactsCapability capability = new ContactsCapability();

        assertThatJson(capability.sessionCapability()).isEqualTo(json("{}"));
        assertThatJson(capability.accountCapability(books.accountId))
            .isEqualTo(json("{'maxAddressBooksPerCard': null, 'mayCreateAddressBook': true}"));
    }
}
