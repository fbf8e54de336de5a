package org.jmapx.contacts.addressbook;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.MethodErrorException;

class AddressBookSetTest {
    private final AddressBookFixture books = new AddressBookFixture();

    @Test
    void createShouldFillDefaultsAndServerSetProperties() throws Exception {
        ObjectNode response = books.set("{'create': {'new': {'name': 'Work'}}}");
        String id = response.at("/created/new/id").asText();

        assertThatJson(response).inPath("created.new").isEqualTo(json("{'id': '" + id + "', 'description': null,"
            + " 'sortOrder': 0, 'isDefault': false, 'isSubscribed': true, 'shareWith': null,"
            + " 'myRights': {'mayRead': true, 'mayWrite': true, 'mayShare': true, 'mayDelete': true}}"));
        assertThatJson(books.book(id)).isObject().containsEntry("name", "Work");
    }

    @Test
    void createShouldKeepEveryClientProperty() throws Exception {
        String id = books.create("{'name': 'Work', 'description': 'Colleagues', 'sortOrder': 7, 'isSubscribed': false}");

        assertThatJson(books.book(id)).isObject().containsEntry("description", "Colleagues")
            .containsEntry("sortOrder", 7).containsEntry("isSubscribed", false);
    }

    @Test
    void invalidPropertiesShouldBeNamed() throws Exception {
        String tooLong = "é".repeat(128);
        assertThatJson(books.set("{'create': {'a': {'name': ''}, 'b': {'name': '" + tooLong + "'},"
            + " 'c': {'name': 'x', 'description': 1, 'sortOrder': -1, 'isSubscribed': 'yes'},"
            + " 'd': {'description': 'no name'}, 'e': {'name': 'x', 'sortOrder': 2147483648}}}"))
            .inPath("notCreated").isEqualTo(json("{"
                + "'a': {'type': 'invalidProperties', 'properties': ['name'], 'description': '${json-unit.any-string}'},"
                + "'b': {'type': 'invalidProperties', 'properties': ['name'], 'description': '${json-unit.any-string}'},"
                + "'c': {'type': 'invalidProperties', 'properties': ['description', 'sortOrder', 'isSubscribed'],"
                + " 'description': '${json-unit.any-string}'},"
                + "'d': {'type': 'invalidProperties', 'properties': ['name'], 'description': '${json-unit.any-string}'},"
                + "'e': {'type': 'invalidProperties', 'properties': ['sortOrder'], 'description': '${json-unit.any-string}'}}"));
    }

    @Test
    void aNameOf255OctetsShouldBeAccepted() throws Exception {
        String id = books.create("{'name': '" + "a".repeat(255) + "'}");

        assertThat(books.book(id).get("name").asText()).hasSize(255);
    }

    @Test
    void clientsShouldNotSetIsDefaultOrMyRights() throws Exception {
        assertThatJson(books.set("{'create': {'a': {'name': 'x', 'isDefault': true, 'myRights': {}}}}"))
            .inPath("notCreated.a.properties").isArray().containsExactlyInAnyOrder("isDefault", "myRights");
        assertThatJson(books.set("{'update': {'default': {'isDefault': false}}}"))
            .inPath("notUpdated.default.properties").isEqualTo(json("['isDefault']"));
    }

    @Test
    void theOwnerShouldShareABookAndSeeTheRightsCompleted() throws Exception {
        ObjectNode response = books.set("{'create': {'a': {'name': 'x', 'shareWith': {'bob': {'mayRead': true}}}}}");

        assertThatJson(response).inPath("created.a.shareWith")
            .isEqualTo(json("{'bob': {'mayRead': true, 'mayWrite': false, 'mayShare': false, 'mayDelete': false}}"));
        assertThatJson(books.set("{'update': {'default': {'shareWith': null}}}")).inPath("updated")
            .isEqualTo(json("{'default': null}"));
    }

    @Test
    void updateShouldChangeEveryClientProperty() throws Exception {
        books.set("{'update': {'default': {'name': 'Home', 'description': 'd', 'sortOrder': 3, 'isSubscribed': false}}}");

        assertThatJson(books.book("default")).isObject().containsEntry("name", "Home").containsEntry("description", "d")
            .containsEntry("sortOrder", 3).containsEntry("isSubscribed", false).containsEntry("isDefault", true);
    }

    @Test
    void onSuccessSetIsDefaultShouldMoveTheDefaultAndReportBothBooks() throws Exception {
        String work = books.create("{'name': 'Work'}");

        ObjectNode response = books.set("{'onSuccessSetIsDefault': '" + work + "'}");

        assertThatJson(response).inPath("updated").isEqualTo(json("{"
            + "'" + work + "': {'isDefault': true, 'myRights': {'mayRead': true, 'mayWrite': true, 'mayShare': true, 'mayDelete': false}},"
            + "'default': {'isDefault': false, 'myRights': {'mayRead': true, 'mayWrite': true, 'mayShare': true, 'mayDelete': true}}}"));
        assertThat(books.defaultBookIds()).containsExactly(work);
        assertThatJson(books.changes("{'sinceState': '" + response.get("oldState").asText() + "'}")).inPath("updated")
            .isArray().containsExactlyInAnyOrder(work, "default");
    }

