package org.jmapx.contacts.addressbook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.PropertyProblem;

/** The AddressBook/set rules of RFC 9610 2.3 that are the type's own (sharing and the default book are the engine's). */
final class AddressBookSetHooks implements SetHooks {
    static final String ON_DESTROY_REMOVE_CONTENTS = "onDestroyRemoveContents";
    private static final int MAX_NAME_OCTETS = 255;
    private static final long MAX_SORT_ORDER = (1L << 31) - 1;

    private final AddressBookContents contents;

    AddressBookSetHooks(AddressBookContents contents) {
        this.contents = contents;
    }

    @Override
    public List<PropertyProblem> validate(ObjectNode book) {
        List<PropertyProblem> problems = new ArrayList<>();
        JsonNode name = book.path("name");
        if (!name.isTextual() || name.asText().isEmpty()
            || name.asText().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_OCTETS) {
            problems.add(new PropertyProblem("name", "must be a non-empty String of at most 255 octets"));
        }
        JsonNode description = book.path("description");
        if (!description.isNull() && !description.isTextual()) {
            problems.add(new PropertyProblem("description", "must be a String or null"));
        }
        JsonNode sortOrder = book.path("sortOrder");
        if (!sortOrder.isIntegralNumber() || sortOrder.asLong() < 0 || sortOrder.asLong() > MAX_SORT_ORDER) {
            problems.add(new PropertyProblem("sortOrder", "must be an integer in 0..2^31-1"));
        }
        if (!book.path("isSubscribed").isBoolean()) {
            problems.add(new PropertyProblem("isSubscribed", "must be a Boolean"));
        }
        return problems;
    }

    @Override
    public void fillServerSetProperties(String accountId, ObjectNode created) {
        // A new book becomes the default only through onSuccessSetIsDefault (handled by the engine).
        created.put(AddressBookType.IS_DEFAULT, false);
    }

    @Override
    public Optional<SetError> checkDestroy(String accountId, ObjectNode book, ObjectNode arguments) {
        String id = book.get("id").asText();
        if (!removeContents(arguments) && contents.hasContents(accountId, id)) {
            return Optional.of(SetError.of("addressBookHasContents",
                "The AddressBook has ContactCards and onDestroyRemoveContents is false"));
        }
        return Optional.empty();
    }

    /** The cards leave the books before the books are destroyed: never a card in a destroyed book. */
    @Override
    public String commitDestroying(String accountId, Set<String> destroyedIds, ObjectNode arguments, Supplier<String> commit) {
        if (!removeContents(arguments) || destroyedIds.isEmpty()) {
            return commit.get();
        }
        return contents.removeContentsThen(accountId, destroyedIds, commit);
    }

    @Override
    public Set<String> extraArguments() {
        return Set.of(ON_DESTROY_REMOVE_CONTENTS);
    }

    @Override
    public void validateArguments(ObjectNode arguments) throws MethodErrorException {
        JsonNode remove = arguments.get(ON_DESTROY_REMOVE_CONTENTS);
        if (remove != null && !remove.isNull() && !remove.isBoolean()) {
            throw MethodErrorException.invalidArguments(ON_DESTROY_REMOVE_CONTENTS + " must be a Boolean");
        }
    }

    private static boolean removeContents(ObjectNode arguments) {
        return arguments.path(ON_DESTROY_REMOVE_CONTENTS).asBoolean(false);
    }
}
