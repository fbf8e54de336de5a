package org.jmapx.smime.certs;

class MemoryRecipientCertificateStoreTest implements RecipientCertificateStoreContract {
    private final MemoryRecipientCertificateStore store = new MemoryRecipientCertificateStore();

    @Override
    public RecipientCertificateStore store() {
        return store;
    }
}
