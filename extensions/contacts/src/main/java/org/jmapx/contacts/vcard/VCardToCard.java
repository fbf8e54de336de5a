package org.jmapx.contacts.vcard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jmapx.contacts.jscontact.JSContact;
import org.jmapx.engine.type.PropertyProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * vCard 2.1 / 3.0 / 4.0 -> JSContact Card (RFC 9555 section 2). Properties without a JSContact
 * equivalent go to vCardProps, parameters without one to vCardParams, and JSPROP lines are applied
 * last as a PatchObject, so a Card exported by {@link CardToVCard} comes back unchanged.
 */
public final class VCardToCard {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Registered vCard properties that JSContact has no property for: their vCardProps value type is "text". */
    private static final Set<String> KNOWN_UNMAPPED = Set.of("VERSION", "GENDER", "CLIENTPIDMAP", "XML", "LABEL", "AGENT",
        "MAILER", "CLASS", "NAME", "SORT-STRING", "PROFILE");

    /** Values that are nothing at all: a JSContact object made of them would be invalid and say nothing. */
    private static final Set<String> DROPPED_WHEN_EMPTY = Set.of("KIND", "UID", "PRODID", "GRAMGENDER", "PRONOUNS",
        "PHOTO", "LOGO", "SOUND", "KEY", "EMAIL", "TEL", "IMPP", "SOCIALPROFILE", "X-SOCIALPROFILE", "LANG", "CONTACT-URI",
        "URL", "SOURCE", "ORG-DIRECTORY", "CALADRURI", "CALURI", "FBURL", "MEMBER", "ORG", "TITLE", "ROLE", "RELATED",
        "EXPERTISE", "HOBBY", "INTEREST", "NOTE");

    /** @throws VCardFormatException when the card is broken (see {@link ParsedVCard#problems()}) */
    public ObjectNode convert(ParsedVCard vcard) {
        return convertLeniently(vcard).card();
    }

    /**
     * The Card and what was done to keep it: empty values left out, properties JSContact cannot hold
     * as they are kept in vCardProps instead (see docs/contacts-vcard.md, "Lenient import").
     *
     * @throws VCardFormatException when the card is broken (see {@link ParsedVCard#problems()})
     */
    public ConvertedCard convertLeniently(ParsedVCard vcard) {
        if (vcard.isBroken()) {
            throw new VCardFormatException(String.join("; ", vcard.problems()));
        }
        Conversion conversion = new Conversion(vcard.lines(), vcard.version());
        ObjectNode card = conversion.run();
        List<String> warnings = new ArrayList<>(vcard.warnings());
        warnings.addAll(conversion.warnings);
        return new ConvertedCard(card, warnings);
    }

    private static final class Conversion {
        private final List<VCardLine> lines;
        private final String version;
        private final CardBuilder builder = new CardBuilder();
        private final ObjectNode card = builder.card();
        private final LanguageAlternatives languages;
        private final Map<String, String> labels = new HashMap<>();
        private final Set<String> orgGroups = new HashSet<>();
        private final Map<String, String> orgIdByGroup = new HashMap<>();
        private final List<VCardLine> deferred = new ArrayList<>();

        private final String derivedUid;
        /** The line as read, before the converter consumed its parameters: what vCardProps keeps when an entry cannot be. */
        private final Map<VCardLine, VCardLine> originals = new IdentityHashMap<>();
        private final List<String> warnings = new ArrayList<>();

        Conversion(List<VCardLine> read, String version) {
            this.lines = new ArrayList<>();
            for (VCardLine line : read) {
                VCardLine copy = line.copy();
                lines.add(copy);
                originals.put(copy, line);
            }
            this.derivedUid = derivedUid(lines);
            this.version = version;
            this.languages = new LanguageAlternatives(lines);
            Set<String> groupsWithOrg = new HashSet<>();
            Set<String> groupsWithTitle = new HashSet<>();
            for (VCardLine line : lines) {
                if (line.group() == null) {
                    continue;
                }
                switch (line.name()) {
                    case "X-ABLABEL" -> labels.put(line.group(), VCardText.unescape(line.value()));
                    case "ORG" -> groupsWithOrg.add(line.group());
                    case "TITLE", "ROLE" -> groupsWithTitle.add(line.group());
                    default -> { }
                }
            }
            groupsWithOrg.retainAll(groupsWithTitle);
            orgGroups.addAll(groupsWithOrg);
        }

