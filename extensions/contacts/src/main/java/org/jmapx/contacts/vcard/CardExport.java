package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Card -> vCard 4.0 lines. Works on a copy of the Card and removes each member once a vCard
 * property represents it exactly; what is left becomes JSPROP (see {@link CardToVCard#jsProps}).
 */
final class CardExport {
    private final ObjectNode original;
    private final ObjectNode rest;
    private final List<VCardLine> lines = new ArrayList<>();
    private final Set<String> usedGroups = new HashSet<>();
    private final Map<String, String> orgGroups = new LinkedHashMap<>();
    /** Which Card member (JSON pointer without the leading "/") each line was written from. */
    private final Map<VCardLine, String> sources = new IdentityHashMap<>();
    private String source = "";
    private final Map<String, String> labelledGroups = new HashMap<>();
    private int groupCounter;

    CardExport(ObjectNode card) {
        this.original = card;
        this.rest = card.deepCopy();
        collectGroups(card);
    }

    List<VCardLine> lines() {
        rest.remove(List.of("@type", "version"));
        text("kind", "KIND");
        text("uid", "UID");
        text("prodId", "PRODID");
        text("language", "LANGUAGE");
        timestamp("created", "CREATED");
        timestamp("updated", "REV");
        source = "name";
        new NameExport(this).export();
        titlesNeedOrgGroups();
        each("nicknames", (id, e) -> simple(id, e, "NICKNAME", "name", null));
        each("organizations", this::organization);
        each("titles", this::title);
        each("media", this::media);
        each("anniversaries", this::anniversary);
        speakToAs();
        each("addresses", (id, e) -> new AddressExport(this).export(id, e));
        each("emails", (id, e) -> simple(id, e, "EMAIL", "address", null));
        each("phones", this::phone);
        each("onlineServices", this::onlineService);
        each("preferredLanguages", (id, e) -> simple(id, e, "LANG", "language", null));
        each("links", (id, e) -> simple(id, e, kindIs(e, "contact") ? "CONTACT-URI" : "URL", "uri", kindIs(e, "contact") ? "contact" : null));
        each("directories", (id, e) -> simple(id, e, kindIs(e, "entry") ? "SOURCE" : "ORG-DIRECTORY", "uri", kindIs(e, "entry") ? "entry" : "directory"));
        each("cryptoKeys", (id, e) -> simple(id, e, "KEY", "uri", null));
        each("schedulingAddresses", (id, e) -> simple(id, e, "CALADRURI", "uri", null));
        each("calendars", (id, e) -> simple(id, e, kindIs(e, "freeBusy") ? "FBURL" : "CALURI", "uri", kindIs(e, "freeBusy") ? "freeBusy" : "calendar"));
        each("personalInfo", this::personalInfo);
        each("notes", this::note);
        each("relatedTo", this::related);
        members();
        keywords();
        vCardProps();
        dropEmpty(rest, original);
        return new ExportFallbacks(original, lines, sources).apply(CardToVCard.jsProps(original, rest, ""));
    }

    // ---- shared helpers (package-private for NameExport and AddressExport)

    ObjectNode rest() {
        return rest;
    }

    void add(VCardLine line) {
        lines.add(line);
        sources.put(line, source);
    }

    static String take(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        node.remove(field);
        return value.asText();
    }

    /** Maps pref, contexts, listAs, mediaType, label and vCardParams of an entry to parameters. */
    String entryParams(ObjectNode entry, Map<String, List<String>> params, List<String> types, Set<String> extraContexts) {
        JsonNode pref = entry.get("pref");
        if (pref != null && pref.isInt()) {
            params.put("PREF", List.of(pref.asText()));
            entry.remove("pref");
        }
        JsonNode listAs = entry.get("listAs");
        if (listAs != null && listAs.isInt()) {
            params.put("INDEX", List.of(listAs.asText()));
            entry.remove("listAs");
        }
        String mediaType = take(entry, "mediaType");
        if (mediaType != null) {
            params.put("MEDIATYPE", List.of(mediaType));
        }
        if (entry.get("contexts") instanceof ObjectNode contexts) {
            for (String context : new ArrayList<>(iterable(contexts))) {
                if (!contexts.get(context).asBoolean(false)) {
                    continue;
                }
                String type = context.equals("private") ? "home" : context.equals("work") ? "work"
                    : extraContexts.contains(context) ? context : null;
                if (type != null) {
                    types.add(type);
                    contexts.remove(context);
                }
            }
            if (contexts.isEmpty()) {
                entry.remove("contexts");
            }
        }
        String group = null;
        if (entry.get("vCardParams") instanceof ObjectNode vCardParams) {
            for (String name : iterable(vCardParams)) {
                JsonNode value = vCardParams.get(name);
                List<String> values = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(v -> values.add(v.asText()));
                } else {
                    values.add(value.asText());
                }
                if (name.equals("group")) {
                    group = values.isEmpty() ? null : values.get(0);
                } else if (name.equals("type")) {
                    types.addAll(values);
                } else {
                    params.computeIfAbsent(name.toUpperCase(Locale.ROOT), key -> new ArrayList<>()).addAll(values);
                }
            }
            entry.remove("vCardParams");
        }
        if (!types.isEmpty()) {
            params.put("TYPE", List.of(String.join(",", types)));
        }
        String label = take(entry, "label");
        if (label != null) {
            if (group == null) {
                group = newGroup();
            }
            // several entries of one group share its X-ABLabel line
            if (!label.equals(labelledGroups.put(group, label))) {
                add(new VCardLine(group, "X-ABLABEL", Map.of(), VCardText.escape(label)));
            }
        }
        return group;
    }

    static List<String> iterable(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Map<String, List<String>> params() {
        return new LinkedHashMap<>();
    }

    // ---- properties

    private interface EntryExport {
        void export(String id, ObjectNode entry);
    }

    private void each(String collection, EntryExport export) {
        if (rest.get(collection) instanceof ObjectNode map) {
            for (String id : iterable(map)) {
                if (map.get(id) instanceof ObjectNode entry) {
                    source = collection + "/" + ExportFallbacks.token(id);
                    export.export(id, entry);
                }
            }
        }
    }

    private static boolean kindIs(ObjectNode entry, String kind) {
        return kind.equals(entry.path("kind").asText(null));
    }

    private void text(String field, String property) {
        source = field;
        String value = take(rest, field);
        if (value != null) {
            add(new VCardLine(null, property, Map.of(), VCardText.escape(value)));
        }
    }

    private void timestamp(String field, String property) {
        source = field;
        JsonNode value = rest.get(field);
        if (value != null && value.isTextual() && VCardDates.utcDateTime(VCardDates.writeUtc(value.asText())) != null
            && VCardDates.utcDateTime(VCardDates.writeUtc(value.asText())).equals(value.asText())) {
            add(new VCardLine(null, property, Map.of(), VCardDates.writeUtc(value.asText())));
            rest.remove(field);
        }
    }

    private void simple(String id, ObjectNode entry, String property, String field, String kind) {
        String value = take(entry, field);
        if (value == null) {
            return; // the whole entry goes to JSPROP
        }
        if (kind != null && kindIs(entry, kind)) {
            entry.remove("kind");
        }
        Map<String, List<String>> params = params();
        params.put("PROP-ID", List.of(id));
        String group = entryParams(entry, params, new ArrayList<>(), Set.of());
        add(new VCardLine(group, property, params, field.equals("uri") ? value : VCardText.escape(value)));
    }

    private void phone(String id, ObjectNode entry) {
        String number = take(entry, "number");
        if (number == null) {
            return;
        }
        List<String> types = new ArrayList<>();
        if (entry.get("features") instanceof ObjectNode features) {
            for (String feature : iterable(features)) {
                if (features.get(feature).asBoolean(false)) {
                    types.add(feature.equals("mobile") ? "cell" : feature);
                    features.remove(feature);
                }
            }
            if (features.isEmpty()) {
                entry.remove("features");
            }
        }
        Map<String, List<String>> params = params();
        params.put("PROP-ID", List.of(id));
        if (number.startsWith("tel:")) {
            params.put("VALUE", List.of("uri"));
        }
        String group = entryParams(entry, params, types, Set.of());
        add(new VCardLine(group, "TEL", params, number.startsWith("tel:") ? number : VCardText.escape(number)));
    }

    private void onlineService(String id, ObjectNode entry) {
        String vCardName = take(entry, "vCardName");
        String uri = take(entry, "uri");
        String user = take(entry, "user");
        Map<String, List<String>> params = params();
        params.put("PROP-ID", List.of(id));
        String service = take(entry, "service");
        if (service != null) {
            params.put("SERVICE-TYPE", List.of(service));
        }
        String value = uri;
        if (uri == null) {
            value = user == null ? "" : user;
            params.put("VALUE", List.of("text"));
        } else if (user != null) {
            params.put("USERNAME", List.of(user));
        }
        String name = "impp".equalsIgnoreCase(vCardName) ? "IMPP"
            : vCardName != null && vCardName.toLowerCase(Locale.ROOT).startsWith("x-") ? vCardName.toUpperCase(Locale.ROOT) : "SOCIALPROFILE";
        if (vCardName != null && name.equals("SOCIALPROFILE") && !vCardName.equalsIgnoreCase("socialprofile")) {
            entry.put("vCardName", vCardName); // unknown source property name: kept through JSPROP
        }
        String group = entryParams(entry, params, new ArrayList<>(), Set.of());
        add(new VCardLine(group, name, params, uri == null ? VCardText.escape(value) : value));
    }

    private void media(String id, ObjectNode entry) {
        String kind = entry.path("kind").asText("photo");
        String property = switch (kind) {
            case "logo" -> "LOGO";
            case "sound" -> "SOUND";
            case "photo" -> "PHOTO";
            default -> null;
        };
        if (property != null && entry.has("kind")) {
            entry.remove("kind");
        } else if (property != null) {
            return; // no kind: PHOTO would come back with kind "photo"; JSPROP keeps it exact
        }
        if (property != null) {
            simple(id, entry, property, "uri", null);
        }
    }

    private void anniversary(String id, ObjectNode entry) {
        String property = switch (entry.path("kind").asText("")) {
            case "birth" -> "BDAY";
            case "death" -> "DEATHDATE";
            case "wedding" -> "ANNIVERSARY";
            default -> null;
        };
        JsonNode date = entry.get("date");
        String text = property == null || date == null ? null : VCardDates.writeAnniversaryDate(date);
        if (text == null) {
            return;
        }
        ObjectNode expected = VCardDates.anniversaryDate(text);
        Map<String, List<String>> params = params();
        params.put("PROP-ID", List.of(id));
        if (date.has("calendarScale") && expected != null && !date.has("utc")) {
            expected.put("calendarScale", date.get("calendarScale").asText());
            params.put("CALSCALE", List.of(date.get("calendarScale").asText()));
        }
        if (!date.equals(expected)) {
            return; // e.g. a Timestamp without @type: JSPROP keeps it verbatim
        }
        entry.remove(List.of("kind", "date"));
        if (entry.get("place") instanceof ObjectNode place && !property.equals("ANNIVERSARY") && place.size() == 1) {
            String full = take(place, "full");
            String coordinates = take(place, "coordinates");
            String placeProperty = property.equals("BDAY") ? "BIRTHPLACE" : "DEATHPLACE";
            if (full != null) {
                add(new VCardLine(null, placeProperty, Map.of(), VCardText.escape(full)));
            } else if (coordinates != null && coordinates.startsWith("geo:")) {
                add(new VCardLine(null, placeProperty, Map.of("VALUE", List.of("uri")), coordinates));
            }
            if (place.isEmpty()) {
                entry.remove("place");
            }
        }
        String group = entryParams(entry, params, new ArrayList<>(), Set.of());
        add(new VCardLine(group, property, params, text));
    }

    private void speakToAs() {
        if (!(rest.get("speakToAs") instanceof ObjectNode speakToAs)) {
            return;
        }
        source = "speakToAs/grammaticalGender";
        String gender = take(speakToAs, "grammaticalGender");
        if (gender != null) {
            add(new VCardLine(null, "GRAMGENDER", Map.of(), gender.toUpperCase(Locale.ROOT)));
        }
        if (speakToAs.get("pronouns") instanceof ObjectNode pronouns) {
            for (String id : iterable(pronouns)) {
                if (pronouns.get(id) instanceof ObjectNode entry && entry.get("pronouns") != null) {
                    source = "speakToAs/pronouns/" + ExportFallbacks.token(id);
                    simple(id, entry, "PRONOUNS", "pronouns", null);
                }
            }
        }
    }

    private void organization(String id, ObjectNode entry) {
        List<List<String>> components = new ArrayList<>();
        List<String> sortAs = new ArrayList<>();
        components.add(List.of(entry.path("name").asText("")));
        sortAs.add(entry.path("sortAs").asText(""));
        JsonNode units = entry.get("units");
        if (units != null) {
            for (JsonNode unit : units) {
                if (!unit.has("name") || unit.size() > (unit.has("sortAs") ? 2 : 1)) {
                    return; // a unit with more than name and sortAs: JSPROP
                }
                components.add(List.of(unit.get("name").asText()));
                sortAs.add(unit.path("sortAs").asText(""));
            }
        }
        entry.remove(List.of("name", "units", "sortAs"));
        Map<String, List<String>> params = params();
        params.put("PROP-ID", List.of(id));
        while (!sortAs.isEmpty() && sortAs.get(sortAs.size() - 1).isEmpty()) {
            sortAs.remove(sortAs.size() - 1);
        }
        if (!sortAs.isEmpty()) {
            params.put("SORT-AS", List.of(String.join(",", sortAs)));
        }
        String group = entryParams(entry, params, new ArrayList<>(), Set.of());
        if (orgGroups.containsKey(id)) {
            group = orgGroups.get(id);
        }
        add(new VCardLine(group, "ORG", params, VCardText.writeStructured(components)));
    }

    private void titlesNeedOrgGroups() {
        if (rest.get("titles") instanceof ObjectNode titles) {
            for (JsonNode title : titles) {
                String orgId = title.path("organizationId").asText(null);
                if (orgId != null && rest.path("organizations").has(orgId) && !orgGroups.containsKey(orgId)) {
                    orgGroups.put(orgId, newGroup());
                }
            }
        }
    }

    private void title(String id, ObjectNode entry) {
        String kind = entry.path("kind").asText("title");
        if (!kind.equals("title") && !kind.equals("role")) {
            return;
        }
        String orgId = entry.path("organizationId").asText(null);
        String name = take(entry, "name");
        if (name == null) {
            return;
        }
        // a missing kind comes back as "title", its default value (RFC 9553 section 2.2.5)
        entry.remove("kind");
        Map<String, List<String>> params = params();
        params.put("PROP-ID", List.of(id));
        String group = entryParams(entry, params, new ArrayList<>(), Set.of());
        if (orgId != null && orgGroups.containsKey(orgId)) {
            group = orgGroups.get(orgId);
            entry.remove("organizationId");
        }
        add(new VCardLine(group, kind.equals("role") ? "ROLE" : "TITLE", params, VCardText.escape(name)));
    }

    private void personalInfo(String id, ObjectNode entry) {
        String kind = entry.path("kind").asText("");
        if (!Set.of("expertise", "hobby", "interest").contains(kind) || !entry.path("value").isTextual()) {
            return;
        }
        entry.remove("kind");
        Map<String, List<String>> params = params();
        String level = take(entry, "level");
        if (level != null) {
            params.put("LEVEL", List.of(kind.equals("expertise") ? switch (level) {
                case "low" -> "beginner";
                case "medium" -> "average";
                case "high" -> "expert";
                default -> level;
            } : level));
        }
        params.put("PROP-ID", List.of(id));
        String value = take(entry, "value");
        String group = entryParams(entry, params, new ArrayList<>(), Set.of());
        add(new VCardLine(group, kind.toUpperCase(Locale.ROOT), params, VCardText.escape(value)));
    }

    private void note(String id, ObjectNode entry) {
        String note = take(entry, "note");
        if (note == null) {
            return;
        }
        Map<String, List<String>> params = params();
        params.put("PROP-ID", List.of(id));
        String created = entry.path("created").asText(null);
        if (created != null && created.equals(VCardDates.utcDateTime(VCardDates.writeUtc(created)))) {
            params.put("CREATED", List.of(VCardDates.writeUtc(created)));
            entry.remove("created");
        }
        if (entry.get("author") instanceof ObjectNode author) {
            String name = take(author, "name");
            String uri = take(author, "uri");
            if (name != null) {
                params.put("AUTHOR-NAME", List.of(name));
            }
            if (uri != null) {
                params.put("AUTHOR", List.of(uri));
            }
            if (author.isEmpty()) {
                entry.remove("author");
            }
        }
        String group = entryParams(entry, params, new ArrayList<>(), Set.of());
        add(new VCardLine(group, "NOTE", params, VCardText.escape(note)));
    }

    private void related(String key, ObjectNode entry) {
        Map<String, List<String>> params = params();
        List<String> types = new ArrayList<>();
        if (entry.get("relation") instanceof ObjectNode relation) {
            for (String type : iterable(relation)) {
                if (relation.get(type).asBoolean(false)) {
                    types.add(type);
                    relation.remove(type);
                }
            }
            if (relation.isEmpty()) {
                entry.remove("relation");
            }
        } else {
            return; // import always writes relation: keep its absence exact through JSPROP
        }
        if (!key.contains(":")) {
            params.put("VALUE", List.of("text"));
        }
        String group = entryParams(entry, params, types, Set.of());
        add(new VCardLine(group, "RELATED", params, VCardText.escape(key)));
    }

    private void members() {
        source = "members";
        if (rest.get("members") instanceof ObjectNode members) {
            for (String uri : iterable(members)) {
                if (members.get(uri).asBoolean(false)) {
                    add(new VCardLine(null, "MEMBER", Map.of(), uri));
                    members.remove(uri);
                }
            }
        }
    }

    private void keywords() {
        source = "keywords";
        if (rest.get("keywords") instanceof ObjectNode keywords) {
            List<String> values = new ArrayList<>();
            for (String keyword : iterable(keywords)) {
                if (keywords.get(keyword).asBoolean(false)) {
                    values.add(keyword);
                    keywords.remove(keyword);
                }
            }
            if (!values.isEmpty()) {
                add(new VCardLine(null, "CATEGORIES", Map.of(), VCardText.writeList(values)));
            }
        }
    }

    private void vCardProps() {
        source = ExportFallbacks.VCARD_PROPS;
        if (!(rest.get("vCardProps") instanceof ArrayNode props)) {
            return;
        }
        for (JsonNode prop : props) {
            if (prop.size() != 4 || prop.get(0).asText().equalsIgnoreCase("version")) {
                continue; // the output is vCard 4.0 whatever the source was
            }
            Map<String, List<String>> params = params();
            String group = null;
            if (prop.get(1) instanceof ObjectNode jcardParams) {
                for (String name : iterable(jcardParams)) {
                    List<String> values = new ArrayList<>();
                    JsonNode value = jcardParams.get(name);
                    if (value.isArray()) {
                        value.forEach(v -> values.add(v.asText()));
                    } else {
                        values.add(value.asText());
                    }
                    if (name.equals("group")) {
                        group = values.isEmpty() ? null : values.get(0);
                    } else {
                        params.put(name.toUpperCase(Locale.ROOT), values);
                    }
                }
            }
            String type = prop.get(2).asText();
            if (!type.equals("unknown")) {
                params.put("VALUE", List.of(type));
            }
            add(new VCardLine(group, prop.get(0).asText().toUpperCase(Locale.ROOT), params, jcardValue(prop.get(3))));
        }
        rest.remove("vCardProps");
    }

    private static String jcardValue(JsonNode value) {
        if (!value.isArray()) {
            return VCardText.escape(value.asText());
        }
        List<List<String>> components = new ArrayList<>();
        for (JsonNode component : value) {
            List<String> values = new ArrayList<>();
            if (component.isArray()) {
                component.forEach(v -> values.add(v.asText()));
            } else {
                values.add(component.asText());
            }
            components.add(values);
        }
        return VCardText.writeStructured(components);
    }

    private String newGroup() {
        String group;
        do {
            group = "item" + ++groupCounter;
        } while (usedGroups.contains(group));
        usedGroups.add(group);
        return group;
    }

    private void collectGroups(JsonNode node) {
        if (node.isObject()) {
            JsonNode group = node.get("group");
            if (group != null && group.isTextual()) {
                usedGroups.add(group.asText());
            }
            node.forEach(this::collectGroups);
        } else if (node.isArray()) {
            node.forEach(this::collectGroups);
        }
    }

    /** Entries and maps emptied by the export are gone, not JSPROP'd; objects that were empty in the Card stay. */
    private static void dropEmpty(ObjectNode node, JsonNode original) {
        for (String field : iterable(node)) {
            if (node.get(field) instanceof ObjectNode child) {
                JsonNode originalChild = original == null ? null : original.get(field);
                dropEmpty(child, originalChild);
                if (child.isEmpty() && originalChild != null && !originalChild.isEmpty()) {
                    node.remove(field);
                }
            }
        }
    }
}
