package org.jmapx.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The registry of named workloads; {@code --workload NAME} picks one. */
public final class Workloads {
    public static final String CORE = "urn:ietf:params:jmap:core";
    public static final String CONTACTS = "urn:ietf:params:jmap:contacts";

    /** RFC 8620 Core/echo with a small argument: the server's cheapest method, the baseline. */
    public static final Workload CORE_ECHO = simple("core-echo",
        "Core/echo with a small argument (James's own method: the HTTP + JMAP router baseline)",
        List.of("Core/echo"),
        session -> "{\"using\":[\"" + CORE + "\"],"
            + "\"methodCalls\":[[\"Core/echo\",{\"hello\":\"world\",\"n\":42,\"list\":[1,2,3]},\"c0\"]]}");

    /** AddressBook/get with ids null on the user's own account: a JMAPX engine method end to end. */
    public static final Workload ADDRESSBOOK_GET = simple("addressbook-get",
        "AddressBook/get with ids null on the user's contacts account (JMAPX engine through the James binding)",
        List.of("AddressBook/get"),
        session -> "{\"using\":[\"" + CORE + "\",\"" + CONTACTS + "\"],"
            + "\"methodCalls\":[[\"AddressBook/get\",{\"accountId\":\"" + session.primaryAccountId(CONTACTS)
            + "\",\"ids\":null},\"c0\"]]}");

    public static final Map<String, Workload> ALL = register(CORE_ECHO, ADDRESSBOOK_GET);

    private Workloads() {
    }

    public static Workload byName(String name) {
        Workload workload = ALL.get(name);
        if (workload == null) {
            throw new NoSuchElementException("Unknown workload '" + name + "'; known: " + String.join(", ", ALL.keySet()));
        }
        return workload;
    }

    public static Workload simple(String name, String description, List<String> expectedMethodNames,
                                  Function<Workload.Session, String> body) {
        return new Workload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String requestBody(Session session) {
                return body.apply(session);
            }

            @Override
            public List<String> expectedMethodNames() {
                return expectedMethodNames;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private static Map<String, Workload> register(Workload... workloads) {
        Map<String, Workload> byName = new LinkedHashMap<>();
        for (Workload workload : workloads) {
            if (byName.put(workload.name(), workload) != null) {
                throw new IllegalStateException("Two workloads named " + workload.name());
            }
        }
        return java.util.Collections.unmodifiableMap(byName);
    }
}
