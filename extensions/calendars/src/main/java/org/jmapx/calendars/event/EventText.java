package org.jmapx.calendars.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The words of an event's text properties, lower-cased, for the text filters of CalendarEvent/query. */
final class EventText {
    private EventText() {
    }

    static Set<String> all(JsonNode event) {
        Set<String> words = new HashSet<>();
        words.addAll(of(event.path("title")));
        words.addAll(of(event.path("description")));
        words.addAll(locations(event));
        words.addAll(participants(event, null));
        return words;
    }

    static Set<String> locations(JsonNode event) {
        Set<String> words = new HashSet<>();
        event.path("locations").forEach(location -> {
            words.addAll(of(location.path("name")));
            words.addAll(of(location.path("description")));
        });
        return words;
    }

    /** Names and emails of participants with the role (any participant when role is null). */
    static Set<String> participants(JsonNode event, String role) {
        Set<String> words = new HashSet<>();
        event.path("participants").forEach(participant -> {
            if (role == null || participant.path("roles").path(role).asBoolean(false)) {
                words.addAll(of(participant.path("name")));
                words.addAll(of(participant.path("email")));
                words.add(participant.path("email").asText("").toLowerCase(Locale.ROOT));
            }
        });
        return words;
    }

    static boolean hasParticipationStatus(JsonNode event, String status) {
        for (JsonNode participant : event.path("participants")) {
            if (status.equals(participant.path("participationStatus").asText("needs-action"))) {
                return true;
            }
        }
        return false;
    }

    static Set<String> of(JsonNode text) {
        Set<String> words = new HashSet<>();
        if (text.isTextual()) {
            for (String word : text.asText().toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
