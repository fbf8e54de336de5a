package org.jmapx.testing.cassandra;

import java.math.BigInteger;
import java.nio.file.Path;

/**
 * cassandra.yaml of one node, tuned for tests (values from the JMAPX reference prototype shared/reference/cassandra-local/cassandra-local.sh):
 * one token per node so that a small ring forms in seconds, no bootstrap streaming, tiny caches and
 * memtables so that a 512 MB heap is enough, and no snapshots on truncate/drop so test cleanup is cheap.
 */
final class CassandraYaml {
    private static final BigInteger MIN_TOKEN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger TOKEN_RANGE = BigInteger.TWO.pow(64);

    private CassandraYaml() {
    }

    static String render(NodeAddress node, int clusterSize, Path nodeDir) {
        return """
            cluster_name: jmapx-test
            num_tokens: 1
            initial_token: %s
            auto_bootstrap: false
            partitioner: org.apache.cassandra.dht.Murmur3Partitioner
            authenticator: AllowAllAuthenticator
            authorizer: AllowAllAuthorizer
            role_manager: CassandraRoleManager
            network_authorizer: AllowAllNetworkAuthorizer
            data_file_directories:
              - %2$s/data
            commitlog_directory: %2$s/commitlog
            saved_caches_directory: %2$s/saved_caches
            hints_directory: %2$s/hints
            cdc_raw_directory: %2$s/cdc_raw
            commitlog_sync: periodic
            commitlog_sync_period: 10000ms
            commitlog_segment_size: 8MiB
            commitlog_total_space: 128MiB
            seed_provider:
              - class_name: org.apache.cassandra.locator.SimpleSeedProvider
                parameters:
                  - seeds: "%3$s:%4$d"
            listen_address: %5$s
            rpc_address: %5$s
            storage_port: %4$d
            native_transport_port: %6$d
            start_native_transport: true
            endpoint_snitch: SimpleSnitch
            concurrent_reads: 8
            concurrent_writes: 8
            concurrent_counter_writes: 8
            concurrent_materialized_view_writes: 8
            concurrent_compactors: 1
            memtable_heap_space: 64MiB
            memtable_offheap_space: 64MiB
            key_cache_size: 8MiB
            file_cache_size: 64MiB
            counter_cache_size: 0MiB
            prepared_statements_cache_size: 8MiB
            auto_snapshot: false
            snapshot_before_compaction: false
            incremental_backups: false
            hinted_handoff_enabled: true
            max_hint_window: 3h
            disk_failure_policy: stop
            commit_failure_policy: stop
            read_request_timeout: 10000ms
            range_request_timeout: 10000ms
            write_request_timeout: 10000ms
            cas_contention_timeout: 5000ms
            request_timeout: 20000ms
            user_defined_functions_enabled: false
            materialized_views_enabled: false
            sasi_indexes_enabled: false
            transient_replication_enabled: false
            """.formatted(initialToken(node.index(), clusterSize), nodeDir, node.seed().host(),
            NodeAddress.STORAGE_PORT, node.host(), NodeAddress.CQL_PORT);
    }

    /** Evenly spaced Murmur3 tokens, so that every node owns the same share of the ring. */
    static String initialToken(int index, int clusterSize) {
        if (clusterSize == 1) {
            return "0";
        }
        BigInteger step = TOKEN_RANGE.divide(BigInteger.valueOf(clusterSize));
        return MIN_TOKEN.add(step.multiply(BigInteger.valueOf(index - 1L))).toString();
    }
}
