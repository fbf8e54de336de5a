package org.jmapx.testing.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CassandraYamlTest {
    @Test
    void tokensOfAClusterAreDistinctAndWithinTheMurmur3Range() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(i -> new BigInteger(CassandraYaml.initialToken(i, 9))))
            .doesNotHaveDuplicates()
            .allMatch(token -> token.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) >= 0
                && token.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0);
    }

    @Test
    void everyNodeListensOnItsOwnAddressAndSeedsFromTheFirst() {
        String yaml = CassandraYaml.render(new NodeAddress(2, 11), 2, Path.of("/data/node2"));

        assertThat(yaml)
            .contains("listen_address: 127.0.0.12\n")
            .contains("rpc_address: 127.0.0.12\n")
            .contains("- seeds: \"127.0.0.11:7000\"")
            .contains("  - /data/node2/data\n");
    }

    @Test
    void keyspaceNameIsAValidCqlIdentifierEvenForLongClassNames() {
        class AVeryLongTestClassNameThatWouldNotFitInTheFortyEightCharactersCassandraAllows {
        }

        assertThat(CassandraExtension.keyspaceName(AVeryLongTestClassNameThatWouldNotFitInTheFortyEightCharactersCassandraAllows.class))
            .hasSizeLessThanOrEqualTo(48)
            .matches("[a-z0-9_]+");
    }
}
