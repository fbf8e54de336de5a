package org.jmapx.smime.keys;

class MemoryIdentityStoreTest implements IdentityStoreContract {
    private final MemoryIdentityStore store = new MemoryIdentityStore();

    @Override
    public IdentityStore store() {
        return store;
    }
}
