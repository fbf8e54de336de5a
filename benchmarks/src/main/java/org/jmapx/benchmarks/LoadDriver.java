package org.jmapx.benchmarks;

import java.util.List;

/**
 * A JMAP HTTP load driver in plain Java (java.net.http): repeats one named workload against a
 * running server with N concurrent clients, then prints latency percentiles and throughput.
 * A run in which any response was not a 200 with the expected method response exits with 2.
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/benchmarks.classpath) \
 *   org.jmapx.benchmarks.LoadDriver --url http://127.0.0.1:18080 --workload addressbook-get --clients 4
 * </pre>
 */
public final class LoadDriver {
    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(LoadOptions.USAGE);
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(List.of(args));
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(1);
            return;
        }
        JmapHttp http = new JmapHttp(options.url(), options.user(), options.password());
        String body = options.workload().requestBody(http.session());
        System.out.printf("%s against %s/jmap as %s: %d client(s), %s warm-up, %s measured%s%n",
            options.workload().name(), options.url(), options.user(), options.clients(),
            options.warmup(), options.duration(),
            options.maxRequests() > 0 ? " (at most " + options.maxRequests() + " requests)" : "");
        RunResult result = LoadRun.run(http, options.workload(), body, options.clients(),
            options.warmup(), options.duration(), options.maxRequests());
        System.out.print(result.report());
        if (result.failed()) {
            System.err.println("LOAD RUN FAILED: " + result.errors() + " bad responses (see above)");
            System.exit(2);
        }
    }
}
