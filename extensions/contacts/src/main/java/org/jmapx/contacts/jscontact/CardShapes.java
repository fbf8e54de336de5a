package org.jmapx.contacts.jscontact;

import static org.jmapx.contacts.jscontact.Rules.bool;
import static org.jmapx.contacts.jscontact.Rules.id;
import static org.jmapx.contacts.jscontact.Rules.idMap;
import static org.jmapx.contacts.jscontact.Rules.languageTag;
import static org.jmapx.contacts.jscontact.Rules.list;
import static org.jmapx.contacts.jscontact.Rules.nonEmptyString;
import static org.jmapx.contacts.jscontact.Rules.oneOf;
import static org.jmapx.contacts.jscontact.Rules.pref;
import static org.jmapx.contacts.jscontact.Rules.string;
import static org.jmapx.contacts.jscontact.Rules.stringMap;
import static org.jmapx.contacts.jscontact.Rules.trueMap;
import static org.jmapx.contacts.jscontact.Rules.unsignedInt;
import static org.jmapx.contacts.jscontact.Rules.utcDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The object types of RFC 9553 section 2 and their property rules, plus the "blobId" RFC 9610 section 3
 * adds to Media. Only what the RFC states as MUST is enforced; SHOULDs are left to clients.
 */
final class CardShapes {
    static final ObjectShape CARD = card();

    private CardShapes() {
    }

    private static ObjectShape card() {
        ObjectShape address = address();
        return new ObjectShape(JSContact.CARD_TYPE)
            .reserved("extra")
            .optional("version", oneOf(JSContact.VERSION))
            .optional("created", utcDateTime())
            .optional("kind", nonEmptyString())
            .optional("language", languageTag())
            .optional("members", trueMap())
            .optional("prodId", nonEmptyString())
            .optional("relatedTo", stringMap(new ObjectShape("Relation").optional("relation", trueMap())))
            .optional("uid", nonEmptyString())
            .optional("updated", utcDateTime())
            .optional("name", name())
            .optional("nicknames", idMap(new ObjectShape("Nickname")
                .required("name", nonEmptyString()).optional("contexts", trueMap()).optional("pref", pref())))
            .optional("organizations", idMap(organization()))
            .optional("speakToAs", new ObjectShape("SpeakToAs")
                .optional("grammaticalGender", nonEmptyString())
                .optional("pronouns", idMap(new ObjectShape("Pronouns").required("pronouns", nonEmptyString())
                    .optional("contexts", trueMap()).optional("pref", pref()))))
            .optional("titles", idMap(new ObjectShape("Title").required("name", nonEmptyString())
                .optional("kind", nonEmptyString()).optional("organizationId", id())))
            .optional("emails", idMap(contactable("EmailAddress").required("address", nonEmptyString())))
            .optional("onlineServices", idMap(contactable("OnlineService")
                .optional("service", nonEmptyString()).optional("uri", nonEmptyString()).optional("user", nonEmptyString())))
            .optional("phones", idMap(contactable("Phone").required("number", nonEmptyString())
                .optional("features", trueMap())))
            .optional("preferredLanguages", idMap(new ObjectShape("LanguagePref")
                .required("language", languageTag()).optional("contexts", trueMap()).optional("pref", pref())))
            .optional("calendars", idMap(resource("Calendar")))
            .optional("schedulingAddresses", idMap(contactable("SchedulingAddress").required("uri", nonEmptyString())))
            .optional("addresses", idMap(address))
            .optional("cryptoKeys", idMap(resource("CryptoKey")))
            .optional("directories", idMap(resource("Directory").optional("listAs", unsignedInt(1, Long.MAX_VALUE))))
            .optional("links", idMap(resource("Link")))
            .optional("media", idMap(media()))
            .optional("localizations", stringMap(new ObjectShape("PatchObject")))
            .optional("anniversaries", idMap(anniversary(address)))
            .optional("keywords", trueMap())
            .optional("notes", idMap(new ObjectShape("Note").required("note", nonEmptyString())
                .optional("created", utcDateTime())
                .optional("author", new ObjectShape("Author").optional("name", nonEmptyString())
                    .optional("uri", nonEmptyString())
                    .constraint(author -> author.has("name") || author.has("uri"), "name",
                        "an Author needs a name or a uri"))))
            .optional("personalInfo", idMap(new ObjectShape("PersonalInfo").required("kind", nonEmptyString())
                .required("value", nonEmptyString()).optional("level", oneOf("high", "medium", "low"))
                .optional("listAs", unsignedInt(1, Long.MAX_VALUE)).optional("label", nonEmptyString())))
            .constraint(card -> !card.has("members") || "group".equals(card.path("kind").asText()), "members",
                "may only be set when kind is \"group\" (RFC 9553 2.1.6)");
    }

