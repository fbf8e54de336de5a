package org.jmapx.sharing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.ShareListener;
import org.jmapx.engine.extension.JmapExtension;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.sharing.notification.NotificationRetention;
import org.jmapx.sharing.notification.ShareNotificationMethods;
import org.jmapx.sharing.principal.DirectorySync;
import org.jmapx.sharing.principal.PrincipalAccounts;
import org.jmapx.sharing.principal.PrincipalDirectory;
import org.jmapx.sharing.principal.PrincipalMethods;

/** JMAP Sharing (RFC 9670) as a server offers it: Principal and ShareNotification under urn:ietf:params:jmap:principals. */
public class SharingExtension implements JmapExtension {
    public static final List<String> METHOD_NAMES = methodNames();
    public static final List<String> TYPE_NAMES = List.of("Principal", "ShareNotification");

    private final PrincipalMethods principals;
    private final ShareNotificationMethods notifications;

    public SharingExtension(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                            PrincipalDirectory directory, PrincipalAccounts accounts, Duration notificationRetention,
                            Clock clock) {
        this.principals = new PrincipalMethods(store, changeLog, committer, directory, accounts, clock,
            DirectorySync.DEFAULT_INTERVAL);
        this.notifications = new ShareNotificationMethods(store, changeLog, committer, listener,
            new NotificationRetention(notificationRetention, clock), principals::principal);
    }

    private static List<String> methodNames() {
        List<String> names = new ArrayList<>(PrincipalMethods.METHOD_NAMES);
        names.addAll(ShareNotificationMethods.METHOD_NAMES);
        return List.copyOf(names);
    }

    /** Creates ShareNotifications: give it to the engine's share listeners. */
    public ShareListener shareNotifier() {
        return notifications.notifier();
    }

    @Override
    public String capability() {
        return PrincipalsCapability.URN;
    }

    /** The current user's principal id differs per account and caller: the session fills it in. */
    @Override
    public ObjectNode accountCapability() {
        return PrincipalsCapability.accountCapability(null);
    }

    @Override
    public List<JmapMethod> methods() {
        List<JmapMethod> methods = new ArrayList<>(principals.methods());
        methods.addAll(notifications.methods());
        return methods;
    }

    @Override
    public List<String> typeNames() {
        return TYPE_NAMES;
    }
}
