package org.jmapx.binding.mail;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.apache.james.jmap.api.change.MailboxChangeRepository;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.SessionTranslator;
import org.apache.james.jmap.json.MailboxSerializer;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.method.MailboxGetMethod;
import org.apache.james.jmap.method.MailboxSetCreatePerformer;
import org.apache.james.jmap.method.MailboxSetDeletePerformer;
import org.apache.james.jmap.method.MailboxSetMethod;
import org.apache.james.jmap.method.MailboxSetUpdatePerformer;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.metrics.api.MetricFactory;
import org.jmapx.binding.json.JsonBridge;
import org.reactivestreams.Publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * RFC 8620 5.3: an update may repeat a server-set property with its current value ("the server MUST
 * reject [...] if the value differs"); James 3.8.1's Mailbox/set refuses any server-set property in a
 * patch ("Can not modify server-set properties"), which breaks clients that send back the whole
 * Mailbox they read. The current values are read with James's Mailbox/get and the entries equal to
 * them are taken out of the patch before James's Mailbox/set sees it; a different value still reaches
 * James and is refused. Bound over {@link MailboxSetMethod} (docs/adr/0006).
 */
public class MailboxSetUnchangedServerSet extends MailboxSetMethod {
    // sortOrder is client-settable in RFC 8621 2, but James 3.8.1 treats it as server-set (issue 14, row 15)
    private static final Set<String> SERVER_SET = Set.of("id", "totalEmails", "unreadEmails", "totalThreads", "unreadThreads",
        "myRights", "sortOrder");

    private final MailboxGetMethod mailboxGet;
    private final JsonBridge bridge;

    @Inject
    public MailboxSetUnchangedServerSet(MailboxSerializer serializer, MailboxSetCreatePerformer createPerformer,
                                        MailboxSetDeletePerformer deletePerformer, MailboxSetUpdatePerformer updatePerformer,
                                        MailboxChangeRepository mailboxChangeRepository, MetricFactory metricFactory,
                                        SessionSupplier sessionSupplier, SessionTranslator sessionTranslator,
                                        MailboxGetMethod mailboxGet, JsonBridge bridge) {
        super(serializer, createPerformer, deletePerformer, updatePerformer, mailboxChangeRepository, metricFactory,
            sessionSupplier, sessionTranslator);
        this.mailboxGet = mailboxGet;
        this.bridge = bridge;
    }

    @Override
    public Publisher<InvocationWithContext> process(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                    InvocationWithContext invocation, MailboxSession session) {
        ObjectNode arguments = bridge.toJackson(invocation.invocation().arguments());
        List<String> ids = patchedWithServerSet(arguments.path("update"));
        if (ids.isEmpty() || !arguments.path("accountId").isTextual()) {
            return super.process(capabilities, invocation, session);
        }
        ObjectNode get = JsonNodeFactory.instance.objectNode();
        get.set("accountId", arguments.get("accountId"));
        ArrayNode idArray = get.putArray("ids");
        ids.forEach(idArray::add);
        ArrayNode properties = get.putArray("properties");
        SERVER_SET.forEach(properties::add);
        InvocationWithContext getCall = new InvocationWithContext(new Invocation(new Invocation.MethodName("Mailbox/get"),
            bridge.toPlay(get), invocation.invocation().methodCallId()), invocation.processingContext());
        return Mono.from(mailboxGet.process(capabilities, getCall, session))
            .flatMapMany(current -> {
                withoutUnchanged(arguments.path("update"), bridge.toJackson(current.invocation().arguments()).path("list"));
                InvocationWithContext rewritten = new InvocationWithContext(new Invocation(invocation.invocation().methodName(),
                    bridge.toPlay(arguments), invocation.invocation().methodCallId()), invocation.processingContext());
                return Flux.from(super.process(capabilities, rewritten, session));
            });
    }

    private static List<String> patchedWithServerSet(JsonNode update) {
        List<String> ids = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> patches = update.fields(); patches.hasNext(); ) {
            Map.Entry<String, JsonNode> patch = patches.next();
            if (!patch.getKey().startsWith("#") && patch.getValue().isObject()
                && SERVER_SET.stream().anyMatch(patch.getValue()::has)) {
                ids.add(patch.getKey());
            }
        }
        return ids;
    }

    private static void withoutUnchanged(JsonNode update, JsonNode current) {
        for (JsonNode mailbox : current) {
            if (update.get(mailbox.path("id").asText()) instanceof ObjectNode patch) {
                for (String property : SERVER_SET) {
                    if (patch.has(property) && same(patch.get(property), mailbox.get(property))) {
                        patch.remove(property);
                    }
                }
            }
        }
    }

    /** JSON equality with numbers compared by value (2 and 2.0 are the same count). */
    private static boolean same(JsonNode given, JsonNode current) {
        if (current == null) {
            return false;
        }
        if (given.isNumber() && current.isNumber()) {
            return given.decimalValue().compareTo(current.decimalValue()) == 0;
        }
        if (given.isObject() && current.isObject()) {
            if (given.size() != current.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = given.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!same(field.getValue(), current.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return given.equals(current);
    }

    /**
     * Same as James's. Declared because Scala's covariant Either in the superclass signature is not
     * expressible in Java: the raw type lets javac accept the subclass.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public scala.util.Either getRequest(MailboxSession mailboxSession, Invocation invocation) {
        return super.getRequest(mailboxSession, invocation);
    }
}
