package org.jmapx.engine.testing;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;

import org.jmapx.engine.access.DefaultContainer;
import org.jmapx.engine.access.RightsModel;
import org.jmapx.engine.access.RightsModel.Operation;
import org.jmapx.engine.access.Sharing;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertySchema;

/**
 * A shared container type described as data only, with calendars-like rights (a right no operation
 * needs that alone does not show the notebook, mayReadFreeBusy, and a separate admin right) and per-user
 * properties, one inherited from the owner (name): it has no access-control code of its own, and the
 * engine enforces its rights on every method.
 */
public final class NotebookType implements JmapType {
    public static final String CAPABILITY = "urn:example:notes";

    static final RightsModel RIGHTS = RightsModel.builder()
        .unseenRight("mayReadFreeBusy")
        .right("mayReadItems", Operation.READ_ITEMS)
        .right("mayWriteAll", Operation.WRITE_ITEMS)
        .right("mayAdmin", Operation.SHARE, Operation.MODIFY_CONTAINER)
        .right("mayDelete", Operation.DELETE_CONTAINER)
        .build();

    @Override
    public String name() {
        return "Notebook";
    }

    @Override
    public String capability() {
        return CAPABILITY;
    }

    @Override
    public PropertySchema schema() {
        return PropertySchema.builder()
            .requiredProperty("name")
            .propertyWithDefault("description", NullNode.getInstance())
            .propertyWithDefault("color", NullNode.getInstance())
            .propertyWithDefault("isSubscribed", BooleanNode.TRUE)
            .serverSetProperty("isDefault")
            .propertyWithDefault(Sharing.SHARE_WITH, NullNode.getInstance())
            .computedProperty(Sharing.MY_RIGHTS)
            .build();
    }

    @Override
    public Optional<Sharing> sharing() {
        return Optional.of(new Sharing(RIGHTS, Map.of("isSubscribed", BooleanNode.FALSE, "color", NullNode.getInstance(),
            "name", MissingNode.getInstance()),
            Optional.of(new DefaultContainer("inbox", JsonNodeFactory.instance.objectNode()
                .put("id", "inbox").put("name", "Inbox").putNull("description").putNull("color").put("isSubscribed", true)
                .put("isDefault", true).putNull(Sharing.SHARE_WITH), "isDefault"))));
    }
}
