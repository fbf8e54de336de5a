package org.jmapx.binding.mail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.SessionTranslator;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.method.MailboxGetMethod;
import org.apache.james.jmap.method.MailboxQueryMethod;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.SystemMailboxesProvider;
import org.apache.james.metrics.api.MetricFactory;
import org.jmapx.binding.json.JsonBridge;
import org.reactivestreams.Publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Mono;

/**
 * Mailbox/query as RFC 8621 2.3 and RFC 8620 5.5 define it, in place of James 3.8.1's (bound over
 * {@link MailboxQueryMethod}, docs/adr/0006), which requires a filter and knows only {@code role}.
 * Every FilterCondition of 2.3 ({@code parentId}, {@code name}, {@code role}, {@code hasAnyRole},
 * {@code isSubscribed}) and FilterOperator, sorts on {@code sortOrder} and {@code name},
 * {@code sortAsTree}, {@code filterAsTree}, position, anchor, limit and calculateTotal are applied to
 * the mailboxes James's own Mailbox/get returns, so rights, delegation and provisioning stay James's.
 * Results are not tracked: {@code canCalculateChanges} is false, as in James.
 */
public class MailboxQueryOverMailboxGet extends MailboxQueryMethod {
    private static final List<String> READ = List.of("id", "name", "parentId", "role", "sortOrder", "isSubscribed");
    private static final Set<String> CONDITIONS = Set.of("parentId", "name", "role", "hasAnyRole", "isSubscribed");

    private final MailboxGetMethod mailboxGet;
    private final JsonBridge bridge;

    @Inject
    public MailboxQueryOverMailboxGet(SystemMailboxesProvider systemMailboxesProvider, MetricFactory metricFactory,
                                      SessionSupplier sessionSupplier, SessionTranslator sessionTranslator,
                                      MailboxGetMethod mailboxGet, JsonBridge bridge) {
        super(systemMailboxesProvider, metricFactory, sessionSupplier, sessionTranslator);
        this.mailboxGet = mailboxGet;
        this.bridge = bridge;
    }

    /** A request error: the method error type and its description. */
    private static final class QueryError extends RuntimeException {
        private final String type;

        QueryError(String type, String description) {
            super(description, null, false, false);
            this.type = type;
        }
    }

    private record Mailbox(String id, String name, String parentId, String role, long sortOrder, boolean subscribed) {
    }

    @Override
    public Publisher<InvocationWithContext> process(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                    InvocationWithContext invocation, MailboxSession session) {
        Invocation call = invocation.invocation();
        ObjectNode arguments = bridge.toJackson(call.arguments());
        Predicate<Mailbox> filter;
        Comparator<Mailbox> order;
        try {
            if (!arguments.path("accountId").isTextual()) {
                throw new QueryError("invalidArguments", "'/accountId' must be a string");
            }
            filter = filter(arguments.get("filter"));
            order = order(arguments.get("sort"));
            integer(arguments, "position", Long.MIN_VALUE);
            integer(arguments, "anchorOffset", Long.MIN_VALUE);
            integer(arguments, "limit", 0);
        } catch (QueryError e) {
            return Mono.just(new InvocationWithContext(error(call, e.type, e.getMessage()), invocation.processingContext()));
        }
        ObjectNode get = JsonNodeFactory.instance.objectNode();
        get.set("accountId", arguments.get("accountId"));
        get.putNull("ids");
        READ.forEach(get.putArray("properties")::add);
        InvocationWithContext getCall = new InvocationWithContext(new Invocation(new Invocation.MethodName("Mailbox/get"),
            bridge.toPlay(get), call.methodCallId()), invocation.processingContext());
        return Mono.from(mailboxGet.process(capabilities, getCall, session))
            .map(result -> new InvocationWithContext(answer(call, arguments, result.invocation(), filter, order),
                invocation.processingContext()));
    }

