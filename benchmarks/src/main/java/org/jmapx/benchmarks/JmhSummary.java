package org.jmapx.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Summarises a JMH JSON result file ({@code -rf json -rff FILE}) as a Markdown table with, next to
 * JMH's mean, the median and the best measurement iteration. On a shared 2-core machine other
 * processes only ever make an iteration slower, so the best and median iterations are steadier
 * than the mean when comparing two implementations.
 */
public final class JmhSummary {
    private JmhSummary() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: JmhSummary jmh-result.json");
            System.exit(1);
        }
        JsonNode results = new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[0])));
        System.out.println("| benchmark | params | mean | ± error (99.9%) | median iteration | best iteration | unit |");
        System.out.println("|---|---|---:|---:|---:|---:|---|");
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asText().replaceFirst("^.*\\.(\\w+\\.\\w+)$", "$1");
            StringBuilder params = new StringBuilder();
            Iterator<Map.Entry<String, JsonNode>> fields = result.path("params").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                params.append(params.length() == 0 ? "" : ", ").append(field.getKey()).append('=').append(field.getValue().asText());
            }
            JsonNode metric = result.path("primaryMetric");
            List<Double> iterations = new ArrayList<>();
            for (JsonNode fork : metric.path("rawData")) {
                for (JsonNode iteration : fork) {
                    iterations.add(iteration.asDouble());
                }
            }
            iterations.sort(Double::compare);
            double median = iterations.isEmpty() ? Double.NaN : iterations.get((iterations.size() - 1) / 2);
            double best = iterations.isEmpty() ? Double.NaN : iterations.get(0);
            System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %s |%n", benchmark, params,
                metric.path("score").asDouble(), metric.path("scoreError").asDouble(), median, best,
                metric.path("scoreUnit").asText());
        }
    }
}
