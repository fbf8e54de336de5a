package org.jmapx.smime.store;

class MemoryDeliveryStatusStoreTest implements DeliveryStatusStoreContract {
    private final MemoryDeliveryStatusStore store = new MemoryDeliveryStatusStore();

    @Override
    public DeliveryStatusStore store() {
        return store;
    }
}
