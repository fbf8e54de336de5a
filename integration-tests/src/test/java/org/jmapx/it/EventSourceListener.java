package org.jmapx.it;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** A client of the session's eventSourceUrl (RFC 8620 7.3), collecting the "data:" lines it receives. */
public class EventSourceListener implements AutoCloseable {
    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    public EventSourceListener(JmapClient client, String types) {
        HttpRequest request = client.request("/eventSource?types=" + types + "&closeAfter=no&ping=0")
            .timeout(Duration.ofMinutes(2))
            .header("Accept", "text/event-stream")
            .GET().build();
        this.response = JmapClient.http().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(lines -> lines.body()
            .filter(line -> line.startsWith("data:"))
            .forEach(line -> data.add(line.substring("data:".length()).trim())));
    }

    /** Waits until the stream is open, so that changes made afterwards are seen. */
    public EventSourceListener awaitOpen() throws Exception {
        int status = response.get(10, TimeUnit.SECONDS).statusCode();
        if (status != 200) {
            throw new AssertionError("eventSource answered HTTP " + status);
        }
        return this;
    }

    /** The next data payload that matches, skipping the others, or null after the timeout. */
    public String next(Predicate<JsonNode> matches, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String next = data.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next != null && matches.test(JmapClient.parse(next))) {
                return next;
            }
        }
        return null;
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(r -> r.body().close());
    }
}
