package org.jmapx.binding.api;

import java.io.FileNotFoundException;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.utils.PropertiesProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operator's deviation from RFC 8620 3.3, off by default ({@code jmapx.implicitCapabilities=true} in
 * jmap.properties turns it on): a method whose capability the request's {@code using} lacks runs
 * anyway when the server supports that capability. Some webmail clients put only core and mail in
 * {@code using} and then call Identity/get, EmailSubmission/set or Quota/get; the RFC's answer,
 * unknownMethod, leaves their users unable to send mail without saying why. Each client (by
 * User-Agent) is logged once, so the operator can tell its vendor (docs/operators/jmap-properties.md).
 */
@Singleton
public class ImplicitCapabilities {
    static final String PROPERTY = "jmapx.implicitCapabilities";
    private static final Logger LOGGER = LoggerFactory.getLogger(ImplicitCapabilities.class);
    // a bound on the memory of logged clients: beyond it a client may be logged again, never more often than that
    private static final int REMEMBERED_CLIENTS = 10_000;

    private final boolean enabled;
    private final Set<String> loggedClients = ConcurrentHashMap.newKeySet();

    @Inject
    public ImplicitCapabilities(PropertiesProvider properties) throws ConfigurationException {
        this(readEnabled(properties));
    }

    public ImplicitCapabilities(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            LOGGER.warn("{}=true: methods run without their capability in 'using' when the server supports it"
                + " (a deviation from RFC 8620 3.3 for compatibility)", PROPERTY);
        }
    }

    public static ImplicitCapabilities off() {
        return new ImplicitCapabilities(false);
    }

    private static boolean readEnabled(PropertiesProvider properties) throws ConfigurationException {
        try {
            return properties.getConfiguration("jmap").getBoolean(PROPERTY, false);
        } catch (FileNotFoundException e) {
            return false;
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Notes that {@code client} called {@code method} without {@code missing} in using; logs it the first time per client. */
    void ranWithout(String client, String username, String method, Collection<String> missing) {
        if (loggedClients.size() >= REMEMBERED_CLIENTS) {
            loggedClients.clear();
        }
        if (loggedClients.add(client)) {
            LOGGER.warn("JMAP client '{}' (first seen with user {}) called {} without {} in 'using': run because {}=true."
                + " The client breaks RFC 8620 3.3; it is logged once.", client, username, method, missing, PROPERTY);
        }
    }
}
