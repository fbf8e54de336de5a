package org.jmapx.binding.sieve;

import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertySchema;
import org.jmapx.engine.type.TypeStorage;

/**
 * The SieveScript of RFC 9661 section 2. The engine serves /get, /changes, /query and /queryChanges from
 * the records; every method first mirrors James's SieveRepository into them. /set is the extension's own
 * ({@link SieveScriptSetMethod}): its writes go to the repository.
 */
final class SieveScriptType implements JmapType {
    static final String NAME = "SieveScript";

    private static final PropertySchema SCHEMA = PropertySchema.builder()
        .property(SieveScriptRecords.NAME)
        .requiredProperty(SieveScriptRecords.BLOB_ID)
        .serverSetProperty(SieveScriptRecords.IS_ACTIVE)
        .build();

    private final RepositoryMirror mirror;
    private final SieveScriptQuery query = new SieveScriptQuery();

    SieveScriptType(RepositoryMirror mirror) {
        this.mirror = mirror;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String capability() {
        return SieveCapability.URN;
    }

    @Override
    public PropertySchema schema() {
        return SCHEMA;
    }

    @Override
    public void prepareAccount(String accountId, TypeStorage storage) {
        synchronized (storage.lock(accountId)) {
            mirror.sync(accountId, storage);
        }
    }

    @Override
    public QuerySupport querySupport() {
        return query;
    }
}
