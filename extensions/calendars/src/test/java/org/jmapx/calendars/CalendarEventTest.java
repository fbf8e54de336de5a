package org.jmapx.calendars;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.MethodErrorException;

class CalendarEventTest {
    private final CalendarFixture fixture = new CalendarFixture();

    @Test
    void createShouldFillTheServerSetPropertiesAndKeepUnknownOnes() throws Exception {
        ObjectNode response = fixture.call("CalendarEvent/set", "{'create': {'e': {'calendarIds': {'default': true},"
            + " 'title': 'Lunch', 'start': '2026-12-07T12:00:00', 'timeZone': 'Europe/Berlin', 'duration': 'PT1H',"
            + " 'example.com:color': 'teal'}}}");
        String id = response.at("/created/e/id").asText();

        assertThatJson(response).inPath("created.e").isObject().containsKeys("id", "uid", "created", "updated", "@type")
            .containsEntry("isOrigin", true).containsEntry("updated", "2026-12-04T10:00:00Z");
        assertThatJson(fixture.call("CalendarEvent/get", "{'ids': ['" + id + "']}")).inPath("list[0]['example.com:color']")
            .isEqualTo("teal");
    }

    @Test
    void clientsOfRfc8984ShouldBeUnderstoodWhereTheMeaningIsUnambiguous() throws Exception {
        String id = fixture.event("{'title': 'Weekly', 'start': '2026-12-07T09:00:00Z',"
            + " 'recurrenceRules': [{'@type': 'RecurrenceRule', 'frequency': 'weekly'}]}");
        String utc = fixture.event("{'title': 'UTC', 'start': '2026-12-07T09:00:00', 'timeZone': 'UTC'}");

        assertThatJson(fixture.call("CalendarEvent/get", "{'ids': ['" + id + "']}")).inPath("list[0]").isObject()
            .containsEntry("start", "2026-12-07T09:00:00").containsEntry("timeZone", "Etc/UTC")
            .containsEntry("recurrenceRule", json("{'@type': 'RecurrenceRule', 'frequency': 'weekly'}"))
            .doesNotContainKey("recurrenceRules");
        assertThatJson(fixture.call("CalendarEvent/get", "{'ids': ['" + utc + "']}")).inPath("list[0].timeZone")
            .isEqualTo("Etc/UTC");
    }

    @Test
    void invalidEventsShouldNameEveryBrokenProperty() throws Exception {
        ObjectNode response = fixture.call("CalendarEvent/set", "{'create': {"
            + "'a': {'calendarIds': {'default': true}, 'start': 'tomorrow', 'timeZone': 'Mars/Olympus', 'duration': '1 hour',"
            + " 'method': 'request', 'showWithoutTime': 'no'},"
            + "'b': {'calendarIds': {'default': true}, 'start': '2026-12-07T09:00:00',"
            + " 'recurrenceRules': [{'frequency': 'daily'}, {'frequency': 'weekly'}],"
            + " 'recurrenceRule': {'frequency': 'fortnightly', 'count': 0}},"
            + "'c': {'calendarIds': {'nope': true}, 'start': '2026-12-07T09:00:00'},"
            + "'d': {'calendarIds': {}, 'start': '2026-12-07T09:00:00', '@type': 'Task'}}}");

        assertThatJson(response).inPath("notCreated.a.properties").isArray()
            .containsExactlyInAnyOrder("start", "timeZone", "duration", "method", "showWithoutTime");
        assertThatJson(response).inPath("notCreated.b.properties").isArray()
            .containsExactlyInAnyOrder("recurrenceRules", "recurrenceRule/frequency", "recurrenceRule/count");
        assertThatJson(response).inPath("notCreated.c").isObject().containsEntry("type", "invalidProperties")
            .containsEntry("properties", json("['calendarIds/nope']"));
        assertThatJson(response).inPath("notCreated.d.properties").isArray().containsExactlyInAnyOrder("calendarIds", "@type");
    }

    @Test
    void afterAndBeforeShouldBeReadInTheQueryTimeZone() throws Exception {
        // 09:00 in Berlin in winter is 08:00 UTC
        String berlin = fixture.event("{'title': 'Berlin', 'start': '2026-12-07T09:00:00', 'timeZone': 'Europe/Berlin', 'duration': 'PT30M'}");
        String floating = fixture.event("{'title': 'Floating', 'start': '2026-12-07T09:00:00', 'duration': 'PT30M'}");

        assertThatJson(fixture.call("CalendarEvent/query", "{'filter': {'after': '2026-12-07T08:10:00', 'before': '2026-12-07T08:20:00'}}"))
            .inPath("ids").isEqualTo(json("['" + berlin + "']"));
        assertThatJson(fixture.call("CalendarEvent/query", "{'timeZone': 'Europe/Berlin',"
            + " 'filter': {'after': '2026-12-07T09:10:00', 'before': '2026-12-07T09:20:00'}}"))
            .inPath("ids").isArray().containsExactlyInAnyOrder(berlin, floating);
    }

