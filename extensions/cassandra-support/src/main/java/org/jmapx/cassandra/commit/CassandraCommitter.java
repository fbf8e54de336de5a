package org.jmapx.cassandra.commit;

import java.util.ArrayList;
import java.util.List;

import org.jmapx.cassandra.state.AppendTracker;
import org.jmapx.cassandra.state.CassandraChangeLog;
import org.jmapx.cassandra.store.CassandraObjectStoreDAO;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.store.Commit;
import org.jmapx.engine.store.Committer;

import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@link Committer} on Cassandra: the object rows, the change-log entry and the latest-state row of a
 * commit go in one LOGGED batch (docs/adr/0010). The three tables share the partition key
 * (account, type), so the batch is one mutation of one partition: applied whole or not at all, and
 * without the size limit Cassandra puts on batches spanning partitions.
 */
public class CassandraCommitter implements Committer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CassandraObjectStoreDAO objects;
    private final CassandraChangeLog cassandraLog;
    private final ChangeLog changeLog;
    private final AppendTracker tracker;

    /**
     * @param changeLog the change log the engine reads ({@code cassandraLog} itself, or a cache over it)
     * @param tracker   keeps that change log exact when the batch appends to the log beneath it
     */
    public CassandraCommitter(CassandraObjectStoreDAO objects, CassandraChangeLog cassandraLog, ChangeLog changeLog,
                              AppendTracker tracker) {
        this.objects = objects;
        this.cassandraLog = cassandraLog;
        this.changeLog = changeLog;
        this.tracker = tracker;
    }

    /** The change log to read: writes through this committer keep it exact. */
    public ChangeLog changeLog() {
        return changeLog;
    }

    @Override
    public String commit(Commit commit) {
        if (commit.change().isEmpty()) {
            return changeLog.currentState(commit.accountId(), commit.type());
        }
        List<BatchableStatement<?>> writes = new ArrayList<>();
        commit.puts().forEach((id, object) -> writes.add(objects.saveStatement(commit.accountId(), commit.type(), id, json(id, object))));
        commit.deletes().forEach(id -> writes.add(objects.deleteStatement(commit.accountId(), commit.type(), id)));
        return tracker.track(commit.accountId(), commit.type(),
            () -> cassandraLog.appendWith(commit.accountId(), commit.type(), commit.change(), writes));
    }

    private static String json(String id, Object object) {
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("object " + id + " cannot be written as JSON", e);
        }
    }
}
