package org.jmapx.server.cassandra;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;

import com.datastax.dse.driver.api.core.cql.reactive.ReactiveResultSet;
import com.datastax.dse.driver.api.core.cql.reactive.ReactiveRow;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import com.datastax.oss.driver.internal.core.session.SessionWrapper;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Delivers the rows of every reactive query on a worker thread, never on one of the driver's I/O threads.
 *
 * <p>Some James 3.8.1 code blocks in a Reactor chain: Email/import parses the uploaded message from a lazy
 * blob stream, reading the blob's chunks from Cassandra while it parses. When the step before it was a
 * Cassandra read, that chain runs on the driver I/O thread that received the read's answer; the driver has
 * one connection per node, so the chunks' answers must be read by that very thread, which is waiting for
 * them: every import hung for the request timeout ("Query timed out after PT5S"). James's distributed app
 * reads blobs from S3, whose client threads are not the driver's, so it does not meet this. Handing every
 * result to a worker makes any blocking call downstream safe, at the cost of one thread hop per query.
 *
 * <p>The workers come from a cached pool: a worker blocked on a read never waits for a free worker, so
 * nested blocking reads cannot deadlock; idle workers end after 60 s. Their number follows the number of
 * queries whose results are being consumed at once, which the JMAP request limits bound.
 */
final class OffDriverThreadsSession extends SessionWrapper implements CqlSession {
    private final ExecutorService workers;
    private final Scheduler scheduler;

    OffDriverThreadsSession(CqlSession delegate) {
        super(delegate);
        this.workers = Executors.newCachedThreadPool(new WorkerThreads());
        this.scheduler = Schedulers.fromExecutorService(workers, "cassandra-results");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <RequestT extends Request, ResultT> ResultT execute(RequestT request, GenericType<ResultT> resultType) {
        ResultT result = getDelegate().execute(request, resultType);
        if (result instanceof ReactiveResultSet rows) {
            return (ResultT) new HandedOffResultSet(rows, scheduler);
        }
        return result;
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            scheduler.dispose();
            workers.shutdown();
        }
    }

    private record HandedOffResultSet(ReactiveResultSet rows, Scheduler scheduler) implements ReactiveResultSet {
        @Override
        public void subscribe(Subscriber<? super ReactiveRow> subscriber) {
            Flux.from(rows).publishOn(scheduler).subscribe(subscriber);
        }

        @Override
        public Publisher<? extends ColumnDefinitions> getColumnDefinitions() {
            return Mono.from(rows.getColumnDefinitions()).publishOn(scheduler);
        }

        @Override
        public Publisher<? extends ExecutionInfo> getExecutionInfos() {
            return Flux.from(rows.getExecutionInfos()).publishOn(scheduler);
        }

        @Override
        public Publisher<Boolean> wasApplied() {
            return Mono.from(rows.wasApplied()).publishOn(scheduler);
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "cassandra-results-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