        ObjectNode run() {
            card.put("@type", "Card");
            card.put("version", "1.0");
            if (version != null) {
                builder.vCardProps().addArray().add("version").add(card.objectNode()).add("text").add(version);
            }
            if (languages.language() != null) {
                card.put("language", languages.language());
            }
            for (VCardLine line : lines) {
                if (!languages.isAlternative(line)) {
                    convertLine(line);
                }
            }
            linkTitles();
            deferred.stream().filter(line -> !line.name().equals("JSPROP")).forEach(this::convertDeferred);
            languages.alternatives().forEach(this::localize);
            if (card.get("name") instanceof ObjectNode name && name.isEmpty()) {
                card.remove("name"); // "N:;;;;" and an empty FN: a card without name
            }
            // before JSPROP: the patch written by an export restores vCardProps exactly as it was
            new InvalidEntries().keepInVCardProps();
            deferred.stream().filter(line -> line.name().equals("JSPROP")).forEach(this::applyJsProp);
            if (!card.has("uid")) {
                card.put("uid", derivedUid);
            }
            return card;
        }

        private void convertLine(VCardLine line) {
            if ("TRUE".equalsIgnoreCase(line.param("DERIVED"))) {
                return; // RFC 9555 section 2.3.7: derived values are recomputed from the Card
            }
            String value = line.value();
            if (DROPPED_WHEN_EMPTY.contains(line.name()) && isEmpty(line)) {
                warnings.add("empty " + line.name() + " left out");
                return;
            }
            switch (line.name()) {
                case "KIND" -> topLevel(line, "kind", value.trim().toLowerCase(Locale.ROOT));
                case "LANGUAGE" -> builder.registerPointer(line, "language"); // read by LanguageAlternatives
                case "UID" -> topLevel(line, "uid", VCardText.unescape(value.trim()));
                case "PRODID" -> topLevel(line, "prodId", VCardText.unescape(value));
                case "CREATED" -> timestamp(line, "created");
                case "REV" -> timestamp(line, "updated");
                case "FN" -> fullName(line);
                case "N" -> name(line);
                case "NICKNAME" -> nicknames(line);
                case "PHOTO" -> media(line, "photo", "PHOTO");
                case "LOGO" -> media(line, "logo", "LOGO");
                case "SOUND" -> media(line, "sound", "SOUND");
                case "BDAY" -> anniversary(line, "birth");
                case "DEATHDATE" -> anniversary(line, "death");
                case "ANNIVERSARY" -> anniversary(line, "wedding");
                case "BIRTHPLACE", "DEATHPLACE", "GEO", "TZ", "X-ABLABEL", "JSPROP", "MEMBER" -> deferred.add(line);
                case "GRAMGENDER" -> {
                    CardBuilder.object(card, "speakToAs").put("grammaticalGender", value.trim().toLowerCase(Locale.ROOT));
                    builder.registerPointer(line, "speakToAs/grammaticalGender");
                }
                case "PRONOUNS" -> pronouns(line);
                case "ADR" -> address(line);
                case "EMAIL" -> simple(line, "emails", "EMAIL", "address", null);
                case "TEL" -> phone(line);
                case "IMPP" -> onlineService(line, true);
                case "SOCIALPROFILE", "X-SOCIALPROFILE" -> onlineService(line, false);
                case "LANG" -> simple(line, "preferredLanguages", "LANG", "language", null);
                case "CONTACT-URI" -> simple(line, "links", "CONTACT", "uri", "contact");
                case "URL" -> simple(line, "links", "LINK", "uri", null);
                case "SOURCE" -> simple(line, "directories", "ENTRY", "uri", "entry");
                case "ORG-DIRECTORY" -> simple(line, "directories", "DIRECTORY", "uri", "directory");
                case "KEY" -> media(line, null, "KEY");
                case "CALADRURI" -> simple(line, "schedulingAddresses", "SCHEDULING", "uri", null);
                case "CALURI" -> simple(line, "calendars", "CAL", "uri", "calendar");
                case "FBURL" -> simple(line, "calendars", "FBURL", "uri", "freeBusy");
                case "CATEGORIES" -> VCardText.list(value).stream().filter(k -> !k.isBlank())
                    .forEach(keyword -> CardBuilder.object(card, "keywords").put(keyword, true));
                case "ORG" -> organization(line);
                case "TITLE" -> title(line, "title");
                case "ROLE" -> title(line, "role");
                case "RELATED" -> related(line);
                case "EXPERTISE" -> personalInfo(line, "expertise");
                case "HOBBY" -> personalInfo(line, "hobby");
                case "INTEREST" -> personalInfo(line, "interest");
                case "NOTE" -> note(line);
                default -> vCardProp(line);
            }
        }

