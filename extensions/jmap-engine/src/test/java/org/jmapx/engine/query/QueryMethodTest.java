package org.jmapx.engine.query;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.testing.TodoFixture;

class QueryMethodTest {
    private final TodoFixture todos = new TodoFixture();
    private String apple;
    private String banana;
    private String cherry;
    private String date;

    @BeforeEach
    void createTodos() throws Exception {
        apple = todos.create("{'title': 'apple', 'priority': 2}");
        banana = todos.create("{'title': 'Banana', 'priority': 1, 'done': true}");
        cherry = todos.create("{'title': 'cherry', 'priority': 2}");
        date = todos.create("{'title': 'date', 'priority': 3, 'done': true}");
    }

    private String ids(String... ids) {
        return "['" + String.join("', '", ids) + "']";
    }

    private MethodErrorException failure(String arguments) {
        return (MethodErrorException) org.assertj.core.api.Assertions.catchThrowable(() -> todos.query(arguments));
    }

    @Test
    void queryShouldSortByTitleCaseInsensitivelyByDefault() throws Exception {
        assertThatJson(todos.query("{'sort': [{'property': 'title'}]}")).isEqualTo(json("{'accountId': '"
            + todos.accountId + "', 'queryState': '" + todos.state() + "', 'canCalculateChanges': true,"
            + " 'position': 0, 'ids': " + ids(apple, banana, cherry, date) + "}"));
    }

    @Test
    void queryShouldHonourTheOctetCollation() throws Exception {
        assertThatJson(todos.query("{'sort': [{'property': 'title', 'collation': 'i;octet'}]}")).inPath("ids")
            .isEqualTo(json(ids(banana, apple, cherry, date)));
    }

    @Test
    void queryShouldSortDescendingAndBreakTiesById() throws Exception {
        String firstOfTie = apple.compareTo(cherry) < 0 ? apple : cherry;
        String secondOfTie = firstOfTie.equals(apple) ? cherry : apple;

        assertThatJson(todos.query("{'sort': [{'property': 'priority', 'isAscending': false}]}")).inPath("ids")
            .isEqualTo(json(ids(date, firstOfTie, secondOfTie, banana)));
    }

    @Test
    void queryShouldFilterWithNestedOperators() throws Exception {
        String filter = "{'operator': 'OR', 'conditions': [{'done': true, 'titleContains': 'ana'},"
            + " {'operator': 'NOT', 'conditions': [{'done': true}, {'titleContains': 'apple'}]}]}";

        assertThatJson(todos.query("{'filter': " + filter + ", 'sort': [{'property': 'title'}]}")).inPath("ids")
            .isEqualTo(json(ids(banana, cherry)));
    }

    @Test
    void queryShouldFilterWithAnd() throws Exception {
        assertThatJson(todos.query("{'filter': {'operator': 'AND', 'conditions': [{'done': true}, {'titleContains': 'd'}]}}"))
            .inPath("ids").isEqualTo(json(ids(date)));
    }

    @Test
    void queryShouldRejectUnknownConditionsAndOperators() {
        assertThat(failure("{'filter': {'color': 'red'}}").type()).isEqualTo("unsupportedFilter");
        assertThat(failure("{'filter': {'operator': 'XOR', 'conditions': []}}").type()).isEqualTo("unsupportedFilter");
    }

    @Test
    void queryShouldRejectUnknownSortPropertiesAndCollations() {
        assertThat(failure("{'sort': [{'property': 'color'}]}").type()).isEqualTo("unsupportedSort");
        assertThat(failure("{'sort': [{'property': 'title', 'collation': 'i;klingon'}]}").type()).isEqualTo("unsupportedSort");
    }

    @Test
    void queryShouldWindowWithPositionAndLimitAndCalculateTheTotal() throws Exception {
        assertThatJson(todos.query("{'sort': [{'property': 'title'}], 'position': 1, 'limit': 2, 'calculateTotal': true}"))
            .isObject().containsEntry("position", 1).containsEntry("total", 4)
            .containsEntry("ids", json(ids(banana, cherry)));
    }

    @Test
    void aNegativePositionShouldCountFromTheEnd() throws Exception {
        assertThatJson(todos.query("{'sort': [{'property': 'title'}], 'position': -1}")).isObject()
            .containsEntry("position", 3).containsEntry("ids", json(ids(date)));
        assertThatJson(todos.query("{'sort': [{'property': 'title'}], 'position': -10}")).isObject()
            .containsEntry("position", 0);
    }

    @Test
    void aPositionBeyondTheResultsShouldGiveNoIds() throws Exception {
        assertThatJson(todos.query("{'position': 10}")).inPath("ids").isArray().isEmpty();
    }

    @Test
    void anAnchorShouldOverrideThePosition() throws Exception {
        assertThatJson(todos.query("{'sort': [{'property': 'title'}], 'position': 3, 'anchor': '" + banana
            + "', 'anchorOffset': -1, 'limit': 2}")).isObject()
            .containsEntry("position", 0).containsEntry("ids", json(ids(apple, banana)));
    }

    @Test
    void anUnknownAnchorShouldBeAnchorNotFound() {
        assertThat(failure("{'anchor': 'nope'}").type()).isEqualTo("anchorNotFound");
    }

