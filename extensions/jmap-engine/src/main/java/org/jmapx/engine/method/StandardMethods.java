package org.jmapx.engine.method;

import java.util.List;

import org.jmapx.engine.access.AccessControl;
import org.jmapx.engine.access.ContainerAccessControl;
import org.jmapx.engine.access.ItemAccessControl;
import org.jmapx.engine.access.OwnerOnlyAccess;
import org.jmapx.engine.access.Principals;
import org.jmapx.engine.access.ShareListener;
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

/**
 * Builds the RFC 8620 standard methods of one type; pick the ones the type's specification defines.
 * Access follows the type's description: a shared container type ({@link JmapType#sharing}) and the
 * item types in it ({@link #itemsIn}) are filtered by the caller's rights, any other type is its
 * owner's alone.
 */
public final class StandardMethods {
    private final JmapType type;
    private final TypeStorage storage;
    private final AccessControl access;

    public StandardMethods(JmapType type, ObjectStore store, ChangeLog changeLog, StateChangeListener listener) {
        this(type, new TypeStorage(type.name(), store, changeLog, listener));
    }

    /** A type that is not shared, or a shared container whose shareWith may name any principal (engine tests). */
    public StandardMethods(JmapType type, TypeStorage storage) {
        this(type, storage, Principals.ANY, ShareListener.NONE);
    }

    /** A type whose shareWith names {@code principals}, announcing grant changes to {@code listener}. */
    public StandardMethods(JmapType type, TypeStorage storage, Principals principals, ShareListener listener) {
        this(type, storage, accessOf(type, storage, principals, listener));
    }

    private StandardMethods(JmapType type, TypeStorage storage, AccessControl access) {
        this.type = type;
        this.storage = storage;
        this.access = access;
    }

    /** The methods of an item type whose objects belong to the containers of {@code containers}. */
    public static StandardMethods itemsIn(StandardMethods containers, JmapType itemType, TypeStorage itemStorage) {
        if (!(containers.access instanceof ContainerAccessControl containerAccess)) {
            throw new IllegalArgumentException(containers.type.name() + " is not a shared container type");
        }
        return new StandardMethods(itemType, itemStorage, new ItemAccessControl(itemType, itemStorage, containerAccess));
    }

    private static AccessControl accessOf(JmapType type, TypeStorage storage, Principals principals, ShareListener listener) {
        if (type.membership().isPresent()) {
            throw new IllegalArgumentException(type.name() + " belongs to containers: build it with StandardMethods.itemsIn");
        }
        return type.sharing().isPresent()
            ? new ContainerAccessControl(type, storage, principals, listener)
            : new OwnerOnlyAccess(type, storage);
    }

    public TypeStorage storage() {
        return storage;
    }

    public AccessControl access() {
        return access;
    }

    public JmapMethod get() {
        return new GetMethod(type, storage, access);
    }

    public JmapMethod changes() {
        return new ChangesMethod(type, storage, access);
    }

    public JmapMethod set() {
        return new SetMethod(type, storage, access);
    }

    public JmapMethod query() {
        return new QueryMethod(type, storage, access);
    }

    public JmapMethod queryChanges() {
        return new QueryChangesMethod(type, storage, access);
    }

    public JmapMethod copy() {
        return new CopyMethod(type, storage, access, new SetMethod(type, storage, access));
    }

    /** All six methods. */
    public List<JmapMethod> all() {
        return List.of(get(), changes(), set(), query(), queryChanges(), copy());
    }
}
