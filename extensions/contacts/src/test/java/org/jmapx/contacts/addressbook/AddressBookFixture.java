package org.jmapx.contacts.addressbook;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.testing.FakeMethodContext;
import org.jmapx.engine.testing.Json;

/** The AddressBook methods on memory stores, for one random account, with contents the test controls. */
final class AddressBookFixture {
    /** Books holding cards, and the books whose contents were removed. */
    static final class FakeContents implements AddressBookContents {
        final Set<String> nonEmpty = new HashSet<>();
        final Set<String> removed = new HashSet<>();

        @Override
        public boolean hasContents(String accountId, String addressBookId) {
            return nonEmpty.contains(addressBookId);
        }

        @Override
        public String removeContentsThen(String accountId, Set<String> addressBookIds, java.util.function.Supplier<String> destroy) {
            removed.addAll(addressBookIds);
            return destroy.get();
        }
    }

    final String accountId = "account-" + UUID.randomUUID();
    final MemoryObjectStore store = new MemoryObjectStore();
    final MemoryChangeLog changeLog = new MemoryChangeLog();
    final FakeContents contents = new FakeContents();
    final Map<String, JmapMethod> methods = new ContactsJmapMethods(store, changeLog, (a, t, s) -> { }, contents)
        .methods().stream().collect(Collectors.toMap(JmapMethod::name, method -> method));
    FakeMethodContext context = FakeMethodContext.of(accountId);

    ObjectNode call(String method, String arguments) throws MethodErrorException {
        ObjectNode json = Json.object(arguments);
        json.put("accountId", accountId);
        return methods.get(method).call(json, context);
    }

    ObjectNode get(String arguments) throws MethodErrorException {
        return call("AddressBook/get", arguments);
    }

    ObjectNode set(String arguments) throws MethodErrorException {
        return call("AddressBook/set", arguments);
    }

    ObjectNode changes(String arguments) throws MethodErrorException {
        return call("AddressBook/changes", arguments);
    }

    String create(String properties) throws MethodErrorException {
        ObjectNode response = set("{'create': {'new': " + properties + "}}");
        if (!response.path("created").has("new")) {
            throw new AssertionError("Not created: " + response);
        }
        return response.at("/created/new/id").asText();
    }

    /** The book by id, as AddressBook/get returns it. */
    ObjectNode book(String id) throws MethodErrorException {
        return (ObjectNode) get("{'ids': ['" + id + "']}").at("/list/0");
    }

    List<String> defaultBookIds() {
        return store.all(accountId, "AddressBook").stream()
            .filter(book -> book.path("isDefault").asBoolean())
            .map(book -> book.get("id").asText())
            .toList();
    }
}
