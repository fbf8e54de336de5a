package org.jmapx.engine.store;

class MemoryObjectStoreTest implements ObjectStoreContract {
    private final MemoryObjectStore store = new MemoryObjectStore();

    @Override
    public ObjectStore store() {
        return store;
    }
}
