package org.jmapx.it.sieve;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** RFC 9661 over HTTP: the capability, SieveScript/get, /set, /changes, /query and /validate on James's SieveRepository. */
public interface SieveScriptContract {
    String FILE_INTO = "require \"fileinto\";\r\nif header :contains \"subject\" \"jmapx\" {\r\n  fileinto \"Filtered\";\r\n}\r\n";
    String KEEP = "keep;\r\n";

    JmapxServerExtension server();

    default SieveUser user() {
        return SieveUser.create(server());
    }

    @Test
    default void theSessionShouldAdvertiseTheSieveCapabilityAsJamesSieveEngineSupportsIt() {
        SieveUser user = user();
        JsonNode session = user.client().sessionJson();

        assertThatJson(session.toString()).inPath("capabilities['urn:ietf:params:jmap:sieve']").isEqualTo("""
            {"implementation": "${json-unit.any-string}", "maxSizeScriptName": 512, "maxSizeScript": 65536,
             "maxNumberScripts": 32, "maxNumberRedirects": null,
             "sieveExtensions": ["log", "fileinto", "reject", "vacation", "comparator-i;ascii-numeric", "envelope", "body"],
             "notificationMethods": null, "externalLists": null}""");
        assertThat(session.at("/accounts/" + user.accountId() + "/accountCapabilities").has("urn:ietf:params:jmap:sieve")).isTrue();
    }

    @Test
    default void aCreatedScriptShouldBeListedInactiveAndDownloadableAsItWasUploaded() {
        SieveUser user = user();
        String id = user.createScript("filters", FILE_INTO, false);

        JsonNode get = user.scripts();

        assertThat(get.path("list")).hasSize(1);
        JsonNode script = get.at("/list/0");
        assertThat(script.path("id").asText()).isEqualTo(id);
        assertThat(script.path("name").asText()).isEqualTo("filters");
        assertThat(script.path("isActive").asBoolean()).isFalse();
        HttpResponse<byte[]> download = user.download(script.path("blobId").asText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo(FILE_INTO);
    }

    @Test
    default void aNullNameShouldBeChosenByTheServerAndReported() {
        SieveUser user = user();
        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {\"a\": {\"name\": null, \"blobId\": \""
            + user.upload(KEEP) + "\"}}}");

        String name = response.at("/created/a/name").asText();
        assertThat(name).startsWith(user.username().substring(0, user.username().indexOf('@')) + "-");
        assertThat(user.scripts().at("/list/0/name").asText()).isEqualTo(name);
    }

    @Test
    default void onSuccessActivateScriptShouldActivateTheCreatedScriptAndDeactivateThePreviousOne() {
        SieveUser user = user();
        String first = user.createScript("first", KEEP, true);

        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {\"b\": {\"name\": \"second\", \"blobId\": \""
            + user.upload(FILE_INTO) + "\"}}, \"onSuccessActivateScript\": \"#b\"}");

        assertThat(response.at("/created/b/isActive").asBoolean()).isTrue();
        assertThatJson(response.path("updated").toString()).isEqualTo("{\"" + first + "\": {\"isActive\": false}}");
        JsonNode active = user.single("SieveScript/query", "{\"accountId\": \"%1$s\", \"filter\": {\"isActive\": true}}");
        assertThat(active.path("ids")).extracting(JsonNode::asText).containsExactly(response.at("/created/b/id").asText());
    }

    @Test
    default void anInvalidScriptShouldBeInvalidSieveWithItsLineAndNeitherStoredNorActivated() {
        SieveUser user = user();
        String active = user.createScript("active", KEEP, true);

        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {\"bad\": {\"name\": \"bad\", \"blobId\": \""
            + user.upload("require \"fileinto\";\r\nif true {\r\n  fileinto \"x\"\r\n}\r\n") + "\"}}, \"onSuccessActivateScript\": \"#bad\"}");

        assertThat(response.at("/notCreated/bad/type").asText()).isEqualTo("invalidSieve");
        assertThat(response.at("/notCreated/bad/description").asText()).contains("line 4");
        assertThat(response.path("updated").isNull()).isTrue();
        JsonNode scripts = user.scripts().path("list");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.at("/0/id").asText()).isEqualTo(active);
        assertThat(scripts.at("/0/isActive").asBoolean()).isTrue();
    }