    /**
     * James's, unused here. Declared because Scala's covariant Either in the superclass signature is not
     * expressible in Java: the raw type lets javac accept the subclass.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public scala.util.Either getRequest(MailboxSession mailboxSession, Invocation invocation) {
        return super.getRequest(mailboxSession, invocation);
    }

    private Invocation answer(Invocation call, ObjectNode arguments, Invocation got, Predicate<Mailbox> filter, Comparator<Mailbox> order) {
        if (!"Mailbox/get".equals(got.methodName().value())) {
            // accountNotFound, forbidden...: James's answer to the same account
            return new Invocation(got.methodName(), got.arguments(), call.methodCallId());
        }
        Map<String, Mailbox> mailboxes = new HashMap<>();
        for (JsonNode node : bridge.toJackson(got.arguments()).path("list")) {
            Mailbox mailbox = new Mailbox(node.path("id").asText(),
                node.path("name").asText().replace(MailboxNameDots.STORED_DOT, MailboxNameDots.DOT),
                node.path("parentId").isTextual() ? node.path("parentId").asText() : null,
                node.path("role").isTextual() ? node.path("role").asText() : null,
                node.path("sortOrder").asLong(0), node.path("isSubscribed").asBoolean(false));
            mailboxes.put(mailbox.id(), mailbox);
        }
        boolean filterAsTree = arguments.path("filterAsTree").asBoolean(false);
        List<Mailbox> matching = mailboxes.values().stream()
            .filter(mailbox -> filterAsTree ? matchesWithAncestors(mailbox, mailboxes, filter) : filter.test(mailbox))
            .sorted(order)
            .toList();
        if (arguments.path("sortAsTree").asBoolean(false)) {
            matching = asTree(matching);
        }
        List<String> ids = matching.stream().map(Mailbox::id).toList();
        try {
            return response(call, arguments, ids);
        } catch (QueryError e) {
            return error(call, e.type, e.getMessage());
        }
    }

    private Invocation response(Invocation call, ObjectNode arguments, List<String> ids) {
        int total = ids.size();
        long position = integer(arguments, "position", Long.MIN_VALUE);
        JsonNode anchor = arguments.get("anchor");
        int start;
        if (anchor != null && !anchor.isNull()) {
            int index = ids.indexOf(anchor.asText());
            if (index < 0) {
                throw new QueryError("anchorNotFound", "The anchor " + anchor.asText() + " is not in the results");
            }
            start = (int) Math.max(0, Math.min(total, index + integer(arguments, "anchorOffset", Long.MIN_VALUE)));
        } else if (position < 0) {
            start = (int) Math.max(0, total + position);
        } else {
            start = (int) Math.min(total, position);
        }
        JsonNode limitNode = arguments.get("limit");
        int end = limitNode == null || limitNode.isNull() ? total : (int) Math.min(total, start + limitNode.asLong());
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("accountId", arguments.get("accountId"));
        response.put("queryState", Integer.toHexString(ids.hashCode()));
        response.put("canCalculateChanges", false);
        response.put("position", start);
        ArrayNode window = response.putArray("ids");
        ids.subList(start, end).forEach(window::add);
        if (arguments.path("calculateTotal").asBoolean(false)) {
            response.put("total", total);
        }
        return new Invocation(call.methodName(), bridge.toPlay(response), call.methodCallId());
    }

    private static boolean matchesWithAncestors(Mailbox mailbox, Map<String, Mailbox> all, Predicate<Mailbox> filter) {
        Set<String> seen = new LinkedHashSet<>();
        for (Mailbox current = mailbox; current != null && seen.add(current.id()); current = current.parentId() == null
            ? null : all.get(current.parentId())) {
            if (!filter.test(current)) {
                return false;
            }
        }
        return true;
    }

    /** Each mailbox before its children, siblings in the sorted order (a mailbox whose parent is not listed is a root). */
    private static List<Mailbox> asTree(List<Mailbox> sorted) {
        Set<String> listed = new LinkedHashSet<>();
        sorted.forEach(mailbox -> listed.add(mailbox.id()));
        Map<String, List<Mailbox>> children = new HashMap<>();
        List<Mailbox> roots = new ArrayList<>();
        for (Mailbox mailbox : sorted) {
            if (mailbox.parentId() != null && listed.contains(mailbox.parentId())) {
                children.computeIfAbsent(mailbox.parentId(), any -> new ArrayList<>()).add(mailbox);
            } else {
                roots.add(mailbox);
            }
        }
        List<Mailbox> tree = new ArrayList<>();
        roots.forEach(root -> addWithChildren(root, children, tree));
        return tree;
    }

    private static void addWithChildren(Mailbox mailbox, Map<String, List<Mailbox>> children, List<Mailbox> tree) {
        tree.add(mailbox);
        children.getOrDefault(mailbox.id(), List.of()).forEach(child -> addWithChildren(child, children, tree));
    }