        private void timestamp(VCardLine line, String property) {
            String utc = VCardDates.utcDateTime(line.value());
            if (utc == null) {
                vCardProp(line);
            } else {
                topLevel(line, property, utc);
            }
        }

        private void topLevel(VCardLine line, String property, String value) {
            card.put(property, value);
            builder.registerPointer(line, property);
        }

        private static boolean isEmpty(VCardLine line) {
            if (line.name().equals("ORG")) {
                return VCardText.structured(line.value()).stream().flatMap(List::stream).allMatch(String::isBlank);
            }
            return VCardText.unescape(line.value()).isBlank();
        }

        /** RFC 6350 6.6.5: MEMBER only on a group card; elsewhere it is kept, not made a member. */
        private void member(VCardLine line) {
            if ("group".equals(card.path("kind").asText())) {
                CardBuilder.object(card, "members").put(VCardText.unescape(line.value().trim()), true);
                builder.registerPointer(line, "members");
            } else {
                warnings.add("MEMBER on a card whose KIND is not group: kept in vCardProps");
                vCardProp(line);
            }
        }

        private void fullName(VCardLine line) {
            if (line.value().isEmpty()) {
                return; // RFC 9555 section 3.1: an empty FN is what a Card without name exports to
            }
            ObjectNode name = builder.name();
            if (name.has("full")) {
                vCardProp(line); // RFC 9555 section 2.4.4: further FN properties go to vCardProps
                return;
            }
            name.put("full", VCardText.unescape(line.value()));
            builder.registerPointer(line, "name/full");
        }

        private void name(VCardLine line) {
            ObjectNode name = builder.name();
            if (name.has("components")) {
                vCardProp(line);
                return;
            }
            String jscomps = ParamMapper.remove(line, "JSCOMPS");
            StructuredComponents.fill(name, VCardText.structured(line.value()), jscomps, false);
            List<String> sortValues = line.params().remove("SORT-AS");
            if (sortValues != null) {
                List<String> parts = List.of(String.join(",", sortValues).split(",", -1));
                ObjectNode sort = name.objectNode();
                for (int i = 0; i < parts.size() && i < StructuredComponents.N_KINDS.length; i++) {
                    if (!parts.get(i).isEmpty()) {
                        sort.put(StructuredComponents.N_KINDS[i], parts.get(i));
                    }
                }
                if (!sort.isEmpty()) {
                    name.set("sortAs", sort);
                }
            }
            builder.registerPointer(line, "name");
            line.params().remove("LANGUAGE");
            finishWithoutEntry(line, name);
        }

        private void nicknames(VCardLine line) {
            List<String> names = VCardText.list(line.value());
            for (String nickname : names) {
                if (nickname.isBlank()) {
                    continue;
                }
                VCardLine each = names.size() == 1 ? line : line.copy();
                ObjectNode entry = builder.entry(each, "nicknames", "NICK");
                entry.put("name", nickname);
                builder.registerPointer(line, builder.pointer(each));
                finish(each, entry, ParamMapper.takeTypes(each));
            }
        }

