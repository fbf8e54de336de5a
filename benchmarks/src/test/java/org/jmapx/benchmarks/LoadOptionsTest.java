package org.jmapx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

class LoadOptionsTest {
    @Test
    void defaults() {
        LoadOptions options = LoadOptions.parse(List.of());

        assertThat(options.url()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(options.workload()).isSameAs(Workloads.CORE_ECHO);
        assertThat(options.clients()).isEqualTo(1);
        assertThat(options.maxRequests()).isZero();
    }

    @Test
    void everyOption() {
        LoadOptions options = LoadOptions.parse(List.of("--url", "http://localhost:18080", "--user", "u@d", "--password", "p",
            "--workload", "addressbook-get", "--clients", "4", "--warmup-seconds", "0", "--seconds", "2.5", "--requests", "1000"));

        assertThat(options.url().getPort()).isEqualTo(18080);
        assertThat(options.user()).isEqualTo("u@d");
        assertThat(options.password()).isEqualTo("p");
        assertThat(options.workload()).isSameAs(Workloads.ADDRESSBOOK_GET);
        assertThat(options.clients()).isEqualTo(4);
        assertThat(options.warmup()).isEqualTo(Duration.ZERO);
        assertThat(options.duration()).isEqualTo(Duration.ofMillis(2500));
        assertThat(options.maxRequests()).isEqualTo(1000);
    }

    @Test
    void loopbackOnly() {
        assertThat(LoadOptions.parse(List.of("--url", "http://[::1]:18080")).url().getHost()).isEqualTo("[::1]");
        assertThat(LoadOptions.parse(List.of("--url", "http://127.0.0.2:18080")).url().getPort()).isEqualTo(18080);
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--url", "http://10.0.0.1:8080")))
            .hasMessageContaining("Refusing");
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--url", "http://192.168.1.1:8080")))
            .hasMessageContaining("Refusing");
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--url", "ftp://127.0.0.1/")))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badValues() {
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--clients", "0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--seconds", "0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--seconds"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--frobnicate"))).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--workload", "nope"))).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void workloadBodiesUseTheSessionAccount() {
        Workload.Session session = new Workload.Session() {
            @Override
            public String username() {
                return "u";
            }

            @Override
            public String primaryAccountId(String capability) {
                return capability.equals(Workloads.CONTACTS) ? "acc1" : "other";
            }
        };

        assertThat(Workloads.ADDRESSBOOK_GET.requestBody(session))
            .contains("\"accountId\":\"acc1\"", "\"ids\":null", Workloads.CORE, Workloads.CONTACTS);
        assertThat(Workloads.CORE_ECHO.requestBody(session)).contains("Core/echo");
    }

    @Test
    void responseCheck() {
        List<String> expected = List.of("Core/echo");
        assertThat(JmapHttp.problem(200, bytes("{\"methodResponses\":[[\"Core/echo\",{},\"c0\"]]}"), expected)).isNull();
        assertThat(JmapHttp.problem(200, bytes("{\"methodResponses\":[[\"error\",{\"type\":\"unknownMethod\"},\"c0\"]]}"), expected))
            .startsWith("JMAP method response 'error'");
        assertThat(JmapHttp.problem(400, bytes("{\"type\":\"urn:ietf:params:jmap:error:unknownCapability\"}"), expected))
            .startsWith("HTTP 400");
        assertThat(JmapHttp.problem(200, bytes("<html>"), expected)).startsWith("not JSON");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
