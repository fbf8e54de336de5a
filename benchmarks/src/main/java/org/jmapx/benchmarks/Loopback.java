package org.jmapx.benchmarks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Load is only ever sent to this machine: every address of the target host must be a loopback one. */
final class Loopback {
    private Loopback() {
    }

    static URI requireLoopback(URI url) {
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("Only http:// and https:// URLs are supported: " + url);
        }
        String host = url.getHost();
        if (host == null || !isLoopback(host)) {
            throw new IllegalArgumentException("Refusing to send load to " + url
                + ": only loopback hosts (127.0.0.0/8, ::1, localhost) are allowed");
        }
        return url;
    }

    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            InetAddress[] addresses = InetAddress.getAllByName(bare);
            if (addresses.length == 0) {
                return false;
            }
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