    private static ObjectShape name() {
        return new ObjectShape("Name")
            .optional("components", list(new ObjectShape("NameComponent")
                .required("value", string()).required("kind", nonEmptyString()).optional("phonetic", string())))
            .optional("isOrdered", bool())
            .optional("defaultSeparator", string())
            .optional("full", nonEmptyString())
            .optional("sortAs", stringMap(string()))
            .optional("phoneticScript", nonEmptyString())
            .optional("phoneticSystem", nonEmptyString())
            .constraint(name -> name.has("components") || name.has("full"), "components",
                "a Name needs components or full (RFC 9553 2.2.1.1)")
            .constraint(name -> !name.has("defaultSeparator") || name.path("isOrdered").asBoolean(false),
                "defaultSeparator", "may only be set when isOrdered is true");
    }

    private static ObjectShape organization() {
        return new ObjectShape("Organization")
            .optional("name", nonEmptyString())
            .optional("units", list(new ObjectShape("OrgUnit").required("name", nonEmptyString())
                .optional("sortAs", nonEmptyString())))
            .optional("sortAs", nonEmptyString())
            .optional("contexts", trueMap())
            .constraint(org -> org.has("name") || org.has("units"), "name",
                "an Organization needs a name or units (RFC 9553 2.2.3)");
    }

    private static ObjectShape address() {
        return new ObjectShape("Address")
            .optional("components", list(new ObjectShape("AddressComponent")
                .required("value", string()).required("kind", nonEmptyString()).optional("phonetic", string())))
            .optional("isOrdered", bool())
            .optional("countryCode", nonEmptyString())
            .optional("coordinates", nonEmptyString())
            .optional("timeZone", nonEmptyString())
            .optional("contexts", trueMap())
            .optional("full", nonEmptyString())
            .optional("defaultSeparator", string())
            .optional("pref", pref())
            .optional("phoneticScript", nonEmptyString())
            .optional("phoneticSystem", nonEmptyString());
    }

    private static ObjectShape anniversary(ObjectShape address) {
        return new ObjectShape("Anniversary")
            .required("kind", nonEmptyString())
            .required("date", CardShapes::checkDate)
            .optional("place", address);
    }

    /** A PartialDate, or a Timestamp (which then MUST say "@type": "Timestamp", RFC 9553 2.8.1). */
    private static void checkDate(JsonNode date, String path, Problems problems) {
        if (date.isObject() && "Timestamp".equals(date.path("@type").asText())) {
            new ObjectShape("Timestamp").required("utc", utcDateTime()).check(date, path, problems);
            return;
        }
        new ObjectShape("PartialDate")
            .optional("year", unsignedInt())
            .optional("month", unsignedInt(1, 12))
            .optional("day", unsignedInt(1, 31))
            .optional("calendarScale", nonEmptyString())
            .constraint(d -> d.has("year") || d.has("month"), "year", "a PartialDate needs a year or a month")
            .constraint(d -> !d.has("day") || d.has("month"), "day", "a day needs a month")
            .check(date, path, problems);
    }

    private static ObjectShape contactable(String type) {
        return new ObjectShape(type).optional("contexts", trueMap()).optional("pref", pref())
            .optional("label", nonEmptyString());
    }

    /** The Resource of RFC 9553 1.4.4. */
    private static ObjectShape resource(String type) {
        return contactable(type).required("uri", nonEmptyString())
            .optional("kind", nonEmptyString()).optional("mediaType", nonEmptyString());
    }

    /** Media: a Resource whose uri RFC 9610 3 lets a client replace by a blobId. */
    private static ObjectShape media() {
        return contactable("Media")
            .required("kind", nonEmptyString())
            .optional("uri", nonEmptyString())
            .optional("blobId", id())
            .optional("mediaType", nonEmptyString())
            .constraint(media -> media.has("uri") != media.has("blobId"), "uri",
                "a Media needs exactly one of uri and blobId (RFC 9610 3)");
    }
}
