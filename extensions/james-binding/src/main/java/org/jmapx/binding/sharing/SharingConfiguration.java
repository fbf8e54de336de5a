package org.jmapx.binding.sharing;

import java.io.FileNotFoundException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.util.DurationParser;
import org.apache.james.utils.PropertiesProvider;
import org.jmapx.sharing.notification.NotificationRetention;

/**
 * conf/sharing.properties (optional): {@code sharing.notifications.retention}, how long a
 * ShareNotification is kept ("30d" by default; units as James's, e.g. "12h", "90d"; a bare number is days).
 */
public record SharingConfiguration(Duration notificationRetention) {
    public static final String RETENTION = "sharing.notifications.retention";
    public static final SharingConfiguration DEFAULT = new SharingConfiguration(NotificationRetention.DEFAULT);

    public SharingConfiguration {
        if (notificationRetention.isNegative() || notificationRetention.isZero()) {
            throw new IllegalArgumentException(RETENTION + " must be positive, not " + notificationRetention);
        }
    }

    public static SharingConfiguration from(PropertiesProvider properties) throws ConfigurationException {
        try {
            return from(properties.getConfiguration("sharing"));
        } catch (FileNotFoundException e) {
            return DEFAULT;
        }
    }

    static SharingConfiguration from(Configuration configuration) {
        String retention = configuration.getString(RETENTION, null);
        return retention == null ? DEFAULT : new SharingConfiguration(DurationParser.parse(retention, ChronoUnit.DAYS));
    }
}