    @Test
    default void aScriptRequiringAnExtensionJSieveLacksShouldBeInvalidSieve() {
        SieveUser user = user();
        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {\"f\": {\"name\": \"flags\", \"blobId\": \""
            + user.upload("require \"imap4flags\";\r\nsetflag \"\\\\Flagged\";\r\n") + "\"}}}");

        assertThat(response.at("/notCreated/f/type").asText()).isEqualTo("invalidSieve");
        assertThat(response.at("/notCreated/f/description").asText()).contains("imap4flags").contains("line 1");
    }

    @Test
    default void aScriptLargerThanMaxSizeScriptShouldBeTooLarge() {
        SieveUser user = user();
        String large = "# " + "x".repeat(65_536) + "\r\nkeep;\r\n";

        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {\"l\": {\"name\": \"large\", \"blobId\": \""
            + user.upload(large) + "\"}}}");

        assertThat(response.at("/notCreated/l/type").asText()).isEqualTo("tooLarge");
        assertThat(user.scripts().path("list")).isEmpty();
    }

    @Test
    default void aSecondScriptWithTheSameNameShouldBeAlreadyExistsNamingTheFirst() {
        SieveUser user = user();
        String first = user.createScript("same", KEEP, false);

        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {\"d\": {\"name\": \"same\", \"blobId\": \""
            + user.upload(KEEP) + "\"}}}");

        assertThat(response.at("/notCreated/d/type").asText()).isEqualTo("alreadyExists");
        assertThat(response.at("/notCreated/d/existingId").asText()).isEqualTo(first);
    }

    @Test
    default void aScriptBeyondMaxNumberScriptsShouldBeOverQuota() {
        SieveUser user = user();
        String blobId = user.upload(KEEP);
        StringBuilder creates = new StringBuilder();
        for (int i = 0; i <= 32; i++) {
            creates.append(i == 0 ? "" : ", ").append("\"c").append(i).append("\": {\"name\": \"s").append(i)
                .append("\", \"blobId\": \"").append(blobId).append("\"}");
        }

        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {" + creates + "}}");

