package org.jmapx.calendars;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class CalendarSetTest {
    private final CalendarFixture fixture = new CalendarFixture();

    @Test
    void everyAccountShouldGetADefaultCalendarWithEveryProperty() throws Exception {
        assertThatJson(fixture.call("Calendar/get", "{}")).inPath("list").isEqualTo(json("[{'id': 'default',"
            + " 'name': 'Calendar', 'description': null, 'color': null, 'sortOrder': 0, 'isSubscribed': true,"
            + " 'isVisible': true, 'isDefault': true, 'includeInAvailability': 'all', 'defaultAlertsWithTime': null,"
            + " 'defaultAlertsWithoutTime': null, 'timeZone': null, 'shareWith': null, 'myRights': {"
            + " 'mayReadFreeBusy': true, 'mayReadItems': true, 'mayWriteAll': true, 'mayWriteOwn': true,"
            + " 'mayUpdatePrivate': true, 'mayRSVP': true, 'mayAdmin': true, 'mayDelete': false}}]"));
    }

    @Test
    void invalidPropertiesShouldEachBeNamed() throws Exception {
        ObjectNode response = fixture.call("Calendar/set", "{'create': {'c': {'name': '', 'color': 'not-a-color',"
            + " 'includeInAvailability': 'sometimes', 'timeZone': 'Mars/Olympus', 'sortOrder': -1, 'isVisible': 'yes',"
            + " 'defaultAlertsWithTime': {'a': {'action': 'display'}}}}}");

        assertThatJson(response).inPath("notCreated.c.properties").isArray().containsExactlyInAnyOrder("name", "color",
            "includeInAvailability", "timeZone", "sortOrder", "isVisible", "defaultAlertsWithTime/a");
    }

    @Test
    void cssNamesAndHexColorsShouldBeAccepted() throws Exception {
        ObjectNode response = fixture.call("Calendar/set", "{'create': {'a': {'name': 'A', 'color': 'CornflowerBlue'},"
            + " 'b': {'name': 'B', 'color': '#1a2b3c', 'timeZone': 'Europe/Berlin'}}}");

        assertThat(response.path("created").has("a")).isTrue();
        assertThat(response.path("created").has("b")).isTrue();
    }

    @Test
    void aCalendarWithEventsShouldOnlyBeDestroyedWithOnDestroyRemoveEvents() throws Exception {
        String work = fixture.call("Calendar/set", "{'create': {'w': {'name': 'Work'}}}").at("/created/w/id").asText();
        String onlyInWork = fixture.event("{'title': 'Standup', 'start': '2026-12-07T09:00:00', 'calendarIds': {'" + work + "': true}}");
        String inBoth = fixture.event("{'title': 'Review', 'start': '2026-12-08T09:00:00',"
            + " 'calendarIds': {'" + work + "': true, 'default': true}}");

        assertThatJson(fixture.call("Calendar/set", "{'destroy': ['" + work + "']}"))
            .inPath("notDestroyed." + work + ".type").isEqualTo("calendarHasEvent");
        assertThatJson(fixture.call("Calendar/set", "{'destroy': ['" + work + "'], 'onDestroyRemoveEvents': true}"))
            .inPath("destroyed").isEqualTo(json("['" + work + "']"));
        ObjectNode events = fixture.call("CalendarEvent/get", "{'ids': ['" + onlyInWork + "', '" + inBoth + "']}");
        assertThatJson(events).inPath("notFound").isEqualTo(json("['" + onlyInWork + "']"));
        assertThatJson(events).inPath("list[0].calendarIds").isEqualTo(json("{'default': true}"));
    }

    @Test
    void aCalendarSharedForFreeBusyOnlyShouldNotBeVisible() throws Exception {
        String team = fixture.call("Calendar/set", "{'create': {'t': {'name': 'Team', 'shareWith': {"
            + "'bob': {'mayReadFreeBusy': true}, 'carol': {'mayReadItems': true}}}}}").at("/created/t/id").asText();

        ObjectNode carolSees = fixture.call("Calendar/get", org.jmapx.engine.testing.FakeMethodContext.of("carol"), "{}");

        assertThatJson(carolSees).inPath("list[*].id").isEqualTo(json("['" + team + "']"));
        assertThatJson(carolSees).inPath("list[0]").isObject().containsEntry("name", "Team")
            .containsEntry("isSubscribed", false).containsEntry("includeInAvailability", "none");
        org.jmapx.engine.method.MethodErrorException error = org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> fixture.call("Calendar/get", org.jmapx.engine.testing.FakeMethodContext.of("bob"), "{}"),
            org.jmapx.engine.method.MethodErrorException.class);
        assertThat(error.type()).isEqualTo("accountNotFound");
    }
}
