package org.jmapx.engine.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.ShareChange;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.type.TypeStorage;

/**
 * Alice's account with notebooks and notes, and the people around it: bob and carol (principals she
 * may share with), dave (her James delegate) and eve (a stranger).
 */
public final class SharingFixture {
    public static final String OWNER = "alice";
    public final MemoryObjectStore store = new MemoryObjectStore();
    public final MemoryChangeLog changeLog = new MemoryChangeLog();
    public final List<ShareChange> shareChanges = new CopyOnWriteArrayList<>();
    public final StandardMethods notebooks = new StandardMethods(new NotebookType(),
        new TypeStorage("Notebook", store, changeLog, StateChangeListener.NONE),
        Set.of(OWNER, "bob", "carol", "dave", "eve")::contains, shareChanges::add);
    public final StandardMethods notes = StandardMethods.itemsIn(notebooks, new NoteType(),
        new TypeStorage("Note", store, changeLog, StateChangeListener.NONE));
    public final FakeMethodContext alice = FakeMethodContext.of(OWNER);
    public final FakeMethodContext bob = FakeMethodContext.of("bob");
    public final FakeMethodContext carol = FakeMethodContext.of("carol");
    public final FakeMethodContext dave = FakeMethodContext.of("dave").alsoAccessing(OWNER);
    public final FakeMethodContext eve = FakeMethodContext.of("eve");

    public ObjectNode call(JmapMethod method, MethodContext caller, String arguments) throws MethodErrorException {
        ObjectNode json = Json.object(arguments);
        if (!json.has("accountId")) {
            json.put("accountId", OWNER);
        }
        return method.call(json, caller);
    }

    /** Alice creates a notebook and returns its id. */
    public String notebook(String properties) throws MethodErrorException {
        ObjectNode response = call(notebooks.set(), alice, "{'create': {'n': " + properties + "}}");
        if (!response.path("created").has("n")) {
            throw new AssertionError("Not created: " + response);
        }
        return response.at("/created/n/id").asText();
    }

    /** Alice creates a note in the notebooks and returns its id. */
    public String note(String text, String... notebookIds) throws MethodErrorException {
        StringBuilder ids = new StringBuilder();
        for (String id : notebookIds) {
            ids.append(ids.length() == 0 ? "" : ", ").append("'").append(id).append("': true");
        }
        ObjectNode response = call(notes.set(), alice,
            "{'create': {'n': {'text': '" + text + "', 'notebookIds': {" + ids + "}}}}");
        if (!response.path("created").has("n")) {
            throw new AssertionError("Not created: " + response);
        }
        return response.at("/created/n/id").asText();
    }

    /** Alice sets the shareWith of a notebook. */
    public void share(String notebookId, String shareWith) throws MethodErrorException {
        ObjectNode response = call(notebooks.set(), alice,
            "{'update': {'" + notebookId + "': {'shareWith': " + shareWith + "}}}");
        if (!response.path("updated").has(notebookId)) {
            throw new AssertionError("Not shared: " + response);
        }
    }
}
