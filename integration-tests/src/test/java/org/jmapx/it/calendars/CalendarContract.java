package org.jmapx.it.calendars;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Calendars (draft-ietf-jmap-calendars) over HTTP: capability, Calendar, CalendarEvent, sharing. */
public interface CalendarContract {
    String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:calendars\"]";

    JmapxServerExtension server();

    default User user() {
        String username = "calendar-" + UUID.randomUUID() + "@example.com";
        try {
            server().server().getProbe(org.apache.james.utils.DataProbeImpl.class).addUser(username, JmapxServerExtension.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        JmapClient client = server().client(username);
        return new User(client, client.sessionJson().path("primaryAccounts").path("urn:ietf:params:jmap:calendars").asText());
    }

    @Test
    default void theSessionShouldAdvertiseCalendarsWithEveryAccountField() {
        User user = user();

        JsonNode session = user.client().sessionJson();

        assertThat(user.accountId()).isNotEmpty();
        assertThatJson(session.path("accounts").path(user.accountId()).path("accountCapabilities")
            .path("urn:ietf:params:jmap:calendars").toString()).isEqualTo(json("""
            {"maxCalendarsPerEvent": null, "minDateTime": "0001-01-01T00:00:00", "maxDateTime": "9999-12-31T23:59:59",
             "maxExpandedQueryDuration": "P400D", "maxParticipantsPerEvent": 1000, "mayCreateCalendar": true}"""));
    }

    @Test
    default void anEventShouldBeCreatedFoundByTimeRangeAndRead() {
        User user = user();

        JsonNode response = user.call(user.accountId(), """
            [["CalendarEvent/set", {"accountId": "%1$s", "create": {"e": {"calendarIds": {"default": true},
               "@type": "Event", "title": "Planning", "start": "2026-03-30T10:00:00", "timeZone": "Europe/Berlin",
               "duration": "PT1H"}}}, "c1"],
             ["CalendarEvent/query", {"accountId": "%1$s", "timeZone": "Europe/Berlin",
               "filter": {"after": "2026-03-30T10:30:00", "before": "2026-03-30T10:45:00"}, "sort": [{"property": "start"}]}, "c2"],
             ["CalendarEvent/get", {"accountId": "%1$s", "#ids": {"resultOf": "c2", "name": "CalendarEvent/query", "path": "/ids"},
               "properties": ["title", "start", "timeZone", "calendarIds"]}, "c3"]]""");

        String id = response.at("/methodResponses/0/1/created/e/id").asText();
        assertThatJson(response.toString()).inPath("methodResponses[1][1].ids").isEqualTo(json("[\"" + id + "\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[2][1].list[0]").isEqualTo(json("""
            {"id": "%s", "title": "Planning", "start": "2026-03-30T10:00:00", "timeZone": "Europe/Berlin",
             "calendarIds": {"default": true}}""".formatted(id)));
    }

    @Test
    default void anInvalidEventShouldBeInvalidPropertiesWithPaths() {
        User user = user();

        JsonNode response = user.call(user.accountId(), """
            [["CalendarEvent/set", {"accountId": "%1$s", "create": {"e": {"calendarIds": {"default": true},
               "start": "2026-02-30T10:00:00", "timeZone": "Nowhere/City"}}}, "c1"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].notCreated.e.type").isEqualTo("invalidProperties");
        assertThatJson(response.toString()).inPath("methodResponses[0][1].notCreated.e.properties").isArray()
            .containsExactlyInAnyOrder("start", "timeZone");
    }

    @Test
    default void aSharedCalendarShouldReachTheShareeAndNobodyElse() {
        User owner = user();
        User sharee = user();
        User stranger = user();
        JsonNode created = owner.call(owner.accountId(), """
            [["Calendar/set", {"accountId": "%1$s", "create": {"t": {"name": "Team", "color": "teal",
               "shareWith": {"%2$s": {"mayReadItems": true}}}}}, "c1"],
             ["CalendarEvent/set", {"accountId": "%1$s", "create": {
               "shared": {"calendarIds": {"#t": true}, "title": "Offsite", "start": "2026-05-04T09:00:00", "timeZone": "Etc/UTC"},
               "private": {"calendarIds": {"default": true}, "title": "Dentist", "start": "2026-05-05T09:00:00", "timeZone": "Etc/UTC"}}}, "c2"]]"""
            .formatted("%1$s", sharee.accountId()));
        String team = created.at("/methodResponses/0/1/created/t/id").asText();
        String shared = created.at("/methodResponses/1/1/created/shared/id").asText();

        JsonNode seen = sharee.call(owner.accountId(), """
            [["Calendar/get", {"accountId": "%1$s"}, "c1"],
             ["CalendarEvent/query", {"accountId": "%1$s"}, "c2"]]""");
        JsonNode refused = stranger.call(owner.accountId(), """
            [["CalendarEvent/query", {"accountId": "%1$s"}, "c1"]]""");

        assertThatJson(sharee.client().sessionJson().path("accounts").path(owner.accountId()).path("accountCapabilities")
            .path("urn:ietf:params:jmap:calendars").toString()).inPath("mayCreateCalendar").isEqualTo(false);
        assertThatJson(seen.toString()).inPath("methodResponses[0][1].list[*].id").isEqualTo(json("[\"" + team + "\"]"));
        assertThatJson(seen.toString()).inPath("methodResponses[0][1].list[0].myRights.mayReadItems").isEqualTo(true);
        assertThatJson(seen.toString()).inPath("methodResponses[0][1].list[0].myRights.mayWriteAll").isEqualTo(false);
        assertThatJson(seen.toString()).inPath("methodResponses[1][1].ids").isEqualTo(json("[\"" + shared + "\"]"));
        assertThatJson(refused.toString()).inPath("methodResponses[0][1].type").isEqualTo("accountNotFound");
    }

    /** A user with a calendars account. */
    record User(JmapClient client, String accountId) {
        JsonNode call(String accountId, String methodCalls) {
            return client.call("{\"using\": " + USING + ", \"methodCalls\": " + methodCalls.formatted(accountId) + "}");
        }
    }
}
