package org.jmapx.it;

import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** A JMAP WebSocket client (RFC 8887) with push enabled for some types, collecting the messages it receives. */
public class WebSocketListener implements AutoCloseable {
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    public WebSocketListener(JmapClient client, String... types) throws Exception {
        this.socket = client.webSocket(new Collector()).get(10, TimeUnit.SECONDS);
        StringBuilder dataTypes = new StringBuilder();
        for (String type : types) {
            dataTypes.append(dataTypes.length() == 0 ? "" : ", ").append('"').append(type).append('"');
        }
        socket.sendText("{\"@type\": \"WebSocketPushEnable\", \"dataTypes\": [" + dataTypes + "]}", true)
            .get(10, TimeUnit.SECONDS);
        // James handles a socket's messages in order: once this echo is answered, push is registered
        socket.sendText("{\"@type\": \"Request\", \"id\": \"ready\", \"using\": [\"urn:ietf:params:jmap:core\"],"
            + " \"methodCalls\": [[\"Core/echo\", {}, \"c1\"]]}", true).get(10, TimeUnit.SECONDS);
        if (next(message -> "ready".equals(message.path("requestId").asText()), Duration.ofSeconds(10)) == null) {
            throw new AssertionError("The WebSocket did not answer");
        }
    }

    /** The next message that matches, skipping the others, or null after the timeout. */
    public String next(Predicate<JsonNode> matches, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String next = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next != null && matches.test(JmapClient.parse(next))) {
                return next;
            }
        }
        return null;
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
