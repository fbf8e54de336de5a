package org.jmapx.it.webpush;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A Web Push service (RFC 8030) on a loopback port: it accepts every push with 201 Created and keeps what
 * it received, for the test to check.
 */
final class LocalPushService implements AutoCloseable {
    record Push(String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .findFirst()
                .map(entry -> entry.getValue().get(0))
                .orElse(null);
        }
    }

    private final HttpServer server;
    private final LinkedBlockingQueue<Push> received = new LinkedBlockingQueue<>();

    LocalPushService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(new Push(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body.readAllBytes()));
            }
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next push sent to this path, failing after the timeout. */
    Push next(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Push push = received.poll(200, TimeUnit.MILLISECONDS);
            if (push != null && push.path().equals(path)) {
                return push;
            }
        }
        throw new AssertionError("No push to " + path + " within " + timeout);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
