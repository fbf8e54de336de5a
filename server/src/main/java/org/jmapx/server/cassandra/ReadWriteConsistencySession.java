package org.jmapx.server.cassandra;

import java.util.Locale;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import com.datastax.oss.driver.internal.core.session.SessionWrapper;

/**
 * The session James's and JMAPX's DAOs share. The driver has one default consistency level; James's
 * DAOs rely on it for plain reads and writes. This wrapper gives statements that chose neither a
 * consistency level nor an execution profile the configured read level (SELECT) or write level
 * (anything else). Statements that chose (lightweight transactions, James's caching profile, JMAPX's
 * DAOs) are left as they are.
 */
final class ReadWriteConsistencySession extends SessionWrapper implements CqlSession {
    private final ConsistencyLevel read;
    private final ConsistencyLevel write;

    ReadWriteConsistencySession(CqlSession delegate, ConsistencyLevel read, ConsistencyLevel write) {
        super(delegate);
        this.read = read;
        this.write = write;
    }

    @Override
    public <RequestT extends Request, ResultT> ResultT execute(RequestT request, GenericType<ResultT> resultType) {
        if (request instanceof Statement<?> statement && statement.getConsistencyLevel() == null
            && statement.getExecutionProfile() == null && statement.getExecutionProfileName() == null) {
            return getDelegate().execute(statement.setConsistencyLevel(isRead(statement) ? read : write), resultType);
        }
        return getDelegate().execute(request, resultType);
    }

    private static boolean isRead(Statement<?> statement) {
        String query;
        if (statement instanceof BoundStatement bound) {
            query = bound.getPreparedStatement().getQuery();
        } else if (statement instanceof SimpleStatement simple) {
            query = simple.getQuery();
        } else if (statement instanceof BatchStatement) {
            return false;
        } else {
            return false;
        }
        return query.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT");
    }
}
