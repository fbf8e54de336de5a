package org.jmapx.contacts.jscontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.testing.Json;
import org.jmapx.engine.type.PropertyProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JSContactValidationTest {
    private static List<String> invalidPaths(String card) {
        return JSContact.validate(Json.object(card)).stream().map(PropertyProblem::property).toList();
    }

    @ParameterizedTest(name = "{0} should be reported at {1}")
    @CsvSource(delimiter = '|', value = {
        "{'@type': 'Card', 'version': '1.1'}                                          | version",
        "{'@type': 'card'}                                                            | @type",
        "{'uid': 7}                                                                   | uid",
        "{'created': '2022-09-30T14:35:10+02:00'}                                     | created",
        "{'updated': '2022-09-30t14:35:10Z'}                                          | updated",
        "{'kind': ''}                                                                 | kind",
        "{'language': 'not a tag'}                                                    | language",
        "{'kind': 'group', 'members': {'x': false}}                                   | members/x",
        "{'prodId': ''}                                                               | prodId",
        "{'relatedTo': {'x': {'relation': {'friend': 1}}}}                            | relatedTo/x/relation/friend",
        "{'name': {'isOrdered': true}}                                                | name/components",
        "{'name': {'full': 'x', 'defaultSeparator': ' '}}                            | name/defaultSeparator",
        "{'name': {'full': 'x', '@type': 'Nom'}}                                      | name/@type",
        "{'name': {'components': [{'kind': 'given'}]}}                                | name/components/0/value",
        "{'nicknames': {'n': {}}}                                                     | nicknames/n/name",
        "{'organizations': {'o': {'sortAs': 'x'}}}                                    | organizations/o/name",
        "{'organizations': {'o': {'units': [{}]}}}                                    | organizations/o/units/0/name",
        "{'speakToAs': {'pronouns': {'p': {}}}}                                       | speakToAs/pronouns/p/pronouns",
        "{'titles': {'t': {'name': 'x', 'organizationId': 'not an id'}}}              | titles/t/organizationId",
        "{'emails': {'e': {'address': 'a@b', 'pref': 101}}}                           | emails/e/pref",
        "{'emails': {'e': {'address': 'a@b', 'contexts': {'work': 'yes'}}}}           | emails/e/contexts/work",
        "{'emails': {'e!': {'address': 'a@b'}}}                                       | emails/e!",
        "{'emails': []}                                                               | emails",
        "{'phones': {'p': {'number': '1', 'features': {'voice': false}}}}             | phones/p/features/voice",
        "{'preferredLanguages': {'l': {'language': 'en gb'}}}                         | preferredLanguages/l/language",
        "{'calendars': {'c': {'kind': 'calendar'}}}                                   | calendars/c/uri",
        "{'schedulingAddresses': {'s': {}}}                                           | schedulingAddresses/s/uri",
        "{'addresses': {'a': {'components': [{'value': 'x'}]}}}                       | addresses/a/components/0/kind",
        "{'cryptoKeys': {'k': {'uri': ''}}}                                           | cryptoKeys/k/uri",
        "{'directories': {'d': {'uri': 'x', 'listAs': 0}}}                            | directories/d/listAs",
        "{'links': {'l': {'uri': 'x', 'label': 3}}}                                   | links/l/label",
        "{'media': {'m': {'uri': 'x'}}}                                               | media/m/kind",
        "{'media': {'m': {'kind': 'photo'}}}                                          | media/m/uri",
        "{'localizations': {'de': 'x'}}                                               | localizations/de",
        "{'anniversaries': {'a': {'kind': 'birth', 'date': {'calendarScale': 'x'}}}}   | anniversaries/a/date/year",
        "{'anniversaries': {'a': {'kind': 'birth', 'date': {'@type': 'Timestamp'}}}}  | anniversaries/a/date/utc",
        "{'anniversaries': {'a': {'date': {'year': 1990}}}}                           | anniversaries/a/kind",
        "{'keywords': {'k': 1}}                                                       | keywords/k",
        "{'notes': {'n': {'note': 'x', 'author': {}}}}                                | notes/n/author/name",
        "{'personalInfo': {'p': {'kind': 'hobby', 'value': 'x', 'level': 'max'}}}     | personalInfo/p/level",
        "{'nicknames': {'n': {'name': null}}}                                         | nicknames/n/name",
        "{'kind': null}                                                               | kind"
    })
    void eachRuleShouldReportThePathOfTheInvalidProperty(String card, String path) {
        assertThat(invalidPaths(card)).containsExactly(path);
    }

    @Test
    void membersShouldNeedAGroup() {
        assertThat(invalidPaths("{'members': {'u': true}}")).containsExactly("members");
    }

    /** RFC 9553 1.7.3: "extra" is reserved in a Card, whatever its value. */
    @Test
    void theReservedExtraPropertyShouldBeRejectedInACard() {
        assertThat(invalidPaths("{'extra': {'anything': 1}}")).containsExactly("extra");
        assertThat(invalidPaths("{'extra': null}")).containsExactly("extra");
    }

    @Test
    void unknownAndVendorPropertiesShouldBeAcceptedAnywhere() {
        assertThat(invalidPaths("{'futureThing': 1, 'example.com:x': [1], 'emails': {'e': {'address': 'a@b',"
            + " 'example.com:y': {}, 'unknownToo': false}}}")).isEmpty();
    }

    @Test
    void missingMetadataShouldBeValidAndFilledWithTheCurrentVersion() {
        ObjectNode card = Json.object("{}");

        assertThat(JSContact.validate(card)).isEmpty();
        JSContact.fillMandatory(card);

        assertThat(card.get("@type").asText()).isEqualTo("Card");
        assertThat(card.get("version").asText()).isEqualTo("1.0");
        assertThat(card.get("uid").asText()).matches("urn:uuid:[0-9a-f-]{36}");
    }

    @Test
    void utcDateTimesShouldFollowRfc9553Restrictions() {
        assertThat(Rules.isUtcDateTime("2010-10-10T10:10:10.003Z")).isTrue();
        assertThat(Rules.isUtcDateTime("2010-10-10T10:10:10.000Z")).isFalse();
        assertThat(Rules.isUtcDateTime("2010-10-10T10:10:10.30Z")).isFalse();
        assertThat(Rules.isUtcDateTime("2010-13-10T10:10:10Z")).isFalse();
    }
}
