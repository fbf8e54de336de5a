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
    void expandRecurrencesShouldNeedABoundedCondition() throws Exception {
        MethodErrorException unbounded = catchThrowableOfType(() -> fixture.call("CalendarEvent/query",
            "{'expandRecurrences': true, 'filter': {'after': '2026-03-01T00:00:00'}}"), MethodErrorException.class);
        MethodErrorException tooLong = catchThrowableOfType(() -> fixture.call("CalendarEvent/query",
            "{'expandRecurrences': true, 'filter': {'after': '2026-01-01T00:00:00', 'before': '2028-01-01T00:00:00'}}"),
            MethodErrorException.class);
        MethodErrorException operator = catchThrowableOfType(() -> fixture.call("CalendarEvent/query",
            "{'expandRecurrences': true, 'filter': {'operator': 'AND', 'conditions': []}}"), MethodErrorException.class);

        assertThat(unbounded.type()).isEqualTo("invalidArguments");
        assertThat(tooLong.type()).isEqualTo("invalidArguments");
        assertThat(operator.type()).isEqualTo("invalidArguments");
    }

    @Test
    void aWeeklySeriesShouldKeepItsWallClockTimeAcrossTheDstChange() throws Exception {
        // Europe/Berlin leaves winter time on 2026-03-29: 09:00 local is 08:00 UTC before, 07:00 UTC after
        String weekly = fixture.event("{'title': 'Standup', 'start': '2026-03-16T09:00:00', 'timeZone': 'Europe/Berlin',"
            + " 'duration': 'PT15M', 'recurrenceRule': {'@type': 'RecurrenceRule', 'frequency': 'weekly'}}");

        ObjectNode query = fixture.call("CalendarEvent/query", "{'expandRecurrences': true, 'sort': [{'property': 'start'}],"
            + " 'filter': {'after': '2026-03-20T00:00:00', 'before': '2026-04-05T00:00:00'}}");
        ObjectNode got = fixture.call("CalendarEvent/get", "{'ids': " + query.get("ids") + "}");

        assertThatJson(got).inPath("list[*].start").isEqualTo(json("['2026-03-23T09:00:00', '2026-03-30T09:00:00']"));
        assertThatJson(got).inPath("list[*].baseEventId").isEqualTo(json("['" + weekly + "', '" + weekly + "']"));
        assertThatJson(got).inPath("list[0]").isObject().containsEntry("recurrenceId", "2026-03-23T09:00:00")
            .doesNotContainKey("recurrenceRule");
        // in UTC the second occurrence is an hour earlier than the first in the day
        assertThatJson(fixture.call("CalendarEvent/query", "{'expandRecurrences': true,"
            + " 'filter': {'after': '2026-03-30T07:00:00', 'before': '2026-03-30T07:10:00'}}")).inPath("ids").isArray().hasSize(1);
    }

    @Test
    void exclusionsAndOverridesShouldShapeTheOccurrences() throws Exception {
        String monthly = fixture.event("{'title': 'Report', 'start': '2026-01-30T16:00:00', 'timeZone': 'Etc/UTC',"
            + " 'recurrenceRule': {'@type': 'RecurrenceRule', 'frequency': 'monthly',"
            + "   'byDay': [{'@type': 'NDay', 'day': 'mo'}, {'@type': 'NDay', 'day': 'tu'}, {'@type': 'NDay', 'day': 'we'},"
            + "             {'@type': 'NDay', 'day': 'th'}, {'@type': 'NDay', 'day': 'fr'}], 'bySetPosition': [-1], 'count': 6},"
            + " 'recurrenceOverrides': {'2026-03-31T16:00:00': {'excluded': true},"
            + "   '2026-04-30T16:00:00': {'title': 'Report (Q1)', 'start': '2026-04-29T10:00:00'}}}");

        ObjectNode query = fixture.call("CalendarEvent/query", "{'expandRecurrences': true, 'sort': [{'property': 'start'}],"
            + " 'filter': {'after': '2026-01-01T00:00:00', 'before': '2026-12-31T00:00:00'}}");
        ObjectNode got = fixture.call("CalendarEvent/get", "{'ids': " + query.get("ids") + ", 'properties': ['start', 'title']}");

        // the last weekday of each month, six times, March excluded, April moved and renamed
        assertThatJson(got).inPath("list[*].start").isEqualTo(json("['2026-01-30T16:00:00', '2026-02-27T16:00:00',"
            + " '2026-04-29T10:00:00', '2026-05-29T16:00:00', '2026-06-30T16:00:00']"));
        assertThatJson(got).inPath("list[2].title").isEqualTo("Report (Q1)");
        assertThat(query.get("ids").get(0).asText()).startsWith(monthly + "_");
    }

    @Test
    void anInstanceIdThatIsNoOccurrenceShouldBeNotFound() throws Exception {
        String daily = fixture.event("{'start': '2026-01-05T09:00:00', 'timeZone': 'Etc/UTC',"
            + " 'recurrenceRule': {'@type': 'RecurrenceRule', 'frequency': 'daily', 'count': 3}}");

        ObjectNode got = fixture.call("CalendarEvent/get", "{'ids': ['" + daily + "_20260106T090000', '" + daily + "_20260110T090000']}");

        assertThatJson(got).inPath("list[*].start").isEqualTo(json("['2026-01-06T09:00:00']"));
        assertThatJson(got).inPath("notFound").isEqualTo(json("['" + daily + "_20260110T090000']"));
    }

    @Test
    void aRuleThatExpandsTooFarShouldBeCannotCalculateOccurrences() throws Exception {
        fixture.event("{'start': '2026-01-01T00:00:00', 'timeZone': 'Etc/UTC',"
            + " 'recurrenceRule': {'@type': 'RecurrenceRule', 'frequency': 'secondly'}}");

        MethodErrorException error = catchThrowableOfType(() -> fixture.call("CalendarEvent/query",
            "{'expandRecurrences': true, 'filter': {'after': '2026-03-01T00:00:00', 'before': '2026-03-02T00:00:00'}}"),
            MethodErrorException.class);

        assertThat(error.type()).isEqualTo("cannotCalculateOccurrences");
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
