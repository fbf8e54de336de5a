package org.jmapx.contacts.card;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class ContactCardSetTest {
    private final ContactCardFixture cards = new ContactCardFixture();

    @Test
    void createShouldFillTheMandatoryMetadataAndReportItInCreated() throws Exception {
        ObjectNode response = cards.set("{'create': {'c': {'name': {'full': 'Joe Bloggs'}}}}");

        assertThatJson(response).inPath("created.c").isEqualTo(json("""
            {"id": "${json-unit.any-string}", "@type": "Card", "version": "1.0",
             "uid": "${json-unit.regex}^urn:uuid:[0-9a-f-]{36}$",
             "created": "2025-01-01T00:00:00Z", "updated": "2025-01-01T00:00:00Z",
             "addressBookIds": {"default": true}}"""));
    }

    @Test
    void getShouldReturnEveryPropertyAsSentInTheSameOrderIncludingUnknownAndVendorOnes() throws Exception {
        String sent = """
            {"@type":"Card","version":"1.0","uid":"u-1","created":"2020-01-01T00:00:00Z","addressBookIds":{"default":true},\
            "name":{"components":[{"kind":"given","value":"Zoë"}],"isOrdered":true,"example.com:x":{"deep":[1,2.5,null]}},\
            "futureProperty":{"any":"thing"},"example.com:flag":true}""";
        String id = cards.create(sent);

        ObjectNode got = cards.card(id);
        got.remove("id");
        got.remove("updated");

        assertThat(ContactCardFixture.MAPPER.writeValueAsString(got)).isEqualTo(sent);
    }

    @Test
    void aWrongTypeOrVersionShouldBeRejectedEvenThoughMissingOnesAreFilled() throws Exception {
        ObjectNode response = cards.set("{'create': {'t': {'@type': 'Group'}, 'v': {'version': '2.0'}, 'u': {'uid': ''}}}");

        assertThatJson(response).inPath("notCreated.t.properties").isEqualTo(json("['@type']"));
        assertThatJson(response).inPath("notCreated.v.properties").isEqualTo(json("['version']"));
        assertThatJson(response).inPath("notCreated.u.properties").isEqualTo(json("['uid']"));
    }

    @Test
    void invalidNestedPropertiesShouldBeNamedByTheirPathWhileValidCardsOfTheCallAreCreated() throws Exception {
        ObjectNode response = cards.set("""
            {'create': {
              'bad': {'emails': {'e1': {'address': 42}, 'bad key': {'address': 'a@b'}}, 'phones': {'p': {'pref': 0}},
                      'name': {'components': [{'value': 'x'}]}, 'created': '2020-01-01T00:00:00.000Z'},
              'good': {'name': {'full': 'Fine'}}}}""");

        assertThatJson(response).inPath("notCreated.bad.type").isEqualTo("invalidProperties");
        assertThatJson(response).inPath("notCreated.bad.properties").isArray().containsExactlyInAnyOrder(
            "emails/e1/address", "emails/bad key", "phones/p/number", "phones/p/pref", "name/components/0/kind",
            "created");
        assertThatJson(response).inPath("created.good.id").isString();
    }

    @Test
    void membersShouldRequireAGroupCard() throws Exception {
        ObjectNode response = cards.set("{'create': {'m': {'members': {'urn:uuid:x': true}}}}");

        assertThatJson(response).inPath("notCreated.m.properties").isEqualTo(json("['members']"));
    }

    @Test
    void addressBookIdsShouldBeNonEmptyExistingAndWithinTheLimit() throws Exception {
        String a = cards.addressBook("A");
        String b = cards.addressBook("B");
        String c = cards.addressBook("C");

        ObjectNode response = cards.set("{'create': {'empty': {'addressBookIds': {}},"
            + " 'unknown': {'addressBookIds': {'nope': true}},"
            + " 'false': {'addressBookIds': {'default': false}},"
            + " 'many': {'addressBookIds': {'default': true, '" + a + "': true, '" + b + "': true, '" + c + "': true}}}}");

        assertThatJson(response).inPath("notCreated.empty.properties").isEqualTo(json("['addressBookIds']"));
        assertThatJson(response).inPath("notCreated.unknown.properties").isEqualTo(json("['addressBookIds/nope']"));
        assertThatJson(response).inPath("notCreated.false.properties").isEqualTo(json("['addressBookIds/default']"));
        assertThatJson(response).inPath("notCreated.many.properties").isEqualTo(json("['addressBookIds']"));
    }

    @Test
    void aSecondCardWithTheSameUidShouldBeAlreadyExistsInTheStoreAndWithinOneCall() throws Exception {
        String first = cards.create("{'uid': 'same'}");

        ObjectNode again = cards.set("{'create': {'x': {'uid': 'same'}}}");
        ObjectNode twice = cards.set("{'create': {'y': {'uid': 'other'}, 'z': {'uid': 'other'}}}");

        assertThatJson(again).inPath("notCreated.x").isEqualTo(json("{'type': 'alreadyExists', 'existingId': '"
            + first + "', 'description': '${json-unit.any-string}'}"));
        assertThatJson(twice).inPath("notCreated.z.existingId").isEqualTo(twice.at("/created/y/id").asText());
    }

    @Test
    void uidShouldBeImmutable() throws Exception {
        String id = cards.create("{'uid': 'u'}");

        ObjectNode response = cards.set("{'update': {'" + id + "': {'uid': 'v'}}}");

        assertThatJson(response).inPath("notUpdated." + id + ".properties").isEqualTo(json("['uid']"));
    }

    @Test
    void aCardLargerThanTheMaximumShouldBeTooLargeAndOthersStillCreated() throws Exception {
        String big = "x".repeat(5000);

        ObjectNode response = cards.set("{'create': {'big': {'notes': {'n': {'note': '" + big + "'}}}, 'small': {}}}");

        assertThatJson(response).inPath("notCreated.big.type").isEqualTo("tooLarge");
        assertThatJson(response).inPath("created.small.id").isString();
    }

    @Test
    void aPatchMakingTheCardInvalidShouldBeRejectedAndLeaveTheCardUntouched() throws Exception {
        String id = cards.create("{'name': {'full': 'Before'}, 'emails': {'e': {'address': 'a@example.com'}}}");
        ObjectNode before = cards.card(id);
        String state = cards.state();

        ObjectNode invalidValue = cards.set("{'update': {'" + id + "': {'name/full': 'After', 'emails/e/address': null}}}");
        ObjectNode mandatoryRemoved = cards.set("{'update': {'" + id + "': {'name/full': 'After', 'version': null,"
            + " 'addressBookIds/default': null}}}");

        assertThatJson(invalidValue).inPath("notUpdated." + id + ".properties").isEqualTo(json("['emails/e/address']"));
        assertThatJson(mandatoryRemoved).inPath("notUpdated." + id + ".properties").isArray()
            .containsExactlyInAnyOrder("version", "addressBookIds");
        assertThat(cards.card(id)).isEqualTo(before);
        assertThat(cards.state()).isEqualTo(state);
    }

    @Test
    void anUpdateShouldMoveUpdatedAndReportIt() throws Exception {
        String id = cards.create("{'name': {'full': 'A'}}");
        String createdAt = cards.card(id).get("updated").asText();

        ObjectNode response = cards.set("{'update': {'" + id + "': {'name/full': 'B'}}}");

        String updatedAt = cards.card(id).get("updated").asText();
        assertThat(updatedAt).isGreaterThan(createdAt);
        assertThatJson(response).inPath("updated." + id).isEqualTo(json("{'updated': '" + updatedAt + "'}"));
    }

    @Test
    void mediaBlobIdsShouldNameAnUploadedImageAndGetItsMediaType() throws Exception {
        cards.blobs.put("uploads-photo", "image/png");
        cards.blobs.put("uploads-text", "text/plain");

        ObjectNode response = cards.set("{'create': {"
            + "'ok': {'media': {'p': {'kind': 'photo', 'blobId': 'uploads-photo'}}},"
            + "'missing': {'media': {'p': {'kind': 'photo', 'blobId': 'uploads-nope'}}},"
            + "'text': {'media': {'p': {'kind': 'photo', 'blobId': 'uploads-text'}}},"
            + "'both': {'media': {'p': {'kind': 'photo', 'blobId': 'uploads-photo', 'uri': 'https://x'}}}}}");

        assertThatJson(response).inPath("created.ok.media").isEqualTo(json(
            "{'p': {'kind': 'photo', 'blobId': 'uploads-photo', 'mediaType': 'image/png'}}"));
        assertThatJson(response).inPath("notCreated.missing.properties").isEqualTo(json("['media/p/blobId']"));
        assertThatJson(response).inPath("notCreated.text.properties").isEqualTo(json("['media/p/blobId']"));
        assertThatJson(response).inPath("notCreated.both.properties").isEqualTo(json("['media/p/uri']"));
    }

    @Test
    void theRfc9610ExampleCardShouldBeAcceptedAsSent() throws Exception {
        ObjectNode example = (ObjectNode) ContactCardFixture.MAPPER.readTree(Resources.read("rfc-examples/rfc9610-002-card.json"));
        example.remove("id");
        example.putObject("addressBookIds").put("default", true);

        String id = cards.create(example);

        ObjectNode got = cards.card(id);
        example.fields().forEachRemaining(field -> assertThat(got.get(field.getKey())).isEqualTo(field.getValue()));
    }

    @Test
    void theRfc9553ExamplesShouldBeValidCards() throws Exception {
        for (String example : new String[] {"rfc-examples/rfc9553-006.json", "rfc-examples/rfc9553-fragments-card.json"}) {
            ObjectNode card = (ObjectNode) ContactCardFixture.MAPPER.readTree(Resources.read(example));
            card.remove("uid");

            assertThat(org.jmapx.contacts.jscontact.JSContact.validate(card)).as(example).isEmpty();
        }
    }

    @Test
    void maxAddressBooksPerCardShouldBeAdvertisedAsConfigured() {
        assertThat(new org.jmapx.contacts.addressbook.ContactsCapability(OptionalInt.of(3)).accountCapability("a")
            .get("maxAddressBooksPerCard").asInt()).isEqualTo(3);
    }
}
