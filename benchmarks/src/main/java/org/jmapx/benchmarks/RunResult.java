package org.jmapx.benchmarks;

import java.util.Locale;
import java.util.Optional;

/** The outcome of one bounded run of one workload. */
public record RunResult(String workload, int clients, LatencyStats latencies, long measuredNanos,
                        long httpErrors, long jmapErrors, long transportErrors, Optional<String> firstError) {

    public long errors() {
        return httpErrors + jmapErrors + transportErrors;
    }

    public boolean failed() {
        return errors() > 0;
    }

    public double requestsPerSecond() {
        return measuredNanos == 0 ? 0 : latencies.count() / (measuredNanos / 1e9);
    }

    public String report() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "workload %s, %d client(s), %.1f s measured: %d requests, %.1f req/s%n",
            workload, clients, measuredNanos / 1e9, latencies.count(), requestsPerSecond()));
        if (latencies.count() > 0) {
            text.append(String.format(Locale.ROOT, "latency ms: p50 %.3f  p95 %.3f  p99 %.3f  max %.3f%n",
                latencies.p50Millis(), latencies.p95Millis(), latencies.p99Millis(), latencies.maxMillis()));
        }
        if (failed()) {
            text.append(String.format(Locale.ROOT,
                "!!!!!!!! ERRORS: %d non-200, %d JMAP error responses, %d transport failures !!!!!!!!%n",
                httpErrors, jmapErrors, transportErrors));
            firstError.ifPresent(error -> text.append("!!!!!!!! first error: ").append(error).append('\n'));
            text.append("!!!!!!!! THIS RUN IS NOT A VALID MEASUREMENT !!!!!!!!\n");
        } else {
            text.append("errors: none (every response was HTTP 200 with the expected method responses)\n");
        }
        return text.toString();
    }
}
