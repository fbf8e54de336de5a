package org.jmapx.engine.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.type.PropertyProblem;
import org.jmapx.engine.type.PropertySchema;

/** One update of /set: a PatchObject applied to the record as clients see it. */
final class UpdateStep {
    private final SetCall call;

    UpdateStep(SetCall call) {
        this.call = call;
    }

    Optional<SetError> update(String id, ObjectNode patchJson) {
        Optional<ObjectNode> stored = call.work().get(id);
        if (stored.isEmpty() || !call.access().canRead(stored.get())) {
            return Optional.of(SetError.notFound(id));
        }
        PropertySchema schema = call.type().schema();
        // Patching the client's view (computed properties included) lets a client send back a whole object.
        ObjectNode before = call.view(stored.get());
        ObjectNode after;
        PatchObject patch;
        try {
            patch = PatchObject.parse(patchJson);
            after = patch.applyTo(before, schema);
        } catch (InvalidPatchException e) {
            return Optional.of(SetError.invalidPatch(e.getMessage()));
        }
        List<PropertyProblem> problems = new ArrayList<>(
            SchemaChecks.updatable(before, after, patch.topLevelProperties(), schema));
        ObjectNode record = call.views().stored(after, stored.get(), call.accountId(), call.context());
        problems.addAll(CreationReferences.resolve(record, schema, call.context()));
        problems.addAll(SchemaChecks.requiredPresent(record, schema));
        // every problem at once, so a client fixes its object in one round trip
        problems.addAll(call.hooks().validate(record));
        problems.addAll(call.access().validate(record));
        if (!problems.isEmpty()) {
            return Optional.of(SetError.invalidProperties(problems));
        }
        call.access().normalize(record);
        Optional<SetError> notAllowed = call.access().checkUpdate(stored.get(), record);
        if (notAllowed.isPresent()) {
            return notAllowed;
        }
        ObjectNode clientVersion = record.deepCopy();
        call.hooks().updateServerSetProperties(call.accountId(), stored.get(), record);
        Optional<SetError> refused = call.hooks().checkWrite(call.accountId(), stored, record, call.arguments());
        if (refused.isEmpty()) {
            call.work().replace(id, record);
            call.work().rememberClientVersion(id, call.view(clientVersion));
        }
        return refused;
    }
}
