package org.jmapx.engine.testing;

import java.util.Optional;

import org.jmapx.engine.access.Membership;
import org.jmapx.engine.type.IdReference;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertySchema;

/** The items of {@link NotebookType}, in several notebooks at once, described as data only. */
public final class NoteType implements JmapType {

    @Override
    public String name() {
        return "Note";
    }

    @Override
    public String capability() {
        return NotebookType.CAPABILITY;
    }

    @Override
    public PropertySchema schema() {
        return PropertySchema.builder()
            .requiredProperty("text")
            .idReferenceProperty("notebookIds", IdReference.MAP_KEYS)
            .build();
    }

    @Override
    public Optional<Membership> membership() {
        return Optional.of(new Membership("Notebook", "notebookIds"));
    }
}
