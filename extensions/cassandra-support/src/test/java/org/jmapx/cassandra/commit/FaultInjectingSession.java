package org.jmapx.cassandra.commit;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;

import com.datastax.dse.driver.api.core.cql.reactive.ReactiveResultSet;
import com.datastax.dse.driver.api.core.cql.reactive.ReactiveRow;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metrics.Metrics;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;

import reactor.core.publisher.Flux;

/**
 * The real Cassandra session with one statement made to fail: the n-th statement executed once armed
 * either never reaches Cassandra, or is applied by Cassandra and its answer lost (a timeout, a crash
 * of the client after the write). Storage stays real; only the outcome of one statement is changed.
 */
final class FaultInjectingSession implements CqlSession {
    enum Fault { NOT_SENT, APPLIED_BUT_ANSWER_LOST }

    private final CqlSession real;
    private final AtomicInteger countdown = new AtomicInteger(0);
    private volatile Fault fault = Fault.NOT_SENT;

    FaultInjectingSession(CqlSession real) {
        this.real = real;
    }

    /** Makes the {@code n}-th statement executed from now (1 = the next one) fail with {@code fault}. */
    void arm(int n, Fault fault) {
        this.fault = fault;
        countdown.set(n);
    }

    void disarm() {
        countdown.set(0);
    }

    @Override
    public <RequestT extends Request, ResultT> ResultT execute(RequestT request, GenericType<ResultT> resultType) {
        if (!(request instanceof Statement<?>) || countdown.get() == 0 || countdown.decrementAndGet() != 0) {
            return real.execute(request, resultType);
        }
        if (fault == Fault.NOT_SENT) {
            throw new IllegalStateException("injected fault: statement not sent");
        }
        ResultT result = real.execute(request, resultType);
        if (result instanceof ReactiveResultSet applied) {
            @SuppressWarnings("unchecked")
            ResultT lost = (ResultT) new AnswerLost(applied);
            return lost;
        }
        throw new IllegalStateException("injected fault: only reactive statements are expected here, got " + resultType);
    }

    /** Runs the statement, then reports a failure instead of its outcome. */
    private record AnswerLost(ReactiveResultSet applied) implements ReactiveResultSet {
        @Override
        public void subscribe(Subscriber<? super ReactiveRow> subscriber) {
            Flux.from(applied).concatWith(Flux.error(new IllegalStateException("injected fault: statement applied, answer lost")))
                .subscribe(subscriber);
        }

        @Override
        public Publisher<? extends ColumnDefinitions> getColumnDefinitions() {
            return applied.getColumnDefinitions();
        }

        @Override
        public Publisher<? extends ExecutionInfo> getExecutionInfos() {
            return applied.getExecutionInfos();
        }

        @Override
        public Publisher<Boolean> wasApplied() {
            return applied.wasApplied();
        }
    }

    @Override
    public String getName() {
        return real.getName();
    }

    @Override
    public Metadata getMetadata() {
        return real.getMetadata();
    }

    @Override
    public boolean isSchemaMetadataEnabled() {
        return real.isSchemaMetadataEnabled();
    }

    @Override
    public CompletionStage<Metadata> setSchemaMetadataEnabled(Boolean newValue) {
        return real.setSchemaMetadataEnabled(newValue);
    }

    @Override
    public CompletionStage<Metadata> refreshSchemaAsync() {
        return real.refreshSchemaAsync();
    }

    @Override
    public CompletionStage<Boolean> checkSchemaAgreementAsync() {
        return real.checkSchemaAgreementAsync();
    }

    @Override
    public DriverContext getContext() {
        return real.getContext();
    }

    @Override
    public Optional<CqlIdentifier> getKeyspace() {
        return real.getKeyspace();
    }

    @Override
    public Optional<Metrics> getMetrics() {
        return real.getMetrics();
    }

    @Override
    public CompletionStage<Void> closeFuture() {
        return real.closeFuture();
    }

    @Override
    public CompletionStage<Void> closeAsync() {
        // the real session belongs to the test extension
        return real.closeFuture();
    }

    @Override
    public CompletionStage<Void> forceCloseAsync() {
        return real.closeFuture();
    }
}
