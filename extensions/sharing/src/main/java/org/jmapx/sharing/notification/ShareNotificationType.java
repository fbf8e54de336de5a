package org.jmapx.sharing.notification;

import java.util.List;

import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertySchema;
import org.jmapx.engine.type.TypeStorage;
import org.jmapx.sharing.PrincipalsCapability;

/**
 * The ShareNotification of RFC 9670 section 3, kept in the notified user's account (the account they
 * read Principals from). Every property is set by the server; expired notifications go on access.
 */
public final class ShareNotificationType implements JmapType {
    public static final String NAME = "ShareNotification";
    static final List<String> PROPERTIES = List.of("created", "changedBy", "objectType", "objectAccountId", "objectId",
        "oldRights", "newRights", "name");

    private static final PropertySchema SCHEMA = buildSchema();

    private final NotificationRetention retention;

    public ShareNotificationType(NotificationRetention retention) {
        this.retention = retention;
    }

    private static PropertySchema buildSchema() {
        PropertySchema.Builder builder = PropertySchema.builder();
        PROPERTIES.forEach(builder::serverSetProperty);
        return builder.build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String capability() {
        return PrincipalsCapability.URN;
    }

    @Override
    public PropertySchema schema() {
        return SCHEMA;
    }

    @Override
    public void prepareAccount(String accountId, TypeStorage storage) {
        retention.expire(accountId, storage);
    }

    @Override
    public QuerySupport querySupport() {
        return new ShareNotificationQuerySupport();
    }
}