        private void media(VCardLine line, String kind, String prefix) {
            String collection = kind == null ? "cryptoKeys" : "media";
            ObjectNode entry = builder.entry(line, collection, prefix);
            if (kind != null) {
                entry.put("kind", kind);
            }
            List<String> types = ParamMapper.takeTypes(line);
            String encoding = ParamMapper.remove(line, "ENCODING");
            String value = line.value().trim();
            if (encoding != null && (encoding.equalsIgnoreCase("b") || encoding.equalsIgnoreCase("base64"))) {
                // vCard 2.1 / 3.0 inline binary: a data: URI, the vCard 4.0 form (RFC 6350 section 6.2.4)
                String mediaType = types.isEmpty() ? "application/octet-stream" : mediaTypeOf(types.remove(0), kind);
                value = "data:" + mediaType + ";base64," + value.replaceAll("\\s", "");
            } else if (!types.isEmpty() && !isContextType(types.get(0)) && line.param("MEDIATYPE") == null) {
                entry.put("mediaType", mediaTypeOf(types.remove(0), kind));
            }
            entry.put("uri", value);
            finish(line, entry, types);
        }

        private static boolean isContextType(String type) {
            return type.equals("home") || type.equals("work") || type.equals("pref");
        }

        private static String mediaTypeOf(String type, String kind) {
            if (type.contains("/")) {
                return type;
            }
            String top = "sound".equals(kind) ? "audio" : kind == null ? "application" : "image";
            return top + "/" + type;
        }

        private void anniversary(VCardLine line, String kind) {
            ObjectNode date = "text".equalsIgnoreCase(line.param("VALUE")) ? null : VCardDates.anniversaryDate(line.value());
            if (date == null) {
                vCardProp(line);
                return;
            }
            String calscale = ParamMapper.remove(line, "CALSCALE");
            if (calscale != null && !date.has("utc")) {
                date.put("calendarScale", calscale.toLowerCase(Locale.ROOT));
            }
            ObjectNode entry = builder.entry(line, "anniversaries", "ANNIVERSARY");
            entry.put("kind", kind);
            entry.set("date", date);
            finish(line, entry, ParamMapper.takeTypes(line));
        }

        private void pronouns(VCardLine line) {
            ObjectNode speakToAs = CardBuilder.object(card, "speakToAs");
            ObjectNode map = CardBuilder.object(speakToAs, "pronouns");
            String id = line.param("PROP-ID");
            line.params().remove("PROP-ID");
            if (id == null) {
                id = "PRONOUNS-" + (map.size() + 1);
            }
            ObjectNode entry = map.putObject(id);
            entry.put("pronouns", VCardText.unescape(line.value()));
            builder.registerPointer(line, "speakToAs/pronouns/" + id);
            finish(line, entry, ParamMapper.takeTypes(line));
        }

        private void address(VCardLine line) {
            ObjectNode entry = builder.entry(line, "addresses", "ADDR");
            String jscomps = ParamMapper.remove(line, "JSCOMPS");
            StructuredComponents.fill(entry, VCardText.structured(line.value()), jscomps, true);
            putIfPresent(entry, "full", ParamMapper.remove(line, "LABEL"));
            putIfPresent(entry, "coordinates", ParamMapper.remove(line, "GEO"));
            putIfPresent(entry, "timeZone", ParamMapper.remove(line, "TZ"));
            putIfPresent(entry, "countryCode", ParamMapper.remove(line, "CC"));
            List<String> types = ParamMapper.takeTypes(line);
            for (String context : List.of("billing", "delivery")) {
                if (types.remove(context)) {
                    CardBuilder.object(entry, "contexts").put(context, true);
                }
            }
            finish(line, entry, types);
        }

        private void phone(VCardLine line) {
            ObjectNode entry = builder.entry(line, "phones", "PHONE");
            entry.put("number", VCardText.unescape(line.value().trim()));
            List<String> types = ParamMapper.takeTypes(line);
            List<String> others = new ArrayList<>();
            for (String type : types) {
                String feature = switch (type) {
                    case "cell" -> "mobile";
                    case "fax", "main-number", "pager", "text", "textphone", "video", "voice" -> type;
                    default -> null;
                };
                if (feature == null) {
                    others.add(type);
                } else {
                    CardBuilder.object(entry, "features").put(feature, true);
                }
            }
            finish(line, entry, others);
        }

        private void onlineService(VCardLine line, boolean impp) {
            ObjectNode entry = builder.entry(line, "onlineServices", "OS");
            boolean text = "text".equalsIgnoreCase(line.param("VALUE"));
            entry.put(text ? "user" : "uri", VCardText.unescape(line.value().trim()));
            putIfPresent(entry, "service", ParamMapper.remove(line, "SERVICE-TYPE"));
            putIfPresent(entry, "user", ParamMapper.remove(line, "USERNAME"));
            if (impp) {
                entry.put("vCardName", "impp");
            } else if (line.name().startsWith("X-")) {
                entry.put("vCardName", line.name().toLowerCase(Locale.ROOT));
            }
            finish(line, entry, ParamMapper.takeTypes(line));
        }

