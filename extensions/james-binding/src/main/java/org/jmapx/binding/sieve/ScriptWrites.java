package org.jmapx.binding.sieve;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.james.sieverepository.api.exception.QuotaExceededException;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.type.TypeStorage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The writes of one SieveScript/set call (RFC 9661 2.4), run under the account's lock: each create,
 * update or destroy is checked completely before James's repository is written, so a refused one
 * writes nothing; the records follow the repository and are committed with one change at the end.
 */
final class ScriptWrites {
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final String accountId;
    private final String username;
    private final UserScripts user;
    private final TypeStorage storage;
    private final ContentCheck contentCheck;
    private final SieveLimits limits;
    private final Clock clock;
    private final Map<String, ObjectNode> records = new LinkedHashMap<>();
    private final Map<String, ObjectNode> puts = new LinkedHashMap<>();
    private final Set<String> created = new LinkedHashSet<>();
    private final Set<String> updated = new LinkedHashSet<>();
    private final Set<String> destroyed = new LinkedHashSet<>();
    private final Map<String, ObjectNode> updateReports = new LinkedHashMap<>();

    ScriptWrites(String accountId, String username, UserScripts user, TypeStorage storage, ContentCheck contentCheck,
                 SieveLimits limits, Clock clock) {
        this.accountId = accountId;
        this.username = username;
        this.user = user;
        this.storage = storage;
        this.contentCheck = contentCheck;
        this.limits = limits;
        this.clock = clock;
        storage.all(accountId).forEach(record -> records.put(record.path(SieveScriptRecords.ID).asText(), record));
    }

    /** The created record as the response reports it, or the error. */
    Result create(ObjectNode properties) {
        Optional<SetError> shape = checkShape(properties, true);
        if (shape.isPresent()) {
            return Result.failed(shape.get());
        }
        JsonNode nameValue = properties.get(SieveScriptRecords.NAME);
        boolean nameChosenByServer = nameValue == null || nameValue.isNull();
        String name = nameChosenByServer ? serverChosenName() : nameValue.asText();
        Optional<SetError> nameError = checkName(name, Optional.empty());
        if (nameError.isPresent()) {
            return Result.failed(nameError.get());
        }
        if (limits.maxNumberScripts().isPresent() && records.size() >= limits.maxNumberScripts().get()) {
            return Result.failed(SetError.overQuota("maxNumberScripts " + limits.maxNumberScripts().get() + " reached"));
        }
        ContentCheck.Checked checked = contentCheck.check(accountId, username, properties.get(SieveScriptRecords.BLOB_ID).asText());
        if (checked.error().isPresent()) {
            return Result.failed(checked.error().get());
        }
        try {
            user.put(name, checked.content().get());
        } catch (QuotaExceededException e) {
            return Result.failed(SetError.overQuota("The Sieve quota of " + username + " would be exceeded"));
        }
        String id = UUID.randomUUID().toString();
        ObjectNode record = SieveScriptRecords.of(id, name, checked.content().get(), false);
        store(record);
        created.add(id);
        ObjectNode reported = record.deepCopy();
        if (!nameChosenByServer) {
            reported.remove(SieveScriptRecords.NAME);
        }
        return Result.done(id, reported);
    }

    Optional<SetError> update(String id, ObjectNode patch) {
        ObjectNode record = records.get(id);
        if (record == null) {
            return Optional.of(SetError.notFound(id));
        }
        Optional<SetError> shape = checkShape(patch, false);
        if (shape.isPresent()) {
            return shape;
        }
        String oldName = SieveScriptRecords.name(record);
        String name = patch.has(SieveScriptRecords.NAME) ? patch.get(SieveScriptRecords.NAME).asText() : oldName;
        if (!name.equals(oldName)) {
            Optional<SetError> nameError = checkName(name, Optional.of(id));
            if (nameError.isPresent()) {
                return nameError;
            }
        }
        Optional<byte[]> newContent = Optional.empty();
        String blobId = patch.path(SieveScriptRecords.BLOB_ID).asText(record.path(SieveScriptRecords.BLOB_ID).asText());
        if (!blobId.equals(record.path(SieveScriptRecords.BLOB_ID).asText())) {
            ContentCheck.Checked checked = contentCheck.check(accountId, username, blobId);
            if (checked.error().isPresent()) {
                return checked.error();
            }
            newContent = checked.content();
            try {
                user.checkSpace(oldName, newContent.get().length);
            } catch (QuotaExceededException e) {
                return Optional.of(SetError.overQuota("The Sieve quota of " + username + " would be exceeded"));
            }
        }
        if (!name.equals(oldName)) {
            user.rename(oldName, name);
        }
        byte[] content = newContent.orElseGet(() -> user.content(name));
        if (newContent.isPresent()) {
            try {
                user.put(name, content);
            } catch (QuotaExceededException e) {
                return Optional.of(SetError.overQuota("The Sieve quota of " + username + " would be exceeded"));
            }
            if (SieveScriptRecords.isActive(record)) {
                user.activate(name);
            }
        }
        ObjectNode after = SieveScriptRecords.of(id, name, content, SieveScriptRecords.isActive(record));
        store(after);
        updated.add(id);
        // the server-set blobId differs from the uploaded one the client sent
        if (newContent.isPresent()) {
            report(id).put(SieveScriptRecords.BLOB_ID, after.path(SieveScriptRecords.BLOB_ID).asText());
        } else {
            updateReports.putIfAbsent(id, null);
        }
        return Optional.empty();
    }

