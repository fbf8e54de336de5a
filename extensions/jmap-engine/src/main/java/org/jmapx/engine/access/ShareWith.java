package org.jmapx.engine.access;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.type.PropertyProblem;

/** The shareWith property of a container: its validation, its stored form and the grants it holds. */
final class ShareWith {
    private ShareWith() {
    }

    /** Malformed entries, unknown principals and rights the type does not have, each with its path. */
    static List<PropertyProblem> problems(JsonNode shareWith, RightsModel model, Principals principals, String owner) {
        List<PropertyProblem> problems = new ArrayList<>();
        if (shareWith == null || shareWith.isNull() || shareWith.isMissingNode()) {
            return problems;
        }
        if (!shareWith.isObject()) {
            problems.add(new PropertyProblem(Sharing.SHARE_WITH, "must be a map of Principal ids to rights, or null"));
            return problems;
        }
        shareWith.fields().forEachRemaining(entry -> {
            String path = Sharing.SHARE_WITH + "/" + entry.getKey();
            if (entry.getKey().equals(owner)) {
                problems.add(new PropertyProblem(path, "the owner of the account is not shared with: their rights cannot change"));
            } else if (!principals.exists(entry.getKey())) {
                problems.add(new PropertyProblem(path, "no such Principal"));
            }
            if (!entry.getValue().isObject()) {
                problems.add(new PropertyProblem(path, "must be a rights object"));
                return;
            }
            entry.getValue().fields().forEachRemaining(right -> {
                if (!model.isKey(right.getKey())) {
                    problems.add(new PropertyProblem(path + "/" + right.getKey(), "not a right of this type"));
                } else if (!right.getValue().isBoolean()) {
                    problems.add(new PropertyProblem(path + "/" + right.getKey(), "must be a Boolean"));
                }
            });
        });
        return problems;
    }

    /** Every entry completed over the vocabulary, principals without any right left out, null when empty. */
    static JsonNode normalized(JsonNode shareWith, RightsModel model) {
        Map<String, ObjectNode> grants = grants(shareWith, model);
        if (grants.isEmpty()) {
            return JsonNodeFactory.instance.nullNode();
        }
        ObjectNode normalized = JsonNodeFactory.instance.objectNode();
        grants.forEach(normalized::set);
        return normalized;
    }

    /** The principals granted at least one right, with their complete rights. */
    static Map<String, ObjectNode> grants(JsonNode shareWith, RightsModel model) {
        Map<String, ObjectNode> grants = new LinkedHashMap<>();
        if (shareWith == null || !shareWith.isObject()) {
            return grants;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = shareWith.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (model.grantsAnything(entry.getValue())) {
                grants.put(entry.getKey(), model.complete(entry.getValue()));
            }
        }
        return grants;
    }
}
