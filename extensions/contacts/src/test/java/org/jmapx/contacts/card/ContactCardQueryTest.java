package org.jmapx.contacts.card;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jmapx.engine.method.MethodErrorException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactCardQueryTest {
    private final ContactCardFixture cards = new ContactCardFixture();
    private String work;
    private String zoe;
    private String eloise;
    private String diego;
    private String family;
    private String acme;

    @BeforeEach
    void createCards() throws Exception {
        work = cards.addressBook("Work");
        zoe = cards.create("{'uid': 'zoe', 'name': {'components': [{'kind': 'given', 'value': 'Zoë'},"
            + " {'kind': 'surname', 'value': 'Äbel'}], 'full': 'Zoë Äbel'}, 'nicknames': {'n': {'name': 'Zo'}},"
            + " 'emails': {'e': {'address': 'zoe@example.com', 'label': 'home'}}, 'phones': {'p': {'number': '+33 1 23'}},"
            + " 'notes': {'n': {'note': 'Met at the Café'}}}");
        eloise = cards.create("{'uid': 'eloise', 'addressBookIds': {'" + work + "': true},"
            + " 'name': {'components': [{'kind': 'given', 'value': 'Éloïse'}, {'kind': 'surname', 'value': 'Martin'},"
            + " {'kind': 'surname2', 'value': 'Zuñiga'}]}, 'organizations': {'o': {'name': 'ACME Corp'}},"
            + " 'onlineServices': {'x': {'service': 'Mastodon', 'user': '@eloise'}},"
            + " 'addresses': {'a': {'components': [{'kind': 'locality', 'value': 'Besançon'}]}}}");
        diego = cards.create("{'uid': 'diego', 'addressBookIds': {'default': true, '" + work + "': true},"
            + " 'name': {'components': [{'kind': 'given', 'value': 'diego'}, {'kind': 'surname', 'value': 'Rivera'},"
            + " {'kind': 'surname2', 'value': 'Barrientos'}]}, 'addresses': {'a': {'full': '1 Rue de la Paix, Paris'}}}");
        family = cards.create("{'uid': 'family', 'kind': 'group', 'name': {'full': 'The Family'},"
            + " 'members': {'zoe': true, 'diego': true}}");
        acme = cards.create("{'uid': 'acme', 'kind': 'org', 'organizations': {'o': {'name': 'ACME'}}}");
    }

    private List<String> ids(String filter) throws MethodErrorException {
        return ids(filter, "null");
    }

    private List<String> ids(String filter, String sort) throws MethodErrorException {
        JsonNode response = cards.query("{'filter': " + filter + ", 'sort': " + sort + "}");
        return StreamSupport.stream(response.get("ids").spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void exactFiltersShouldMatchInAddressBookUidHasMemberAndKind() throws Exception {
        assertThat(ids("{'inAddressBook': '" + work + "'}")).containsExactlyInAnyOrder(eloise, diego);
        assertThat(ids("{'uid': 'zoe'}")).containsExactly(zoe);
        assertThat(ids("{'uid': 'Zoe'}")).isEmpty();
        assertThat(ids("{'hasMember': 'diego'}")).containsExactly(family);
        assertThat(ids("{'kind': 'group'}")).containsExactly(family);
        assertThat(ids("{'kind': 'individual'}")).containsExactlyInAnyOrder(zoe, eloise, diego);
    }

    @Test
    void textFiltersShouldIgnoreCaseAndAccentsAndReadTheirOwnProperties() throws Exception {
        assertThat(ids("{'name': 'zoe abel'}")).containsExactly(zoe);
        assertThat(ids("{'name/given': 'ELOISE'}")).containsExactly(eloise);
        assertThat(ids("{'name/given': 'martin'}")).isEmpty();
        assertThat(ids("{'name/surname': 'rivera'}")).containsExactly(diego);
        assertThat(ids("{'name/surname2': 'zuniga'}")).containsExactly(eloise);
        assertThat(ids("{'nickname': 'zo'}")).containsExactly(zoe);
        assertThat(ids("{'organization': 'acme'}")).containsExactlyInAnyOrder(eloise, acme);
        assertThat(ids("{'email': 'home'}")).containsExactly(zoe);
        assertThat(ids("{'phone': '+33 1'}")).containsExactly(zoe);
        assertThat(ids("{'onlineService': 'mastodon'}")).containsExactly(eloise);
        assertThat(ids("{'address': 'besancon'}")).containsExactly(eloise);
        assertThat(ids("{'address': 'paix'}")).containsExactly(diego);
        assertThat(ids("{'note': 'cafe'}")).containsExactly(zoe);
        assertThat(ids("{'text': 'acme'}")).containsExactlyInAnyOrder(eloise, acme);
    }

    @Test
    void textShouldNeedEveryTokenAndTreatQuotesAsAPhrase() throws Exception {
        assertThat(ids("{'text': 'rue paris'}")).containsExactly(diego);
        assertThat(ids("{'text': 'rue london'}")).isEmpty();
        assertThat(ids("{'text': '\\\"de la paix\\\"'}")).containsExactly(diego);
        assertThat(ids("{'text': '\\\"la de paix\\\"'}")).isEmpty();
    }

    @Test
    void severalPropertiesOfOneConditionAndOperatorsShouldCombine() throws Exception {
        assertThat(ids("{'inAddressBook': '" + work + "', 'name/given': 'diego'}")).containsExactly(diego);
        assertThat(ids("{'operator': 'OR', 'conditions': [{'uid': 'zoe'}, {'uid': 'acme'}]}"))
            .containsExactlyInAnyOrder(zoe, acme);
        assertThat(ids("{'operator': 'NOT', 'conditions': [{'kind': 'individual'}]}"))
            .containsExactlyInAnyOrder(family, acme);
        assertThat(ids("{'operator': 'AND', 'conditions': [{'text': 'acme'},"
            + " {'operator': 'NOT', 'conditions': [{'kind': 'org'}]}]}")).containsExactly(eloise);
        assertThat(ids("{}")).hasSize(5);
    }

    @Test
    void dateFiltersShouldCompareWithTheServerTimestamps() throws Exception {
        String zoeCreated = cards.card(zoe).get("created").asText();
        String eloiseCreated = cards.card(eloise).get("created").asText();

        assertThat(ids("{'createdBefore': '" + eloiseCreated + "'}")).containsExactly(zoe);
        assertThat(ids("{'createdAfter': '" + eloiseCreated + "'}")).containsExactlyInAnyOrder(eloise, diego, family, acme);
        assertThat(ids("{'updatedBefore': '" + zoeCreated + "'}")).isEmpty();
        cards.set("{'update': {'" + zoe + "': {'nicknames/n/name': 'Zozo'}}}");
        String zoeUpdated = cards.card(zoe).get("updated").asText();
        assertThat(ids("{'updatedAfter': '" + zoeUpdated + "'}")).containsExactly(zoe);
    }

    @Test
    void sortsShouldOrderBothWaysWithCardsLackingTheValueLastWhenAscending() throws Exception {
        assertThat(ids("null", "[{'property': 'name/surname'}]")).startsWith(zoe, eloise, diego);
        assertThat(ids("null", "[{'property': 'name/surname', 'isAscending': false}]")).endsWith(diego, eloise, zoe);
        assertThat(ids("null", "[{'property': 'name/given'}]")).startsWith(diego, eloise, zoe);
        assertThat(ids("null", "[{'property': 'name/surname2'}]")).startsWith(diego, eloise);
        assertThat(ids("null", "[{'property': 'created'}]")).containsExactly(zoe, eloise, diego, family, acme);
        assertThat(ids("null", "[{'property': 'updated', 'isAscending': false}]"))
            .containsExactly(acme, family, diego, eloise, zoe);
    }

    @Test
    void tiesShouldBeBrokenByIdSoThatPagesAreStable() throws Exception {
        List<String> noSurname = ids("{'operator': 'OR', 'conditions': [{'uid': 'family'}, {'uid': 'acme'}]}",
            "[{'property': 'name/surname'}]");

        assertThat(noSurname).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void theOctetCollationShouldBeCaseSensitive() throws Exception {
        assertThat(ids("{'kind': 'individual'}", "[{'property': 'name/given', 'collation': 'i;octet'}]"))
            .containsExactly(zoe, diego, eloise);
    }

    @Test
    void unknownFiltersAndSortsShouldBeRejected() {
        MethodErrorException filter = catchThrowableOfType(() -> ids("{'colour': 'red'}"), MethodErrorException.class);
        MethodErrorException sort = catchThrowableOfType(() -> ids("null", "[{'property': 'uid'}]"), MethodErrorException.class);

        assertThat(filter.type()).isEqualTo("unsupportedFilter");
        assertThat(sort.type()).isEqualTo("unsupportedSort");
    }

    @Test
    void queryChangesShouldReportSortedFilteredChanges() throws Exception {
        JsonNode before = cards.query("{'filter': {'inAddressBook': '" + work + "'}, 'sort': [{'property': 'name/surname'}]}");
        String queryState = before.get("queryState").asText();
        assertThat(before.get("canCalculateChanges").asBoolean()).isTrue();

        cards.set("{'update': {'" + zoe + "': {'addressBookIds/" + work + "': true}}, 'destroy': ['" + diego + "']}");
        JsonNode changes = cards.call("ContactCard/queryChanges", "{'filter': {'inAddressBook': '" + work + "'},"
            + " 'sort': [{'property': 'name/surname'}], 'sinceQueryState': '" + queryState + "', 'calculateTotal': true}");

        assertThatJson(changes).inPath("removed").isArray().containsExactlyInAnyOrder(zoe, diego);
        assertThatJson(changes).inPath("added").isEqualTo(json("[{'id': '" + zoe + "', 'index': 0}]"));
        assertThatJson(changes).inPath("total").isEqualTo(2);
    }

    @Test
    void queryShouldSeeEveryWriteImmediately() throws Exception {
        assertThat(ids("{'name': 'newcomer'}")).isEmpty();

        String id = cards.create("{'name': {'full': 'Newcomer'}}");
        assertThat(ids("{'name': 'newcomer'}")).containsExactly(id);

        cards.set("{'update': {'" + id + "': {'name/full': 'Renamed'}}}");
        assertThat(ids("{'name': 'newcomer'}")).isEmpty();
        assertThat(ids("{'name': 'renamed'}")).containsExactly(id);

        cards.set("{'destroy': ['" + id + "']}");
        assertThat(ids("{'name': 'renamed'}")).isEmpty();
    }
}