        private void simple(VCardLine line, String collection, String prefix, String field, String kind) {
            ObjectNode entry = builder.entry(line, collection, prefix);
            if (kind != null) {
                entry.put("kind", kind);
            }
            entry.put(field, VCardText.unescape(line.value().trim()));
            finish(line, entry, ParamMapper.takeTypes(line));
        }

        private void organization(VCardLine line) {
            ObjectNode entry = builder.entry(line, "organizations", "ORG");
            List<List<String>> parts = VCardText.structured(line.value());
            String name = parts.isEmpty() ? "" : String.join(",", parts.get(0));
            if (!name.isEmpty()) {
                entry.put("name", name);
            }
            List<String> sortAs = line.params().remove("SORT-AS");
            List<String> sorts = sortAs == null ? List.of() : List.of(String.join(",", sortAs).split(",", -1));
            if (!sorts.isEmpty() && !sorts.get(0).isEmpty()) {
                entry.put("sortAs", sorts.get(0));
            }
            if (parts.size() > 1) {
                ArrayNode units = entry.putArray("units");
                for (int i = 1; i < parts.size(); i++) {
                    String unitName = String.join(",", parts.get(i));
                    if (unitName.isBlank()) {
                        warnings.add("empty unit " + i + " of ORG left out"); // "ORG:ACME Inc.;" as Outlook writes it
                        continue;
                    }
                    ObjectNode unit = units.addObject().put("name", unitName);
                    if (i < sorts.size() && !sorts.get(i).isEmpty()) {
                        unit.put("sortAs", sorts.get(i));
                    }
                }
                if (units.isEmpty()) {
                    entry.remove("units");
                }
            }
            if (line.group() != null && orgGroups.contains(line.group())) {
                orgIdByGroup.putIfAbsent(line.group(), builder.pointer(line).substring("organizations/".length()));
            }
            finish(line, entry, ParamMapper.takeTypes(line));
        }

        private void title(VCardLine line, String kind) {
            ObjectNode entry = builder.entry(line, "titles", "TITLE");
            entry.put("kind", kind);
            entry.put("name", VCardText.unescape(line.value()));
            finish(line, entry, ParamMapper.takeTypes(line));
        }

        private void related(VCardLine line) {
            ObjectNode map = CardBuilder.object(card, "relatedTo");
            String key = VCardText.unescape(line.value().trim());
            ObjectNode entry = map.putObject(key);
            ObjectNode relation = entry.putObject("relation");
            ParamMapper.takeTypes(line).forEach(type -> relation.put(type, true));
            builder.registerPointer(line, "relatedTo/" + key);
            finish(line, entry, List.of());
        }

        private void personalInfo(VCardLine line, String kind) {
            ObjectNode entry = builder.entry(line, "personalInfo", "PERSINFO");
            entry.put("kind", kind);
            entry.put("value", VCardText.unescape(line.value()));
            String level = ParamMapper.remove(line, "LEVEL");
            if (level != null) {
                entry.put("level", switch (level.toLowerCase(Locale.ROOT)) {
                    case "beginner" -> "low";
                    case "average" -> "medium";
                    case "expert" -> "high";
                    default -> level.toLowerCase(Locale.ROOT);
                });
            }
            finish(line, entry, ParamMapper.takeTypes(line));
        }

        private void note(VCardLine line) {
            ObjectNode entry = builder.entry(line, "notes", "NOTE");
            entry.put("note", VCardText.unescape(line.value()));
            String created = ParamMapper.remove(line, "CREATED");
            if (created != null && VCardDates.utcDateTime(created) != null) {
                entry.put("created", VCardDates.utcDateTime(created));
            }
            String authorName = ParamMapper.remove(line, "AUTHOR-NAME");
            String author = ParamMapper.remove(line, "AUTHOR");
            if (authorName != null || author != null) {
                ObjectNode authorNode = entry.putObject("author");
                putIfPresent(authorNode, "name", authorName);
                putIfPresent(authorNode, "uri", author);
            }
            finish(line, entry, ParamMapper.takeTypes(line));
        }

