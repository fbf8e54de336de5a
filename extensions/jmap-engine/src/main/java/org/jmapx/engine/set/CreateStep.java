package org.jmapx.engine.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.type.PropertyProblem;
import org.jmapx.engine.type.PropertySchema;

/** One create of /set, or one copy of /copy once the original was read. */
final class CreateStep {
    private final SetCall call;

    CreateStep(SetCall call) {
        this.call = call;
    }

    /** Creates the record in the working set and records its creation id; returns the new id or the error. */
    CreateOutcome create(String creationId, ObjectNode requested) {
        PropertySchema schema = call.type().schema();
        List<PropertyProblem> problems = new ArrayList<>(SchemaChecks.creatable(requested, schema));
        ObjectNode record = requested.deepCopy();
        SchemaChecks.fillDefaults(record, schema);
        problems.addAll(CreationReferences.resolve(record, schema, call.context()));
        problems.addAll(SchemaChecks.requiredPresent(record, schema));
        // every problem at once, so a client fixes its object in one round trip
        problems.addAll(call.hooks().validate(record));
        problems.addAll(call.access().validate(record));
        if (!problems.isEmpty()) {
            return CreateOutcome.failed(SetError.invalidProperties(problems));
        }
        String id = UUID.randomUUID().toString();
        record.put("id", id);
        call.hooks().fillServerSetProperties(call.accountId(), record);
        call.access().normalize(record);
        Optional<SetError> refused = call.access().checkCreate(record)
            .or(() -> call.hooks().checkWrite(call.accountId(), Optional.empty(), record, call.arguments()))
            .or(() -> call.hooks().findDuplicate(record, call.work()).map(SetError::alreadyExists));
        if (refused.isPresent()) {
            return CreateOutcome.failed(refused.get());
        }
        call.work().create(id, record);
        call.context().recordCreationId(creationId, id);
        return CreateOutcome.created(id);
    }
}
