package org.jmapx.engine.testing;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.MemoryObjectStore;

/** The Todo methods on memory stores, for one random account per test. */
public final class TodoFixture {
    public final String accountId = "account-" + UUID.randomUUID();
    public final MemoryObjectStore store = new MemoryObjectStore();
    public final MemoryChangeLog changeLog = new MemoryChangeLog();
    public final java.util.List<String> announcedStates = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final StandardMethods methods = new StandardMethods(new TodoType(), store, changeLog,
        (StateChangeListener) (account, type, state) -> announcedStates.add(type + ":" + state));
    public FakeMethodContext context = FakeMethodContext.of(accountId);

    /** Creates a todo from JSON properties and returns its id. */
    public String create(String properties) throws MethodErrorException {
        ObjectNode response = set("{'create': {'c': " + properties + "}}");
        if (!response.path("created").has("c")) {
            throw new AssertionError("Not created: " + response);
        }
        return response.path("created").path("c").path("id").asText();
    }

    public ObjectNode set(String arguments) throws MethodErrorException {
        return methods.set().call(withAccount(arguments), context);
    }

    public ObjectNode get(String arguments) throws MethodErrorException {
        return methods.get().call(withAccount(arguments), context);
    }

    public ObjectNode changes(String arguments) throws MethodErrorException {
        return methods.changes().call(withAccount(arguments), context);
    }

    public ObjectNode query(String arguments) throws MethodErrorException {
        return methods.query().call(withAccount(arguments), context);
    }

    public ObjectNode queryChanges(String arguments) throws MethodErrorException {
        return methods.queryChanges().call(withAccount(arguments), context);
    }

    public String state() {
        return changeLog.currentState(accountId, "Todo");
    }

    /** The arguments with this fixture's accountId unless they name one. */
    public ObjectNode withAccount(String arguments) {
        ObjectNode json = Json.object(arguments);
        if (!json.has("accountId")) {
            json.put("accountId", accountId);
        }
        return json;
    }
}