    @Test
    void onSuccessSetIsDefaultShouldAcceptACreationReference() throws Exception {
        ObjectNode response = books.set("{'create': {'w': {'name': 'Work'}}, 'onSuccessSetIsDefault': '#w'}");
        String work = response.at("/created/w/id").asText();

        assertThatJson(response).inPath("created.w.isDefault").isEqualTo(true);
        assertThatJson(response).inPath("updated.default.isDefault").isEqualTo(false);
        assertThat(books.defaultBookIds()).containsExactly(work);
    }

    @Test
    void onSuccessSetIsDefaultShouldBeIgnoredWhenSomethingFailed() throws Exception {
        String work = books.create("{'name': 'Work'}");

        ObjectNode response = books.set("{'create': {'bad': {'name': ''}}, 'onSuccessSetIsDefault': '" + work + "'}");

        assertThatJson(response).inPath("updated").isEqualTo(null);
        assertThat(books.defaultBookIds()).containsExactly("default");
    }

    @Test
    void onSuccessSetIsDefaultShouldSilentlyIgnoreAnUnknownId() throws Exception {
        ObjectNode response = books.set("{'onSuccessSetIsDefault': 'nope'}");

        assertThatJson(response).isObject().containsEntry("updated", null).containsEntry("newState", "1");
        assertThat(books.defaultBookIds()).containsExactly("default");
    }

    @Test
    void onSuccessSetIsDefaultOnTheCurrentDefaultShouldChangeNothing() throws Exception {
        assertThatJson(books.set("{'onSuccessSetIsDefault': 'default'}")).isObject()
            .containsEntry("updated", null).containsEntry("oldState", "1").containsEntry("newState", "1");
    }

    @Test
    void theDefaultBookShouldNotBeDestroyed() throws Exception {
        assertThatJson(books.set("{'destroy': ['default']}")).inPath("notDestroyed.default.type").isEqualTo("forbidden");
        assertThat(books.defaultBookIds()).containsExactly("default");
    }

    @Test
    void aFormerDefaultBookMayBeDestroyed() throws Exception {
        String work = books.create("{'name': 'Work'}");
        books.set("{'onSuccessSetIsDefault': '" + work + "'}");

        assertThatJson(books.set("{'destroy': ['default']}")).inPath("destroyed").isEqualTo(json("['default']"));
        assertThatJson(books.get("{}")).inPath("list[*].id").isEqualTo(json("['" + work + "']"));
    }

    @Test
    void destroyingABookWithContentsShouldBeAddressBookHasContents() throws Exception {
        String work = books.create("{'name': 'Work'}");
        books.contents.nonEmpty.add(work);

        assertThatJson(books.set("{'destroy': ['" + work + "']}")).inPath("notDestroyed." + work + ".type")
            .isEqualTo("addressBookHasContents");
        assertThat(books.contents.removed).isEmpty();
    }

    @Test
    void onDestroyRemoveContentsShouldDestroyTheBookAndRemoveItsCards() throws Exception {
        String work = books.create("{'name': 'Work'}");
        books.contents.nonEmpty.add(work);

        assertThatJson(books.set("{'destroy': ['" + work + "'], 'onDestroyRemoveContents': true}")).inPath("destroyed")
            .isEqualTo(json("['" + work + "']"));
        assertThat(books.contents.removed).containsExactly(work);
    }

    @Test
    void anEmptyBookShouldBeDestroyedWithoutOnDestroyRemoveContents() throws Exception {
        String work = books.create("{'name': 'Work'}");

        assertThatJson(books.set("{'destroy': ['" + work + "']}")).inPath("destroyed").isEqualTo(json("['" + work + "']"));
        assertThat(books.contents.removed).isEmpty();
    }

    @Test
    void malformedExtraArgumentsShouldBeInvalid() {
        assertThat(catchThrowableOfType(() -> books.set("{'onDestroyRemoveContents': 'yes'}"), MethodErrorException.class)
            .type()).isEqualTo("invalidArguments");
        assertThat(catchThrowableOfType(() -> books.set("{'onSuccessSetIsDefault': 3}"), MethodErrorException.class)
            .type()).isEqualTo("invalidArguments");
    }

    @Test
    void unknownPropertiesShouldBeInvalidButVendorPropertiesKept() throws Exception {
        assertThatJson(books.set("{'create': {'a': {'name': 'x', 'color': 'red'}}}"))
            .inPath("notCreated.a.properties").isEqualTo(json("['color']"));
        String id = books.create("{'name': 'x', 'example.com:color': 'red'}");
        assertThat(books.book(id).get("example.com:color").asText()).isEqualTo("red");
    }
}