    @Test
    void anAllDayEventShouldStayOnItsDayInTheQueryZone() throws Exception {
        String allDay = fixture.event("{'title': 'Holiday', 'start': '2026-12-25T00:00:00', 'duration': 'P1D', 'showWithoutTime': true}");

        String tokyo = "{'timeZone': 'Asia/Tokyo', 'filter': {'after': '2026-12-25T00:00:00', 'before': '2026-12-26T00:00:00'}}";
        String dayAfter = "{'timeZone': 'Asia/Tokyo', 'filter': {'after': '2026-12-26T00:00:00', 'before': '2026-12-27T00:00:00'}}";
        assertThatJson(fixture.call("CalendarEvent/query", tokyo)).inPath("ids").isEqualTo(json("['" + allDay + "']"));
        assertThatJson(fixture.call("CalendarEvent/query", dayAfter)).inPath("ids").isEqualTo(json("[]"));
    }

    @Test
    void queryShouldSortByStartAndFilterByCalendarAndText() throws Exception {
        String later = fixture.event("{'title': 'Budget review', 'start': '2026-12-09T09:00:00', 'timeZone': 'Etc/UTC'}");
        String earlier = fixture.event("{'title': 'Budget kickoff', 'start': '2026-12-08T09:00:00', 'timeZone': 'Etc/UTC',"
            + " 'locations': {'l': {'@type': 'Location', 'name': 'Room Paris'}}}");
        fixture.event("{'title': 'Lunch', 'start': '2026-12-07T12:00:00', 'timeZone': 'Etc/UTC'}");

        assertThatJson(fixture.call("CalendarEvent/query", "{'filter': {'text': 'budget'}, 'sort': [{'property': 'start'}]}"))
            .inPath("ids").isEqualTo(json("['" + earlier + "', '" + later + "']"));
        assertThatJson(fixture.call("CalendarEvent/query", "{'filter': {'location': 'paris', 'inCalendars': ['default']}}"))
            .inPath("ids").isEqualTo(json("['" + earlier + "']"));
    }

    @Test
    void aRecurringSeriesShouldMatchARangeAfterItsFirstOccurrenceUntilItsEnd() throws Exception {
        String weekly = fixture.event("{'title': 'Weekly', 'start': '2026-01-05T09:00:00', 'timeZone': 'Etc/UTC', 'duration': 'PT1H',"
            + " 'recurrenceRule': {'@type': 'RecurrenceRule', 'frequency': 'weekly', 'until': '2026-06-30T00:00:00'}}");

        assertThatJson(fixture.call("CalendarEvent/query", "{'filter': {'after': '2026-03-01T00:00:00', 'before': '2026-03-31T00:00:00'}}"))
            .inPath("ids").isEqualTo(json("['" + weekly + "']"));
        assertThatJson(fixture.call("CalendarEvent/query", "{'filter': {'after': '2026-07-01T00:00:00', 'before': '2026-07-31T00:00:00'}}"))
            .inPath("ids").isEqualTo(json("[]"));
    }

    @Test
    void expandRecurrencesShouldNeedABoundedConditionAndSayWhenItCannotExpand() throws Exception {
        fixture.event("{'title': 'Daily', 'start': '2026-01-05T09:00:00', 'timeZone': 'Etc/UTC',"
            + " 'recurrenceRule': {'@type': 'RecurrenceRule', 'frequency': 'daily'}}");

        MethodErrorException unbounded = catchThrowableOfType(() -> fixture.call("CalendarEvent/query",
            "{'expandRecurrences': true, 'filter': {'after': '2026-03-01T00:00:00'}}"), MethodErrorException.class);
        MethodErrorException tooLong = catchThrowableOfType(() -> fixture.call("CalendarEvent/query",
            "{'expandRecurrences': true, 'filter': {'after': '2026-01-01T00:00:00', 'before': '2028-01-01T00:00:00'}}"),
            MethodErrorException.class);
        MethodErrorException series = catchThrowableOfType(() -> fixture.call("CalendarEvent/query",
            "{'expandRecurrences': true, 'filter': {'after': '2026-03-01T00:00:00', 'before': '2026-03-08T00:00:00'}}"),
            MethodErrorException.class);

        assertThat(unbounded.type()).isEqualTo("invalidArguments");
        assertThat(tooLong.type()).isEqualTo("invalidArguments");
        assertThat(series.type()).isEqualTo("cannotCalculateOccurrences");
    }

    @Test
    void uidShouldBeImmutableAndAnEventShouldNotBecomeADraftAgain() throws Exception {
        String id = fixture.event("{'uid': 'meeting-1@example.com', 'start': '2026-12-07T09:00:00'}");

        ObjectNode response = fixture.call("CalendarEvent/set", "{'update': {'" + id + "': {'uid': 'other'}}}");
        ObjectNode draft = fixture.call("CalendarEvent/set", "{'update': {'" + id + "': {'isDraft': true}}}");

        assertThatJson(response).inPath("notUpdated." + id + ".properties").isEqualTo(json("['uid']"));
        assertThatJson(draft).inPath("notUpdated." + id + ".properties").isEqualTo(json("['isDraft']"));
    }
}