        private void convertDeferred(VCardLine line) {
            switch (line.name()) {
                case "BIRTHPLACE" -> place(line, "birth");
                case "DEATHPLACE" -> place(line, "death");
                case "GEO" -> geography(line, "coordinates");
                case "TZ" -> geography(line, "timeZone");
                case "X-ABLABEL" -> label(line);
                case "MEMBER" -> member(line);
                default -> vCardProp(line);
            }
        }

        private void place(VCardLine line, String kind) {
            JsonNode anniversaries = card.get("anniversaries");
            if (anniversaries != null) {
                for (JsonNode anniversary : anniversaries) {
                    if (kind.equals(anniversary.path("kind").asText()) && !anniversary.has("place")) {
                        String value = VCardText.unescape(line.value());
                        ((ObjectNode) anniversary).putObject("place").put(value.startsWith("geo:") ? "coordinates" : "full", value);
                        return;
                    }
                }
            }
            vCardProp(line); // a place without its date has no Anniversary to live in
        }

        private void geography(VCardLine line, String field) {
            String value = VCardText.unescape(line.value().trim());
            if (field.equals("timeZone") && !"text".equalsIgnoreCase(line.param("VALUE"))) {
                value = utcOffsetZone(value);
                if (value == null) {
                    vCardProp(line);
                    return;
                }
            }
            ObjectNode target = addressForGroup(line.group());
            if (target == null || target.has(field)) {
                target = builder.entry(line, "addresses", "ADDR");
            }
            target.put(field, value);
            line.params().remove("VALUE");
            ParamMapper.finish(line, target, ParamMapper.takeTypes(line), false);
        }

        /** RFC 9555 section 2.6.2: whole-hour UTC offsets become Etc/GMT zones; others do not convert. */
        private static String utcOffsetZone(String offset) {
            if (!offset.matches("[+-]\\d{2}(:?00)?")) {
                return offset.matches("[A-Za-z_]+/[A-Za-z_/+-]+") ? offset : null;
            }
            int hours = Integer.parseInt(offset.substring(1, 3)) * (offset.startsWith("-") ? -1 : 1);
            if (hours < -12 || hours > 14) {
                return null;
            }
            return hours == 0 ? "Etc/UTC" : "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
        }

        private ObjectNode addressForGroup(String group) {
            JsonNode addresses = card.get("addresses");
            if (addresses == null) {
                return null;
            }
            for (VCardLine other : lines) {
                if (other.name().equals("ADR") && java.util.Objects.equals(other.group(), group) && builder.pointer(other) != null) {
                    return builder.byPointer(builder.pointer(other));
                }
            }
            return null;
        }

        private void label(VCardLine line) {
            boolean used = false;
            for (VCardLine other : lines) {
                String pointer = builder.pointer(other);
                if (other != line && line.group().equals(other.group()) && isEntryPointer(pointer)) {
                    builder.byPointer(pointer).put("label", labels.get(line.group()));
                    used = true;
                }
            }
            if (!used) {
                vCardProp(line);
            }
        }

        private static boolean isEntryPointer(String pointer) {
            return pointer != null && pointer.split("/").length == 2 && !pointer.startsWith("name/");
        }

        private void localize(VCardLine alternative, VCardLine main) {
            String lang = alternative.param("LANGUAGE");
            String pointer = builder.pointer(main);
            if (lang == null || pointer == null) {
                vCardProp(alternative);
                return;
            }
            ObjectNode patch = CardBuilder.object(CardBuilder.object(card, "localizations"), LanguageAlternatives.normalize(lang));
            String field = switch (main.name()) {
                case "TITLE", "ROLE", "NICKNAME" -> "/name";
                case "NOTE" -> "/note";
                case "ORG" -> "/name";
                case "PRONOUNS" -> "/pronouns";
                default -> "";
            };
            if (main.name().equals("N") && alternative.param("PHONETIC") != null) {
                phonetic(patch, alternative);
            } else if (main.name().equals("ORG")) {
                patch.put(pointer + field, String.join(",", VCardText.structured(alternative.value()).get(0)));
            } else if (!field.isEmpty() || main.name().equals("FN")) {
                patch.put(pointer + field, VCardText.unescape(alternative.value()));
            } else {
                vCardProp(alternative);
            }
        }

