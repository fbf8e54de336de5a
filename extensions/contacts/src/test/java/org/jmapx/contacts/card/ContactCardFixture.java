package org.jmapx.contacts.card;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.testing.FakeMethodContext;
import org.jmapx.engine.testing.Json;

/**
 * The RFC 9610 methods on memory stores for one random account, with uploaded blobs and a clock the test
 * controls (each reading advances it by one second, so "updated" visibly moves).
 */
final class ContactCardFixture {
    static final ObjectMapper MAPPER = new ObjectMapper();

    final String accountId = "account-" + UUID.randomUUID();
    final MemoryObjectStore store = new MemoryObjectStore();
    final MemoryChangeLog changeLog = new MemoryChangeLog();
    final Map<String, String> blobs = new HashMap<>();
    final AtomicLong seconds = new AtomicLong(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond());
    final ContactCardMethods contacts;
    final Map<String, JmapMethod> methods;
    FakeMethodContext context = FakeMethodContext.of(accountId);

    ContactCardFixture() {
        this(new CardLimits(4096, OptionalInt.of(3), 100_000));
    }

    ContactCardFixture(CardLimits limits) {
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(seconds.getAndIncrement());
            }
        };
        contacts = new ContactCardMethods(store, changeLog, (a, t, s) -> { },
            (account, blobId) -> account.equals(accountId) ? Optional.ofNullable(blobs.get(blobId)) : Optional.empty(),
            limits, ticking);
        methods = contacts.methods().stream().collect(Collectors.toMap(JmapMethod::name, method -> method));
    }

    ObjectNode call(String method, String arguments) throws MethodErrorException {
        return call(method, Json.object(arguments));
    }

    ObjectNode call(String method, ObjectNode arguments) throws MethodErrorException {
        arguments.put("accountId", accountId);
        return methods.get(method).call(arguments, context);
    }

    ObjectNode set(String arguments) throws MethodErrorException {
        return call("ContactCard/set", arguments);
    }

    ObjectNode query(String arguments) throws MethodErrorException {
        return call("ContactCard/query", arguments);
    }

    /** Creates a card (single quotes allowed) and returns its id, failing the test when it is refused. */
    String create(String card) throws MethodErrorException {
        ObjectNode response = set("{'create': {'new': " + card + "}}");
        if (!response.path("created").has("new")) {
            throw new AssertionError("Not created: " + response);
        }
        return response.at("/created/new/id").asText();
    }

    /** Creates a card given as a tree (no quote conversion), returning its id. */
    String create(ObjectNode card) throws MethodErrorException {
        ObjectNode arguments = MAPPER.createObjectNode();
        arguments.putObject("create").set("new", card);
        ObjectNode response = call("ContactCard/set", arguments);
        if (!response.path("created").has("new")) {
            throw new AssertionError("Not created: " + response);
        }
        return response.at("/created/new/id").asText();
    }

    ObjectNode card(String id) throws MethodErrorException {
        return (ObjectNode) call("ContactCard/get", "{'ids': ['" + id + "']}").at("/list/0");
    }

    String addressBook(String name) throws MethodErrorException {
        ObjectNode response = call("AddressBook/set", "{'create': {'b': {'name': '" + name + "'}}}");
        return response.at("/created/b/id").asText();
    }

    String state() {
        return changeLog.currentState(accountId, ContactCardType.NAME);
    }
}
