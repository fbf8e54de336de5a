package org.jmapx.contacts.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jmapx.contacts.addressbook.AddressBookType;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.ChangesSince;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.testing.FakeMethodContext;
import org.jmapx.engine.testing.Json;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * AddressBook/set destroy with onDestroyRemoveContents when a write fails (docs/adr/0010): whichever of
 * its two commits fails, no card is left in a destroyed book, and nothing changed is hidden from /changes.
 */
class AddressBookDestroyFaultTest {
    /** The memory change log, failing the appends of one type while armed. */
    private static final class FailingChangeLog implements ChangeLog {
        private final MemoryChangeLog log = new MemoryChangeLog();
        private volatile String failingType;

        @Override
        public String currentState(String accountId, String type) {
            return log.currentState(accountId, type);
        }

        @Override
        public String append(String accountId, String type, Change change) {
            if (type.equals(failingType)) {
                throw new IllegalStateException("injected failure of the " + type + " change log");
            }
            return log.append(accountId, type, change);
        }

        @Override
        public ChangesSince changesSince(String accountId, String type, String sinceState, int maxChanges)
            throws CannotCalculateChangesException {
            return log.changesSince(accountId, type, sinceState, maxChanges);
        }
    }

    private final String accountId = "account-" + UUID.randomUUID();
    private final FailingChangeLog changeLog = new FailingChangeLog();
    private final Map<String, JmapMethod> methods = new ContactCardMethods(new MemoryObjectStore(), changeLog, (a, t, s) -> { },
        BlobExistence.NONE, CardLimits.DEFAULT, Clock.systemUTC())
        .methods().stream().collect(Collectors.toMap(JmapMethod::name, method -> method));

    private ObjectNode call(String method, String arguments) throws MethodErrorException {
        ObjectNode json = Json.object(arguments);
        json.put("accountId", accountId);
        return methods.get(method).call(json, FakeMethodContext.of(accountId));
    }

    private Set<String> books() throws MethodErrorException {
        Set<String> ids = new HashSet<>();
        call("AddressBook/get", "{}").path("list").forEach(book -> ids.add(book.get("id").asText()));
        return ids;
    }

    private void assertNoCardIsInADestroyedBook() throws MethodErrorException {
        Set<String> books = books();
        for (JsonNode card : call("ContactCard/get", "{}").path("list")) {
            card.path("addressBookIds").fieldNames().forEachRemaining(book ->
                assertThat(books).as("books of card %s", card.get("id")).contains(book));
        }
    }

    private String createBookWithTwoCards() throws MethodErrorException {
        String defaultBook = call("AddressBook/get", "{}").at("/list/0/id").asText();
        String work = call("AddressBook/set", "{'create': {'b': {'name': 'Work'}}}").at("/created/b/id").asText();
        call("ContactCard/set", "{'create': {'only': {'addressBookIds': {'" + work + "': true}},"
            + " 'both': {'addressBookIds': {'" + work + "': true, '" + defaultBook + "': true}}}}");
        return work;
    }

    @Test
    void whenTheCardsCannotBeRemovedTheBookShouldStayWithItsCards() throws Exception {
        String work = createBookWithTwoCards();
        changeLog.failingType = ContactCardType.NAME;

        assertThatThrownBy(() -> call("AddressBook/set", "{'destroy': ['" + work + "'], 'onDestroyRemoveContents': true}"))
            .hasMessageContaining("injected");

        assertThat(books()).contains(work);
        assertNoCardIsInADestroyedBook();
    }

    @Test
    void whenTheBookCannotBeDestroyedItShouldStayEmptyAndTheRemovalShouldBeInTheChanges() throws Exception {
        String work = createBookWithTwoCards();
        String cardsBefore = changeLog.currentState(accountId, ContactCardType.NAME);
        changeLog.failingType = AddressBookType.NAME;

        assertThatThrownBy(() -> call("AddressBook/set", "{'destroy': ['" + work + "'], 'onDestroyRemoveContents': true}"))
            .hasMessageContaining("injected");

        assertThat(books()).contains(work);
        assertNoCardIsInADestroyedBook();
        ChangesSince changes = changeLog.changesSince(accountId, ContactCardType.NAME, cardsBefore, 100);
        assertThat(changes.updated().size() + changes.destroyed().size()).isEqualTo(2);
    }

    @Test
    void withoutFailureTheBookShouldBeDestroyedAndItsCardsRemoved() throws Exception {
        String work = createBookWithTwoCards();

        ObjectNode response = call("AddressBook/set", "{'destroy': ['" + work + "'], 'onDestroyRemoveContents': true}");

        assertThat(response.path("destroyed").toString()).contains(work);
        assertThat(books()).doesNotContain(work);
        assertThat(call("ContactCard/get", "{}").path("list")).hasSize(1);
        assertNoCardIsInADestroyedBook();
    }
}