        private void phonetic(ObjectNode patch, VCardLine alternative) {
            patch.put("name/phoneticSystem", alternative.param("PHONETIC").toLowerCase(Locale.ROOT));
            if (alternative.param("SCRIPT") != null) {
                patch.put("name/phoneticScript", alternative.param("SCRIPT"));
            }
            ObjectNode scratch = card.objectNode();
            StructuredComponents.fill(scratch, VCardText.structured(alternative.value()), null, false);
            JsonNode components = scratch.path("components");
            for (int i = 0; i < components.size(); i++) {
                patch.put("name/components/" + i + "/phonetic", components.get(i).get("value").asText());
            }
        }

        private void applyJsProp(VCardLine line) {
            String pointer = line.param("JSPTR");
            JsonNode value;
            try {
                value = MAPPER.readTree(VCardText.unescape(line.value()));
            } catch (JsonProcessingException e) {
                value = null;
            }
            if (pointer == null || value == null) {
                vCardProp(line); // RFC 9555 section 3.2.1: an invalid PatchObject entry is not applied
                return;
            }
            String[] tokens = (pointer.startsWith("/") ? pointer.substring(1) : pointer).split("/", -1);
            ObjectNode parent = card;
            for (int i = 0; i < tokens.length - 1; i++) {
                String token = unescapePointer(tokens[i]);
                if (parent.has(token) && !parent.get(token).isObject()) {
                    vCardProp(line);
                    return;
                }
                parent = CardBuilder.object(parent, token);
            }
            parent.set(unescapePointer(tokens[tokens.length - 1]), value);
        }

        private static String unescapePointer(String token) {
            return token.replace("~1", "/").replace("~0", "~");
        }

        /** A property without JSContact equivalent, kept as a jCard property (RFC 9555 section 2.15.1). */
        private void vCardProp(VCardLine line) {
            ArrayNode prop = builder.vCardProps().addArray();
            prop.add(line.name().toLowerCase(Locale.ROOT));
            ObjectNode params = prop.addObject();
            line.params().forEach((name, values) -> {
                if (!name.equals("VALUE")) {
                    ParamMapper.putParam(params, name.toLowerCase(Locale.ROOT), values);
                }
            });
            if (line.group() != null) {
                params.put("group", line.group());
            }
            String type = line.param("VALUE");
            prop.add(type != null ? type.toLowerCase(Locale.ROOT) : KNOWN_UNMAPPED.contains(line.name()) ? "text" : "unknown");
            List<List<String>> components = VCardText.structured(line.value());
            if (components.size() > 1) {
                ArrayNode structured = prop.addArray();
                for (List<String> component : components) {
                    if (component.size() == 1) {
                        structured.add(component.get(0));
                    } else {
                        ArrayNode values = structured.addArray();
                        component.forEach(values::add);
                    }
                }
            } else {
                prop.add(VCardText.unescape(line.value()));
            }
        }

        private void finish(VCardLine line, ObjectNode entry, List<String> types) {
            String language = ParamMapper.remove(line, "LANGUAGE");
            if (language != null && !LanguageAlternatives.normalize(language).equals(languages.language())) {
                line.params().put("LANGUAGE", List.of(language));
            }
            ParamMapper.finish(line, entry, types, keepsGroup(line));
        }

        private void finishWithoutEntry(VCardLine line, ObjectNode target) {
            ParamMapper.finish(line, target, ParamMapper.takeTypes(line), keepsGroup(line));
        }

        private boolean keepsGroup(VCardLine line) {
            String group = line.group();
            if (group == null) {
                return false;
            }
            if (labels.containsKey(group)) {
                // RFC 9555 2.15.2: the label alone says which property it belongs to; a group with
                // more in it (Apple's item1.ADR + item1.X-ABADR) keeps its name to stay together
                return lines.stream().filter(other -> group.equals(other.group()) && !other.name().equals("X-ABLABEL")).count() > 1;
            }
            return !(orgGroups.contains(group) && Set.of("ORG", "TITLE", "ROLE").contains(line.name()));
        }

