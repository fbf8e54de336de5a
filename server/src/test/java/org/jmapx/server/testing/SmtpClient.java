package org.jmapx.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain SMTP client (RFC 5321, no extensions) for the server's SMTP port: one connection, many
 * messages. Shared through the server's test-jar by the integration tests and the mail benchmark.
 */
public final class SmtpClient implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    private final Writer out;

    public SmtpClient(int port) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            expect("220");
            command("HELO client.test", "250");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void send(String from, String to, String subject, String body) {
        command("MAIL FROM:<" + from + ">", "250");
        command("RCPT TO:<" + to + ">", "250");
        command("DATA", "354");
        command("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject
            + "\r\nMessage-ID: <" + java.util.UUID.randomUUID() + "@client.test>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            + body + "\r\n.", "250");
    }

    private void command(String line, String expectedCode) {
        try {
            out.write(line + "\r\n");
            out.flush();
            expect(expectedCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void expect(String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("SMTP connection closed, expected " + code);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(code)) {
            throw new IllegalStateException("SMTP answered '" + line + "', expected " + code);
        }
    }

    @Override
    public void close() {
        try {
            out.write("QUIT\r\n");
            out.flush();
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
