package org.jmapx.binding.webpush;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class VapidJwtTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path directory;

    @Test
    void theOriginShouldDropThePathAndTheDefaultPort() {
        assertThat(VapidJwt.origin(URI.create("https://Push.Example.net:443/wpush/v2/abc?x=1"))).isEqualTo("https://push.example.net");
        assertThat(VapidJwt.origin(URI.create("http://127.0.0.1:8081/push/a"))).isEqualTo("http://127.0.0.1:8081");
    }

    @Test
    void theTokenShouldBeAnEs256JwtTheJdkVerifiesWithTheClaimsOfRfc8292() throws Exception {
        VapidKeyPair keys = VapidKeyFile.loadOrGenerate(directory.resolve("k.pem"));
        String token = new VapidJwt(Clock.fixed(NOW, ZoneOffset.UTC))
            .sign(URI.create("https://push.example.net/wpush/abc"), "mailto:ops@example.com", keys);

        String[] parts = token.split("\\.");
        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
        jdk.initVerify(keys.publicKey());
        jdk.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(jdk.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asText()).isEqualTo("ES256");
        assertThat(claims.path("aud").asText()).isEqualTo("https://push.example.net");
        assertThat(claims.path("sub").asText()).isEqualTo("mailto:ops@example.com");
        assertThat(claims.path("exp").asLong()).isEqualTo(NOW.plus(VapidJwt.LIFETIME).getEpochSecond());
    }
}