        assertThat(response.path("created")).hasSize(32);
        // James's request parsing does not keep the order of "create": any one of them is the 33rd
        assertThat(response.path("notCreated")).hasSize(1);
        assertThat(response.path("notCreated").elements().next().path("type").asText()).isEqualTo("overQuota");
        assertThat(user.scripts().path("list")).hasSize(32);
    }

    @Test
    default void anUnknownBlobShouldBeBlobNotFound() {
        SieveUser user = user();
        JsonNode response = user.single("SieveScript/set",
            "{\"accountId\": \"%1$s\", \"create\": {\"u\": {\"name\": \"u\", \"blobId\": \"uploads-00000000-0000-1000-8000-000000000000\"}}}");

        assertThat(response.at("/notCreated/u/type").asText()).isEqualTo("blobNotFound");
    }

    @Test
    default void serverSetAndUnknownPropertiesShouldBeInvalidProperties() {
        SieveUser user = user();
        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"create\": {\"p\": {\"name\": \"p\", \"isActive\": true, "
            + "\"colour\": \"red\", \"blobId\": \"" + user.upload(KEEP) + "\"}}}");

        assertThat(response.at("/notCreated/p/type").asText()).isEqualTo("invalidProperties");
        assertThat(response.at("/notCreated/p/properties")).extracting(JsonNode::asText).containsExactlyInAnyOrder("isActive", "colour");
    }

    @Test
    default void theActiveScriptShouldNotBeDestroyedUntilDeactivatedInAnEarlierCall() {
        SieveUser user = user();
        String id = user.createScript("active", KEEP, true);

        JsonNode refused = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"destroy\": [\"" + id + "\"], \"onSuccessDeactivateScript\": true}");
        JsonNode deactivated = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"onSuccessDeactivateScript\": true}");
        JsonNode destroyed = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"destroy\": [\"" + id + "\"]}");

        assertThat(refused.at("/notDestroyed/" + id + "/type").asText()).isEqualTo("sieveIsActive");
        assertThat(refused.path("updated").isNull()).as("nothing deactivated when a destroy failed").isTrue();
        assertThatJson(deactivated.path("updated").toString()).isEqualTo("{\"" + id + "\": {\"isActive\": false}}");
        assertThat(destroyed.path("destroyed")).extracting(JsonNode::asText).containsExactly(id);
        assertThat(user.scripts().path("list")).isEmpty();
    }

    @Test
    default void renamingAndRewritingShouldKeepTheIdAndGiveANewBlobId() {
        SieveUser user = user();
        String id = user.createScript("old", KEEP, true);
        String oldBlobId = user.scripts().at("/list/0/blobId").asText();

        JsonNode response = user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + id + "\": {\"name\": \"new\", \"blobId\": \""
            + user.upload(FILE_INTO) + "\"}}}");

        String newBlobId = response.at("/updated/" + id + "/blobId").asText();
        assertThat(newBlobId).isNotEqualTo(oldBlobId);
        JsonNode script = user.scripts().at("/list/0");
        assertThat(script.path("id").asText()).isEqualTo(id);
        assertThat(script.path("name").asText()).isEqualTo("new");
        assertThat(script.path("isActive").asBoolean()).as("a rewritten active script stays active").isTrue();
        assertThat(script.path("blobId").asText()).isEqualTo(newBlobId);
        assertThat(new String(user.download(newBlobId).body(), StandardCharsets.UTF_8)).isEqualTo(FILE_INTO);
        assertThat(user.download(oldBlobId).statusCode()).as("a blobId never names other content").isEqualTo(404);
    }

    @Test
    default void changesShouldReportCreationsUpdatesAndDestructions() {
        SieveUser user = user();
        String kept = user.createScript("kept", KEEP, false);
        String gone = user.createScript("gone", KEEP, false);
        String since = user.scripts().path("state").asText();

        String added = user.createScript("added", KEEP, true);
        user.single("SieveScript/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + kept + "\": {\"name\": \"renamed\"}}, \"destroy\": [\"" + gone + "\"]}");
        JsonNode changes = user.single("SieveScript/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + since + "\"}");

        assertThat(changes.path("created")).extracting(JsonNode::asText).containsExactly(added);
        assertThat(changes.path("updated")).extracting(JsonNode::asText).containsExactly(kept);
        assertThat(changes.path("destroyed")).extracting(JsonNode::asText).containsExactly(gone);
        assertThat(changes.path("newState").asText()).isEqualTo(user.scripts().path("state").asText());
    }

    @Test
    default void queryShouldFilterOnNameAndSortByName() {
        SieveUser user = user();
        String b = user.createScript("Vacation b", KEEP, false);
        String a = user.createScript("vacation a", KEEP, false);
        user.createScript("other", KEEP, false);

        JsonNode query = user.single("SieveScript/query", "{\"accountId\": \"%1$s\", \"filter\": {\"name\": \"VACATION\"}, "
            + "\"sort\": [{\"property\": \"name\"}]}");

        assertThat(query.path("ids")).extracting(JsonNode::asText).containsExactly(a, b);
    }

    @Test
    default void validateShouldGiveInvalidSieveForABadScriptAndNullForAGoodOne() {
        SieveUser user = user();
        JsonNode bad = user.single("SieveScript/validate", "{\"accountId\": \"%1$s\", \"blobId\": \"" + user.upload("keep;\r\nfoo;\r\n") + "\"}");
        JsonNode good = user.single("SieveScript/validate", "{\"accountId\": \"%1$s\", \"blobId\": \"" + user.upload(FILE_INTO) + "\"}");

        assertThat(bad.at("/error/type").asText()).isEqualTo("invalidSieve");
        assertThat(bad.at("/error/description").asText()).contains("foo").contains("line 2");
        assertThat(good.has("error")).isTrue();
        assertThat(good.path("error").isNull()).isTrue();
        assertThat(user.scripts().path("list")).as("validate stores nothing").isEmpty();
    }

    @Test
    default void aScriptPutThroughJamesWebAdminShouldBeSeenOverJmapAsActive() {
        SieveUser user = user();
        String since = user.scripts().path("state").asText();

        HttpResponse<String> put = SieveUser.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                + server().webAdminPort() + "/sieve/" + user.username() + "/scripts/admin?activate=true"))
            .PUT(HttpRequest.BodyPublishers.ofString(KEEP)).build());

        assertThat(put.statusCode()).isEqualTo(204);
        JsonNode scripts = user.scripts().path("list");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.at("/0/name").asText()).isEqualTo("admin");
        assertThat(scripts.at("/0/isActive").asBoolean()).isTrue();
        JsonNode changes = user.single("SieveScript/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + since + "\"}");
        assertThat(changes.path("created")).extracting(JsonNode::asText).containsExactly(scripts.at("/0/id").asText());
    }
}
