package org.jmapx.contacts.card;

import java.time.Instant;
import java.util.Set;

import org.jmapx.engine.query.QueryView;

/**
 * What ContactCard/query needs of one card, computed once when the card enters the query index:
 * exact-match values, timestamps, one normalised search string per searchable field (values joined
 * by {@link SearchText#VALUE_SEPARATOR}), and the sort values of name/given, name/surname and
 * name/surname2 with their default-collation keys.
 */
public record ContactCardView(
    String id, String uid, String kind, Set<String> addressBookIds, Set<String> members,
    Instant created, Instant updated,
    String name, String given, String surname, String surname2, String nickname, String organization,
    String email, String phone, String onlineService, String address, String note, String text,
    SortValue givenSort, SortValue surnameSort, SortValue surname2Sort) implements QueryView {

    @Override
    public java.util.Collection<String> containerIds() {
        return addressBookIds;
    }


    /** A sort value as sent, and its key under the default collation (null when the card has none). */
    public record SortValue(String raw, String defaultKey) {
    }
}
