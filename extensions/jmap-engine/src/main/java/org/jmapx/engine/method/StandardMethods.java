package org.jmapx.engine.method;

import java.util.List;

import org.jmapx.engine.changes.ChangesMethod;
import org.jmapx.engine.get.GetMethod;
import org.jmapx.engine.query.QueryChangesMethod;
import org.jmapx.engine.query.QueryMethod;
import org.jmapx.engine.set.CopyMethod;
import org.jmapx.engine.set.SetMethod;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.TypeStorage;

/** Builds the RFC 8620 standard methods of one type; pick the ones the type's specification defines. */
public final class StandardMethods {
    private final JmapType type;
    private final TypeStorage storage;

    public StandardMethods(JmapType type, ObjectStore store, ChangeLog changeLog, StateChangeListener listener) {
        this(type, new TypeStorage(type.name(), store, changeLog, listener));
    }

    public StandardMethods(JmapType type, TypeStorage storage) {
        this.type = type;
        this.storage = storage;
    }

    public TypeStorage storage() {
        return storage;
    }

    public JmapMethod get() {
        return new GetMethod(type, storage);
    }

    public JmapMethod changes() {
        return new ChangesMethod(type, storage);
    }

    public JmapMethod set() {
        return new SetMethod(type, storage);
    }

    public JmapMethod query() {
        return new QueryMethod(type, storage);
    }

    public JmapMethod queryChanges() {
        return new QueryChangesMethod(type, storage);
    }

    public JmapMethod copy() {
        return new CopyMethod(type, storage, new SetMethod(type, storage));
    }

    /** All six methods. */
    public List<JmapMethod> all() {
        return List.of(get(), changes(), set(), query(), queryChanges(), copy());
    }
}
