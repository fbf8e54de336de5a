package org.jmapx.engine.testing;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

import org.jmapx.engine.access.DefaultContainer;
import org.jmapx.engine.access.RightsModel;
import org.jmapx.engine.access.RightsModel.Operation;
import org.jmapx.engine.access.Sharing;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertySchema;

/**
 * A shared container type described as data only, with calendars-like rights (a right no operation
 * needs, mayReadFreeBusy, and a separate admin right): it has no access-control code of its own, and the
 * engine enforces its rights on every method.
 */
public final class NotebookType implements JmapType {
    public static final String CAPABILITY = "urn:example:notes";

    static final RightsModel RIGHTS = RightsModel.builder()
        .right("mayReadFreeBusy")
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
            .propertyWithDefault("color", NullNode.getInstance())
            .propertyWithDefault("isSubscribed", BooleanNode.TRUE)
            .serverSetProperty("isDefault")
            .propertyWithDefault(Sharing.SHARE_WITH, NullNode.getInstance())
            .computedProperty(Sharing.MY_RIGHTS)
            .build();
    }

    @Override
    public Optional<Sharing> sharing() {
        return Optional.of(new Sharing(RIGHTS, Map.of("isSubscribed", BooleanNode.FALSE, "color", NullNode.getInstance()),
            Optional.of(new DefaultContainer("inbox", JsonNodeFactory.instance.objectNode()
                .put("id", "inbox").put("name", "Inbox").putNull("color").put("isSubscribed", true)
                .put("isDefault", true).putNull(Sharing.SHARE_WITH), "isDefault"))));
    }
}