    private static Predicate<Mailbox> filter(JsonNode filter) {
        if (filter == null || filter.isNull()) {
            return mailbox -> true;
        }
        if (!filter.isObject()) {
            throw new QueryError("invalidArguments", "'/filter' must be an object or null");
        }
        if (filter.has("operator")) {
            List<Predicate<Mailbox>> conditions = new ArrayList<>();
            if (!filter.path("conditions").isArray()) {
                throw new QueryError("invalidArguments", "a FilterOperator needs 'conditions', an array");
            }
            filter.get("conditions").forEach(condition -> conditions.add(filter(condition)));
            return switch (filter.get("operator").asText()) {
                case "AND" -> mailbox -> conditions.stream().allMatch(condition -> condition.test(mailbox));
                case "OR" -> mailbox -> conditions.stream().anyMatch(condition -> condition.test(mailbox));
                case "NOT" -> mailbox -> conditions.stream().noneMatch(condition -> condition.test(mailbox));
                default -> throw new QueryError("invalidArguments", "operator must be AND, OR or NOT");
            };
        }
        Predicate<Mailbox> all = mailbox -> true;
        for (String property : (Iterable<String>) filter::fieldNames) {
            if (!CONDITIONS.contains(property)) {
                throw new QueryError("unsupportedFilter", "Mailbox/query cannot filter on '" + property + "'");
            }
            all = all.and(condition(property, filter.get(property)));
        }
        return all;
    }

    private static Predicate<Mailbox> condition(String property, JsonNode value) {
        switch (property) {
            case "parentId", "role" -> {
                if (!value.isNull() && !value.isTextual()) {
                    throw new QueryError("invalidArguments", "'" + property + "' must be a string or null");
                }
                String expected = value.isNull() ? null : value.asText();
                return mailbox -> java.util.Objects.equals(expected, "role".equals(property) ? mailbox.role() : mailbox.parentId());
            }
            case "name" -> {
                if (!value.isTextual()) {
                    throw new QueryError("invalidArguments", "'name' must be a string");
                }
                String part = value.asText().toLowerCase(Locale.ROOT);
                return mailbox -> mailbox.name().toLowerCase(Locale.ROOT).contains(part);
            }
            default -> {
                if (!value.isBoolean()) {
                    throw new QueryError("invalidArguments", "'" + property + "' must be a boolean");
                }
                boolean expected = value.asBoolean();
                return "hasAnyRole".equals(property) ? mailbox -> (mailbox.role() != null) == expected
                    : mailbox -> mailbox.subscribed() == expected;
            }
        }
    }

    private static Comparator<Mailbox> order(JsonNode sort) {
        Comparator<Mailbox> byName = Comparator.comparing(mailbox -> mailbox.name().toLowerCase(Locale.ROOT));
        Comparator<Mailbox> byId = Comparator.comparing(Mailbox::id);
        if (sort == null || sort.isNull()) {
            return Comparator.comparingLong(Mailbox::sortOrder).thenComparing(byName).thenComparing(byId);
        }
        if (!sort.isArray()) {
            throw new QueryError("invalidArguments", "'/sort' must be an array or null");
        }
        Comparator<Mailbox> order = (left, right) -> 0;
        for (JsonNode comparator : sort) {
            Comparator<Mailbox> one = switch (comparator.path("property").asText()) {
                case "sortOrder" -> Comparator.comparingLong(Mailbox::sortOrder);
                case "name" -> byName;
                default -> throw new QueryError("unsupportedSort", "Mailbox/query cannot sort on '"
                    + comparator.path("property").asText() + "'");
            };
            order = order.thenComparing(comparator.path("isAscending").asBoolean(true) ? one : one.reversed());
        }
        return order.thenComparing(byId);
    }

    private static long integer(ObjectNode arguments, String name, long minimum) {
        JsonNode value = arguments.get(name);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || value.asLong() < minimum) {
            throw new QueryError("invalidArguments", "'/" + name + "' must be an integer" + (minimum == 0 ? " >= 0" : ""));
        }
        return value.asLong();
    }

    private Invocation error(Invocation call, String type, String description) {
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("type", type).put("description", description);
        return new Invocation(new Invocation.MethodName("error"), bridge.toPlay(error), call.methodCallId());
    }
}
