package org.commerceintegration.exposure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a configured listen host keeps an endpoint on this machine: {@code localhost}, {@code 127.0.0.0/8} and
 * {@code ::1} do; {@code *}, {@code 0.0.0.0}, {@code ::} and every other address or name do not. A name is resolved,
 * and is loopback only when every address it resolves to is; a name that does not resolve counts as exposed, since
 * the endpoint could not be trusted to stay local.
 */
final class ListenHost {

    private ListenHost() {}

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.isEmpty() || h.equals("*") || h.equals("0.0.0.0") || h.equals("::") || h.equals("0:0:0:0:0:0:0:0")) {
            return false;
        }
        if (h.equals("localhost")) {
            return true;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(h);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
