package org.jmapx.testing.cassandra;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags Cassandra 4.1 needs on Java 17.
 *
 * <p>Ported from the JMAPX reference prototype shared/reference/cassandra-local/cassandra-local.sh (jpms_opts), which took
 * Cassandra 5.0's conf/jvm17-server.options and added the opens that 4.1 needs: jamm 0.3.2's
 * measureDeep reflects into java.util.concurrent, java.nio and friends, and fails without them.
 */
final class CassandraJvmOptions {
    private static final List<String> EXPORTS = List.of(
        "java.base/jdk.internal.misc", "java.base/jdk.internal.ref", "java.base/jdk.internal.util",
        "java.base/sun.nio.ch", "java.management.rmi/com.sun.jmx.remote.internal.rmi", "java.rmi/sun.rmi.registry",
        "java.rmi/sun.rmi.server", "java.sql/java.sql", "java.base/java.lang.ref", "jdk.unsupported/sun.misc",
        "jdk.compiler/com.sun.tools.javac.file", "jdk.attach/sun.tools.attach");

    private static final List<String> OPENS = List.of(
        "java.base/java.lang.module", "java.base/jdk.internal.loader", "java.base/jdk.internal.ref",
        "java.base/jdk.internal.reflect", "java.base/jdk.internal.math", "java.base/jdk.internal.module",
        "java.base/jdk.internal.util.jar", "jdk.management/com.sun.management.internal", "java.base/sun.nio.ch",
        "java.base/java.io", "java.base/java.lang.reflect", "jdk.compiler/com.sun.tools.javac", "java.base/java.lang",
        "java.base/java.util", "java.management/javax.management", "java.rmi/sun.rmi.transport");

    private static final List<String> JAMM_OPENS = List.of(
        "java.util.concurrent", "java.util.concurrent.atomic", "java.util.concurrent.locks", "java.nio",
        "java.nio.channels", "java.nio.channels.spi", "java.nio.charset", "java.nio.file", "java.net",
        "java.lang.invoke", "java.lang.ref", "java.util.regex", "java.time", "java.math", "java.text",
        "java.security", "java.util.zip", "jdk.internal.misc", "sun.nio.fs", "sun.nio.cs",
        "sun.net.www.protocol.file", "jdk.internal.vm");

    private CassandraJvmOptions() {
    }

    /** Module-system flags, shared by the server and nodetool. */
    static List<String> modules() {
        List<String> options = new ArrayList<>();
        options.add("-Djdk.attach.allowAttachSelf=true");
        EXPORTS.forEach(target -> addPair(options, "--add-exports", target));
        OPENS.forEach(target -> addPair(options, "--add-opens", target));
        JAMM_OPENS.forEach(pkg -> addPair(options, "--add-opens", "java.base/" + pkg));
        options.add("-Dio.netty.tryReflectionSetAccessible=true");
        options.add("-Dio.netty.allocator.useCacheForAllThreads=true");
        options.add("-Dio.netty.allocator.maxOrder=11");
        return options;
    }

    /** Heap and GC of a test node: small and quick to start rather than tuned for throughput. */
    static List<String> server(String heap) {
        return List.of("-Xms" + heap, "-Xmx" + heap, "-Xss256k", "-XX:+UseG1GC", "-XX:+ParallelRefProcEnabled",
            "-XX:MaxTenuringThreshold=1", "-XX:G1HeapRegionSize=16m", "-XX:+ExitOnOutOfMemoryError",
            "-XX:+PerfDisableSharedMem", "-Djava.net.preferIPv4Stack=true");
    }

    private static void addPair(List<String> options, String flag, String target) {
        options.add(flag);
        options.add(target + "=ALL-UNNAMED");
    }
}