        private void putIfPresent(ObjectNode node, String field, String value) {
            if (value != null) {
                node.put(field, value);
            }
        }

        /** RFC 9555 section 2.1.1: the same vCard gives the same uid, so importing it twice finds the card. */
        private static String derivedUid(List<VCardLine> lines) {
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line).append('\n'));
            return "urn:uuid:" + UUID.nameUUIDFromBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        }

        /**
         * What the ContactCard rules would refuse (a language tag that is not one, an empty TITLE
         * after unescaping, ...) must not cost the whole card: the JSContact member it became is
         * taken out again and the vCard line is kept verbatim in vCardProps, with a warning.
         */
        private final class InvalidEntries {
            void keepInVCardProps() {
                for (int round = 0; round < 3; round++) {
                    List<PropertyProblem> problems = JSContact.validate(card);
                    if (problems.isEmpty() || !problems.stream().map(problem -> repair(problem)).reduce(false, Boolean::logicalOr)) {
                        return;
                    }
                }
            }

            /** True when the problem's member came from vCard lines and went to vCardProps. */
            private boolean repair(PropertyProblem problem) {
                String owner = null;
                for (String pointer : builder.pointers().values()) {
                    String escaped = escaped(pointer);
                    if ((problem.property().equals(escaped) || problem.property().startsWith(escaped + "/"))
                        && (owner == null || escaped.length() > owner.length())) {
                        owner = escaped;
                    }
                }
                if (owner == null || card.at("/" + owner).isMissingNode()) {
                    return false;
                }
                List<VCardLine> moved = new ArrayList<>();
                for (Map.Entry<VCardLine, String> entry : builder.pointers().entrySet()) {
                    String escaped = escaped(entry.getValue());
                    if (escaped.equals(owner) || escaped.startsWith(owner + "/")) {
                        moved.add(entry.getKey());
                    }
                }
                remove(owner);
                Set<String> names = new java.util.LinkedHashSet<>();
                for (VCardLine line : lines) {
                    if (moved.contains(line)) {
                        builder.pointers().remove(line);
                        VCardLine original = originals.get(line);
                        vCardProp(original.copy());
                        names.add(original.name());
                        keepLabelOf(original);
                    }
                }
                warnings.add(String.join(", ", names) + " kept in vCardProps: " + problem.property() + " " + problem.description());
                return true;
            }

            /** The X-ABLabel of a group whose only entry left goes along with it. */
            private void keepLabelOf(VCardLine moved) {
                String group = moved.group();
                if (group == null || !labels.containsKey(group)) {
                    return;
                }
                boolean labelled = lines.stream().anyMatch(line -> group.equals(line.group()) && builder.pointer(line) != null
                    && isEntryPointer(builder.pointer(line)));
                if (!labelled) {
                    lines.stream().filter(line -> group.equals(line.group()) && line.name().equals("X-ABLABEL")).findFirst()
                        .ifPresent(label -> {
                            vCardProp(originals.get(label).copy());
                            labels.remove(group);
                        });
                }
            }

            private void remove(String pointer) {
                int slash = pointer.lastIndexOf('/');
                JsonNode parent = slash < 0 ? card : card.at("/" + pointer.substring(0, slash));
                String field = unescapePointer(pointer.substring(slash + 1));
                if (parent instanceof ObjectNode object) {
                    object.remove(field);
                    if (object.isEmpty() && slash > 0 && object != card) {
                        remove(pointer.substring(0, slash)); // an emptied map, e.g. "titles"
                    }
                }
            }

            /** Registered pointers keep map keys as they are; validation paths escape them (RFC 6901). */
            private static String escaped(String pointer) {
                if (pointer.startsWith("relatedTo/")) {
                    return "relatedTo/" + ExportFallbacks.token(pointer.substring("relatedTo/".length()));
                }
                return pointer;
            }
        }

        /** Links a TITLE/ROLE to the ORG of its group (RFC 9555 section 2.9.4). */
        void linkTitles() {
            for (VCardLine line : lines) {
                String orgId = line.group() == null ? null : orgIdByGroup.get(line.group());
                String pointer = builder.pointer(line);
                if (orgId != null && pointer != null && pointer.startsWith("titles/")) {
                    builder.byPointer(pointer).put("organizationId", orgId);
                }
            }
        }
    }
}