    @Test
    void aNegativeLimitShouldBeInvalid() {
        assertThat(failure("{'limit': -1}").type()).isEqualTo("invalidArguments");
    }

    @Test
    void malformedArgumentsShouldBeInvalid() {
        assertThat(failure("{'sort': {'property': 'title'}}").type()).isEqualTo("invalidArguments");
        assertThat(failure("{'sort': [{'isAscending': true}]}").type()).isEqualTo("invalidArguments");
        assertThat(failure("{'position': 'first'}").type()).isEqualTo("invalidArguments");
        assertThat(failure("{'filter': []}").type()).isEqualTo("invalidArguments");
    }

    @Test
    void aFilterOnAnIndexShouldSayChangesCannotBeCalculated() throws Exception {
        assertThatJson(todos.query("{'filter': {'text': 'apple'}}")).isObject()
            .containsEntry("canCalculateChanges", false).containsEntry("ids", json(ids(apple)));
    }

    @Test
    void queryShouldRejectAnInaccessibleAccount() {
        assertThatThrownBy(() -> todos.query("{'accountId': 'other'}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("accountNotFound"));
    }

    @Test
    void aPositiveAnchorOffsetShouldStartAfterTheAnchorAndANegativeOneClampAtZero() throws Exception {
        assertThatJson(todos.query("{'sort': [{'property': 'title'}], 'anchor': '" + banana + "', 'anchorOffset': 2}"))
            .isObject().containsEntry("position", 3).containsEntry("ids", json(ids(date)));
        assertThatJson(todos.query("{'sort': [{'property': 'title'}], 'anchor': '" + cherry + "', 'anchorOffset': -9, 'limit': 1}"))
            .isObject().containsEntry("position", 0).containsEntry("ids", json(ids(apple)));
        assertThatJson(todos.query("{'sort': [{'property': 'title'}], 'anchor': '" + cherry + "', 'anchorOffset': 9}"))
            .inPath("ids").isArray().isEmpty();
    }

    @Test
    void anAnchorOffsetWithoutAnAnchorShouldBeIgnored() throws Exception {
        assertThatJson(todos.query("{'sort': [{'property': 'title'}], 'position': 1, 'anchorOffset': 2, 'limit': 1}"))
            .isObject().containsEntry("position", 1).containsEntry("ids", json(ids(banana)));
    }

    @Test
    void aZeroLimitShouldGiveNoIdsButStillTheTotal() throws Exception {
        assertThatJson(todos.query("{'limit': 0, 'calculateTotal': true}")).isObject()
            .containsEntry("ids", json("[]")).containsEntry("total", 4);
    }

    @Test
    void theTotalShouldBeOmittedUnlessAsked() throws Exception {
        assertThatJson(todos.query("{'calculateTotal': false}")).isObject().doesNotContainKey("total");
    }

    @Test
    void notWithSeveralConditionsShouldMatchWhatMatchesNoneOfThem() throws Exception {
        assertThatJson(todos.query("{'filter': {'operator': 'NOT', 'conditions': [{'done': true}, {'titleContains': 'apple'}]}}"))
            .inPath("ids").isEqualTo(json(ids(cherry)));
    }

    @Test
    void aMalformedFilterOperatorShouldBeInvalidArgumentsNotUnsupportedFilter() {
        assertThat(failure("{'filter': {'operator': 1, 'conditions': []}}").type()).isEqualTo("invalidArguments");
        assertThat(failure("{'filter': {'operator': 'AND', 'conditions': {}}}").type()).isEqualTo("invalidArguments");
        assertThat(failure("{'filter': {'operator': 'AND', 'conditions': [1]}}").type()).isEqualTo("invalidArguments");
    }

    @Test
    void theDefaultCollationShouldBeUnicodeAwareAndCaseInsensitive() throws Exception {
        TodoFixture accents = new TodoFixture();
        String zed = accents.create("{'title': 'zed'}");
        String elan = accents.create("{'title': '\u00c9lan'}");
        String eve = accents.create("{'title': 'eve'}");

        assertThatJson(accents.query("{'sort': [{'property': 'title'}]}")).inPath("ids").isEqualTo(json(ids(eve, elan, zed)));
        assertThatJson(accents.query("{'sort': [{'property': 'title', 'collation': 'i;unicode-casemap'}]}")).inPath("ids")
            .isEqualTo(json(ids(eve, elan, zed)));
        assertThatJson(accents.query("{'sort': [{'property': 'title', 'collation': 'i;ascii-casemap'}]}")).inPath("ids")
            .isEqualTo(json(ids(eve, zed, elan)));
    }

    @Test
    void theOctetCollationShouldCompareCodePointsNotUtf16Units() throws Exception {
        TodoFixture octets = new TodoFixture();
        String emoji = octets.create("{'title': '\ud83d\ude00'}");
        String fullwidth = octets.create("{'title': '\uff21'}");

        assertThatJson(octets.query("{'sort': [{'property': 'title', 'collation': 'i;octet'}]}")).inPath("ids")
            .isEqualTo(json(ids(fullwidth, emoji)));
    }
}
