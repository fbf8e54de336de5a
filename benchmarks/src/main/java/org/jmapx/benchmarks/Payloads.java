package org.jmapx.benchmarks;

import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Realistic JMAP arguments for the micro-benchmarks (JSContact AddressBook, RFC 9610). */
final class Payloads {
    static final String ACCOUNT_ID = "29883977c13473ae7cb7678ef767cbfbaffc8a44a6e463d971d23a65c1dc4af6";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Payloads() {
    }

    /** AddressBook/set arguments: three creations (one shared), two updates (one a deep patch), one destroy. */
    static ObjectNode addressBookSetRequest() {
        ObjectNode arguments = NODES.objectNode();
        arguments.put("accountId", ACCOUNT_ID);
        arguments.putNull("ifInState");
        ObjectNode create = arguments.putObject("create");
        create.set("k1", newBook("Work", "Colleagues and customers", 1, false));
        create.set("k2", newBook("Family", null, 2, false));
        ObjectNode shared = newBook("Team", "Shared with the team – ünïcødé too", 3, true);
        create.set("k3", shared);
        ObjectNode update = arguments.putObject("update");
        update.putObject("ab-0001").put("name", "Personal (renamed)").put("sortOrder", 10);
        update.putObject("ab-0002").putObject("shareWith/alice@example.com")
            .put("mayRead", true).put("mayWrite", true).put("mayShare", false).put("mayDelete", false);
        arguments.putArray("destroy").add("ab-0009");
        return arguments;
    }

    /** AddressBook/get response arguments with 50 address books. */
    static ObjectNode addressBookGetResponse(int count) {
        ObjectNode response = NODES.objectNode();
        response.put("accountId", ACCOUNT_ID);
        response.put("state", "1742");
        ArrayNode list = response.putArray("list");
        for (int i = 0; i < count; i++) {
            list.add(storedBook(i).setAll(myRights(i)));
        }
        response.putArray("notFound");
        return response;
    }

    /** A stored AddressBook (no computed property). */
    static ObjectNode storedBook(int i) {
        ObjectNode book = newBook(String.format(Locale.ROOT, "Address book %02d", i),
            i % 3 == 0 ? null : "Contacts of project " + i + ", synchronised from the CRM", i, i % 5 == 0);
        book.put("id", String.format(Locale.ROOT, "ab-%04d", i));
        book.put("isDefault", i == 0);
        return book;
    }

    static ObjectNode myRights(int i) {
        ObjectNode rights = NODES.objectNode();
        rights.putObject("myRights").put("mayRead", true).put("mayWrite", i % 5 != 0).put("mayShare", i % 5 != 0)
            .put("mayDelete", i != 0);
        return rights;
    }

    private static ObjectNode newBook(String name, String description, int sortOrder, boolean shared) {
        ObjectNode book = NODES.objectNode();
        book.put("name", name);
        if (description == null) {
            book.putNull("description");
        } else {
            book.put("description", description);
        }
        book.put("sortOrder", sortOrder);
        book.put("isSubscribed", true);
        if (shared) {
            ObjectNode shareWith = book.putObject("shareWith");
            shareWith.putObject("bob@example.com").put("mayRead", true).put("mayWrite", true)
                .put("mayShare", false).put("mayDelete", false);
            shareWith.putObject("carol@example.com").put("mayRead", true).put("mayWrite", false)
                .put("mayShare", false).put("mayDelete", false);
        } else {
            book.putNull("shareWith");
        }
        return book;
    }

    static String json(ObjectNode node) {
        try {
            return new ObjectMapper().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
