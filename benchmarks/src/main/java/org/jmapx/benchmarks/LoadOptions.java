package org.jmapx.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/** The options of {@link LoadDriver}; see {@link #USAGE}. */
public record LoadOptions(URI url, String user, String password, Workload workload, int clients,
                          Duration warmup, Duration duration, long maxRequests) {
    public static final String USAGE = String.join("\n",
        "LoadDriver options:",
        "  --url URL              JMAP server origin, loopback only (default http://127.0.0.1:8080)",
        "  --user NAME            Basic auth user (default demo@jmapx.local, the distribution's demo account)",
        "  --password SECRET      Basic auth password (default demo)",
        "  --workload NAME        one of: " + String.join(", ", Workloads.ALL.keySet()) + " (default core-echo)",
        "  --clients N            concurrent closed-loop clients (default 1)",
        "  --warmup-seconds S     unrecorded warm-up (default 5)",
        "  --seconds S            measured duration (default 10)",
        "  --requests N           stop the measured phase after N requests (default: no cap)",
        "Exit status: 0 when every response was a 200 with the expected method responses, 2 otherwise, 1 on bad options.");

    public static LoadOptions parse(List<String> args) {
        URI url = URI.create("http://127.0.0.1:8080");
        String user = "demo@jmapx.local";
        String password = "demo";
        Workload workload = Workloads.CORE_ECHO;
        int clients = 1;
        Duration warmup = Duration.ofSeconds(5);
        Duration duration = Duration.ofSeconds(10);
        long maxRequests = 0;
        Iterator<String> it = args.iterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--url" -> url = URI.create(value(it, option));
                case "--user" -> user = value(it, option);
                case "--password" -> password = value(it, option);
                case "--workload" -> workload = Workloads.byName(value(it, option));
                case "--clients" -> clients = positiveInt(value(it, option), option);
                case "--warmup-seconds" -> warmup = seconds(value(it, option), option, true);
                case "--seconds" -> duration = seconds(value(it, option), option, false);
                case "--requests" -> maxRequests = positiveInt(value(it, option), option);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        Loopback.requireLoopback(url);
        return new LoadOptions(url, user, password, workload, clients, warmup, duration, maxRequests);
    }

    static String value(Iterator<String> it, String option) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }

    static int positiveInt(String value, String option) {
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number: " + value);
        }
        if (parsed < 1) {
            throw new IllegalArgumentException(option + " must be at least 1: " + value);
        }
        return parsed;
    }

    static Duration seconds(String value, String option, boolean zeroAllowed) {
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number of seconds: " + value);
        }
        if (parsed < 0 || (!zeroAllowed && parsed == 0) || parsed > 3600) {
            throw new IllegalArgumentException(option + " must be in " + (zeroAllowed ? "[0" : "(0") + ", 3600]: " + value);
        }
        return Duration.ofMillis(Math.round(parsed * 1000));
    }
}
