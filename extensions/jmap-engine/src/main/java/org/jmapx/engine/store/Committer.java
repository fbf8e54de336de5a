package org.jmapx.engine.store;

/**
 * Makes a {@link Commit} durable as one unit: afterwards either every object of it is stored and its
 * change is in the change log, or none of it is (docs/adr/0010). Objects are never visible to /get or
 * /query without /changes, /queryChanges and the query index seeing them too.
 */
public interface Committer {
    /**
     * @return the new state, or the current one when the change is empty
     * @throws RuntimeException when the commit failed; nothing of it is then visible
     */
    String commit(Commit commit);
}
