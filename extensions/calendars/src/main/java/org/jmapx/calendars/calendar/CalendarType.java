package org.jmapx.calendars.calendar;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.jmapx.calendars.CalendarsCapability;
import org.jmapx.engine.access.DefaultContainer;
import org.jmapx.engine.access.RightsModel;
import org.jmapx.engine.access.RightsModel.Operation;
import org.jmapx.engine.access.Sharing;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertySchema;

/**
 * The Calendar of draft-ietf-jmap-calendars ("Calendars"): a shared container of CalendarEvents, with the
 * draft's CalendarRights and its per-user properties, all described as data for the engine.
 */
public final class CalendarType implements JmapType {
    public static final String NAME = "Calendar";
    public static final String IS_DEFAULT = "isDefault";
    static final String DEFAULT_ID = "default";

    private static final PropertySchema SCHEMA = PropertySchema.builder()
        .requiredProperty("name")
        .propertyWithDefault("description", NullNode.getInstance())
        .propertyWithDefault("color", NullNode.getInstance())
        .propertyWithDefault("sortOrder", IntNode.valueOf(0))
        .propertyWithDefault("isSubscribed", BooleanNode.TRUE)
        .propertyWithDefault("isVisible", BooleanNode.TRUE)
        .serverSetProperty(IS_DEFAULT)
        .propertyWithDefault("includeInAvailability", TextNode.valueOf("all"))
        .propertyWithDefault("defaultAlertsWithTime", NullNode.getInstance())
        .propertyWithDefault("defaultAlertsWithoutTime", NullNode.getInstance())
        .propertyWithDefault("timeZone", NullNode.getInstance())
        .propertyWithDefault(Sharing.SHARE_WITH, NullNode.getInstance())
        .computedProperty(Sharing.MY_RIGHTS)
        .build();

    /**
     * mayWriteOwn, mayUpdatePrivate and mayRSVP are part of the vocabulary (validated, shared, reported);
     * the events they open to a sharee are not writable through them yet (docs/calendars.md).
     */
    static final RightsModel RIGHTS = RightsModel.builder()
        .unseenRight("mayReadFreeBusy")
        .right("mayReadItems", Operation.READ_ITEMS)
        .right("mayWriteAll", Operation.WRITE_ITEMS)
        .right("mayWriteOwn")
        .right("mayUpdatePrivate")
        .right("mayRSVP")
        .right("mayAdmin", Operation.SHARE, Operation.MODIFY_CONTAINER)
        .right("mayDelete", Operation.DELETE_CONTAINER)
        .build();

    /** "Calendar/set": stored per user; name, color and timeZone inherited from the owner until set. */
    private static final Map<String, JsonNode> PER_USER = Map.of(
        "name", MissingNode.getInstance(),
        "color", MissingNode.getInstance(),
        "timeZone", MissingNode.getInstance(),
        "sortOrder", IntNode.valueOf(0),
        "isVisible", BooleanNode.TRUE,
        "isSubscribed", BooleanNode.FALSE,
        "includeInAvailability", TextNode.valueOf("none"),
        "defaultAlertsWithTime", NullNode.getInstance(),
        "defaultAlertsWithoutTime", NullNode.getInstance());

    private static final Sharing SHARING = new Sharing(RIGHTS, PER_USER,
        Optional.of(new DefaultContainer(DEFAULT_ID, defaultCalendar(), IS_DEFAULT)));

    private final CalendarSetHooks setHooks;

    public CalendarType(CalendarContents contents) {
        this.setHooks = new CalendarSetHooks(contents);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String capability() {
        return CalendarsCapability.URN;
    }

    @Override
    public PropertySchema schema() {
        return SCHEMA;
    }

    @Override
    public Optional<Sharing> sharing() {
        return Optional.of(SHARING);
    }

    @Override
    public SetHooks setHooks() {
        return setHooks;
    }

    private static ObjectNode defaultCalendar() {
        ObjectNode calendar = JsonNodeFactory.instance.objectNode();
        calendar.put("id", DEFAULT_ID);
        calendar.put("name", "Calendar");
        calendar.putNull("description");
        calendar.putNull("color");
        calendar.put("sortOrder", 0);
        calendar.put("isSubscribed", true);
        calendar.put("isVisible", true);
        calendar.put(IS_DEFAULT, true);
        calendar.put("includeInAvailability", "all");
        calendar.putNull("defaultAlertsWithTime");
        calendar.putNull("defaultAlertsWithoutTime");
        calendar.putNull("timeZone");
        calendar.putNull(Sharing.SHARE_WITH);
        return calendar;
    }
}
