package org.jmapx.testing.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

class ContactPointsTest {
    @Test
    void parseReadsHostsAndPorts() {
        assertThat(ContactPoints.parse("127.0.0.1:9042, 127.0.0.2:9043").addresses())
            .containsExactly(new InetSocketAddress("127.0.0.1", 9042), new InetSocketAddress("127.0.0.2", 9043));
    }

    @Test
    void parseDefaultsThePortToTheCqlPort() {
        assertThat(ContactPoints.parse("127.0.0.5").addresses()).containsExactly(new InetSocketAddress("127.0.0.5", 9042));
    }

    @Test
    void toStringIsWhatParseReads() {
        String value = "127.0.0.1:9042,127.0.0.2:9042";

        assertThat(ContactPoints.parse(value)).hasToString(value);
    }

    @Test
    void parseRejectsAnEmptyList() {
        assertThatThrownBy(() -> ContactPoints.parse(" , ")).isInstanceOf(IllegalArgumentException.class);
    }
}