    Optional<SetError> destroy(String id) {
        ObjectNode record = records.get(id);
        if (record == null) {
            return Optional.of(SetError.notFound(id));
        }
        if (SieveScriptRecords.isActive(record)) {
            return Optional.of(SetError.of("sieveIsActive", "Deactivate the script in an earlier SieveScript/set call first"));
        }
        user.delete(SieveScriptRecords.name(record));
        records.remove(id);
        puts.remove(id);
        destroyed.add(id);
        return Optional.empty();
    }

    /** onSuccessDeactivateScript: true. */
    void deactivate() {
        Optional<ObjectNode> active = active();
        if (active.isPresent()) {
            user.deactivate();
            setActive(active.get(), false);
        }
    }

    /** onSuccessActivateScript: an unknown id is ignored, as RFC 9661 2.4 says. */
    void activate(String id) {
        ObjectNode record = records.get(id);
        if (record == null || SieveScriptRecords.isActive(record)) {
            return;
        }
        Optional<ObjectNode> previous = active();
        user.activate(SieveScriptRecords.name(record));
        previous.ifPresent(old -> setActive(old, false));
        setActive(record, true);
    }

    /** Commits the records and their change; returns the new state. */
    String commit() {
        Set<String> updatedOnly = new HashSet<>(updated);
        updatedOnly.removeAll(created);
        Map<String, ObjectNode> kept = new LinkedHashMap<>(puts);
        kept.keySet().removeAll(destroyed);
        Change change = new Change(created, updatedOnly, destroyed);
        if (change.isEmpty()) {
            return storage.state(accountId);
        }
        return storage.commit(accountId, kept, destroyed, change);
    }

    boolean isActive(String id) {
        return records.containsKey(id) && SieveScriptRecords.isActive(records.get(id));
    }

    /** Updates to report: a created script activated appears in "created" instead. */
    Map<String, ObjectNode> updateReports() {
        Map<String, ObjectNode> reports = new LinkedHashMap<>(updateReports);
        reports.keySet().removeAll(created);
        return reports;
    }

    private void setActive(ObjectNode record, boolean active) {
        String id = record.path(SieveScriptRecords.ID).asText();
        ObjectNode changed = record.deepCopy().put(SieveScriptRecords.IS_ACTIVE, active);
        store(changed);
        updated.add(id);
        report(id).put(SieveScriptRecords.IS_ACTIVE, active);
    }

    private ObjectNode report(String id) {
        ObjectNode report = updateReports.get(id);
        if (report == null) {
            report = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            updateReports.put(id, report);
        }
        return report;
    }

    private Optional<ObjectNode> active() {
        return records.values().stream().filter(SieveScriptRecords::isActive).findFirst();
    }

    private void store(ObjectNode record) {
        String id = record.path(SieveScriptRecords.ID).asText();
        records.put(id, record);
        puts.put(id, record);
    }

    private Optional<SetError> checkShape(ObjectNode properties, boolean creating) {
        List<String> invalid = new java.util.ArrayList<>();
        properties.fields().forEachRemaining(field -> {
            String property = field.getKey();
            JsonNode value = field.getValue();
            boolean valid = switch (property) {
                case SieveScriptRecords.NAME -> value.isTextual() || (creating && value.isNull());
                case SieveScriptRecords.BLOB_ID -> value.isTextual();
                // server-set: a client may only echo the value the server would set
                case SieveScriptRecords.IS_ACTIVE -> creating && value.isBoolean() && !value.asBoolean();
                default -> false;
            };
            if (!valid) {
                invalid.add(property);
            }
        });
        if (creating && !properties.hasNonNull(SieveScriptRecords.BLOB_ID) && !invalid.contains(SieveScriptRecords.BLOB_ID)) {
            invalid.add(SieveScriptRecords.BLOB_ID);
        }
        if (invalid.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SetError.invalidProperties(invalid.stream()
            .map(property -> new org.jmapx.engine.type.PropertyProblem(property, "invalid, missing or server-set"))
            .toList()));
    }

    private Optional<SetError> checkName(String name, Optional<String> renamedId) {
        Optional<String> problem = ScriptNames.problem(name, limits.maxSizeScriptName());
        if (problem.isPresent()) {
            return Optional.of(SetError.invalidProperty(SieveScriptRecords.NAME, problem.get()));
        }
        return records.values().stream()
            .filter(record -> SieveScriptRecords.name(record).equals(name))
            .map(record -> record.path(SieveScriptRecords.ID).asText())
            .filter(existing -> renamedId.map(id -> !id.equals(existing)).orElse(true))
            .findFirst()
            .map(SetError::alreadyExists);
    }

    /** A unique name like the RFC's example: "{local part}-{UTC time}-{n}". */
    private String serverChosenName() {
        String prefix = username.contains("@") ? username.substring(0, username.indexOf('@')) : username;
        String base = prefix + "-" + NAME_TIME.format(clock.instant());
        Set<String> names = new HashSet<>();
        records.values().forEach(record -> names.add(SieveScriptRecords.name(record)));
        int n = 0;
        while (names.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    record Result(Optional<String> id, Optional<ObjectNode> reported, Optional<SetError> error) {
        static Result done(String id, ObjectNode reported) {
            return new Result(Optional.of(id), Optional.of(reported), Optional.empty());
        }

        static Result failed(SetError error) {
            return new Result(Optional.empty(), Optional.empty(), Optional.of(error));
        }
    }
}
