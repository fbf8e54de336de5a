package org.jmapx.engine.set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.CallAccess;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.RecordViews;

/** What the create, update and destroy steps of one /set (or /copy) call share. */
record SetCall(JmapType type, RecordViews views, String accountId, ObjectNode arguments, MethodContext context,
               WorkingSet work, SetHooks hooks, CallAccess access) {

    /** The call's hooks are the type's, given the chance to hold per-call state ({@link SetHooks#forCall}). */
    static SetCall of(JmapType type, RecordViews views, String accountId, ObjectNode arguments, MethodContext context,
                      WorkingSet work, CallAccess access) {
        return new SetCall(type, views, accountId, arguments, context, work, type.setHooks().forCall(work), access);
    }

    ObjectNode view(ObjectNode stored) {
        return views.view(accountId, stored, context);
    }
}
