package org.jmapx.benchmarks;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * N closed-loop clients (each sends its next request when the previous answered) repeating one
 * request: a warm-up that is not recorded, then a measured phase bounded in time and, optionally, in
 * request count. Every response is checked; failures are counted in both phases.
 */
public final class LoadRun {
    private LoadRun() {
    }

    public static RunResult run(JmapHttp http, Workload workload, String body, int clients,
                         Duration warmup, Duration measured, long maxRequests) throws InterruptedException {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be >= 1");
        }
        AtomicLong httpErrors = new AtomicLong();
        AtomicLong jmapErrors = new AtomicLong();
        AtomicLong transportErrors = new AtomicLong();
        AtomicLong issued = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        LatencyStats.Recorder[] recorders = new LatencyStats.Recorder[clients];
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] times = new long[2];
        List<Thread> threads = new ArrayList<>();
        HttpRequest request = http.apiRequest(body);
        List<String> expected = workload.expectedMethodNames();

        for (int i = 0; i < clients; i++) {
            LatencyStats.Recorder recorder = new LatencyStats.Recorder();
            recorders[i] = recorder;
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long measureFrom = times[0];
                long stopAt = times[1];
                while (true) {
                    long start = System.nanoTime();
                    if (start >= stopAt) {
                        return;
                    }
                    boolean measuring = start >= measureFrom;
                    if (measuring && maxRequests > 0 && issued.incrementAndGet() > maxRequests) {
                        return;
                    }
                    String problem;
                    try {
                        HttpResponse<byte[]> response = http.send(request);
                        long elapsed = System.nanoTime() - start;
                        problem = JmapHttp.problem(response.statusCode(), response.body(), expected);
                        if (problem == null) {
                            if (measuring) {
                                recorder.record(elapsed);
                            }
                            continue;
                        }
                        (JmapHttp.isHttpProblem(problem) ? httpErrors : jmapErrors).incrementAndGet();
                    } catch (IOException e) {
                        problem = "transport: " + e;
                        transportErrors.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                    firstError.compareAndSet(null, problem);
                }
            }, "load-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long now = System.nanoTime();
        times[0] = now + warmup.toNanos();
        times[1] = times[0] + measured.toNanos();
        go.countDown(); // happens-before: the clients read times[] after await()
        for (Thread thread : threads) {
            thread.join();
        }
        long measuredNanos = Math.max(0, Math.min(System.nanoTime(), times[1]) - times[0]);
        long[][] parts = new long[clients][];
        int total = 0;
        for (int i = 0; i < clients; i++) {
            parts[i] = recorders[i].toArray();
            total += parts[i].length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return new RunResult(workload.name(), clients, LatencyStats.of(all), measuredNanos,
            httpErrors.get(), jmapErrors.get(), transportErrors.get(), Optional.ofNullable(firstError.get()));
    }
}
