package org.jmapx.contacts.card;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import org.jmapx.engine.query.Collations;

/**
 * The sort properties of RFC 9610 3.3.2 on {@link ContactCardView}s. Cards without the value sort after
 * those with it when ascending (a card without a surname is not "before A"); the engine breaks ties by id.
 */
final class ContactCardSorts {
    private ContactCardSorts() {
    }

    static Optional<Comparator<ContactCardView>> comparator(String property, String collation) {
        return switch (property) {
            case "created" -> Optional.of(instants(ContactCardView::created));
            case "updated" -> Optional.of(instants(ContactCardView::updated));
            case "name/given" -> names(ContactCardView::givenSort, collation);
            case "name/surname" -> names(ContactCardView::surnameSort, collation);
            case "name/surname2" -> names(ContactCardView::surname2Sort, collation);
            default -> Optional.empty();
        };
    }

    private static Comparator<ContactCardView> instants(Function<ContactCardView, Instant> property) {
        return Comparator.comparing(property, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The default collation compares the keys computed at indexing time; others compute keys per comparison. */
    private static Optional<Comparator<ContactCardView>> names(Function<ContactCardView, ContactCardView.SortValue> property,
                                                               String collation) {
        if (collation == null || collation.equals(Collations.DEFAULT)) {
            return Optional.of(Comparator.comparing(view -> key(property.apply(view)),
                Comparator.nullsLast(Collations.codePointOrder())));
        }
        return Collations.forName(collation).map(strings ->
            Comparator.comparing(view -> raw(property.apply(view)), Comparator.nullsLast(strings)));
    }

    private static String key(ContactCardView.SortValue value) {
        return value == null ? null : value.defaultKey();
    }

    private static String raw(ContactCardView.SortValue value) {
        return value == null ? null : value.raw();
    }
}
