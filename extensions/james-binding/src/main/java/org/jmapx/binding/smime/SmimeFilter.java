package org.jmapx.binding.smime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.service.SmimeRequest;
import org.jmapx.smime.service.SmimeResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 9219 section 4.2 filter conditions, taken out of an Email/query filter so that James evaluates
 * the rest. They are applied to James's result afterwards, which is only equivalent when they are
 * ANDed with the rest: at the top level, or inside top-level AND operators (recursively). Inside OR or
 * NOT the split would change the meaning, so such a filter is rejected with unsupportedFilter.
 */
final class SmimeFilter {
    static final String HAS_SMIME = "hasSmime";
    static final String HAS_VERIFIED_SMIME = "hasVerifiedSmime";
    static final String HAS_VERIFIED_SMIME_AT_DELIVERY = "hasVerifiedSmimeAtDelivery";
    private static final List<String> KEYS = List.of(HAS_SMIME, HAS_VERIFIED_SMIME, HAS_VERIFIED_SMIME_AT_DELIVERY);

    private final List<Predicate<SmimeResult>> conditions = new ArrayList<>();
    private SmimeRequest request = new SmimeRequest(false, false);

    /** Removes the S/MIME conditions from {@code filter} (in place) and returns them. */
    static SmimeFilter extract(JsonNode filter) {
        SmimeFilter smime = new SmimeFilter();
        smime.extractFrom(filter, true);
        return smime;
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    SmimeRequest request() {
        return request;
    }

    List<String> matching(List<String> ids, Map<String, SmimeResult> results) {
        return ids.stream().filter(id -> {
            SmimeResult result = results.getOrDefault(id, SmimeResult.empty());
            return conditions.stream().allMatch(condition -> condition.test(result));
        }).toList();
    }

    private void extractFrom(JsonNode filter, boolean conjunctive) {
        if (filter == null || !filter.isObject()) {
            return;
        }
        if (filter.has("operator")) {
            boolean and = "AND".equals(filter.path("operator").asText());
            filter.path("conditions").forEach(condition -> extractFrom(condition, conjunctive && and));
            return;
        }
        for (String key : KEYS) {
            if (filter.has(key)) {
                if (!conjunctive) {
                    throw new UnsupportedSmimeFilterException(key + " is only supported combined with AND");
                }
                JsonNode value = ((ObjectNode) filter).remove(key);
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException(key + " must be a boolean");
                }
                add(key, value.booleanValue());
            }
        }
    }

    private void add(String key, boolean expected) {
        switch (key) {
            case HAS_SMIME -> {
                request = request.or(SmimeRequest.CURRENT);
                conditions.add(result -> status(result, false).isSmime() == expected);
            }
            case HAS_VERIFIED_SMIME -> {
                request = request.or(SmimeRequest.CURRENT);
                conditions.add(result -> status(result, false).isVerified() == expected);
            }
            default -> {
                request = request.or(SmimeRequest.AT_DELIVERY);
                conditions.add(result -> status(result, true).isVerified() == expected);
            }
        }
    }

    private static SmimeStatus status(SmimeResult result, boolean atDelivery) {
        return (atDelivery ? result.atDelivery() : result.current()).map(v -> v.status()).orElse(SmimeStatus.NONE);
    }
}
