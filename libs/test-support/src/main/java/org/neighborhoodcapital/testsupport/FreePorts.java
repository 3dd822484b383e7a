package org.neighborhoodcapital.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Free TCP ports for servers a test starts itself. */
public final class FreePorts {

    private static final Set<Integer> handedOut = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /**
     * A TCP port nothing listens on, on loopback or any other interface, and that this JVM has not
     * handed out before (the OS may offer a just-closed port again).
     */
    public static int next() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            // The wildcard address: a port free there is free on 127.0.0.1 too, and a server
            // binding 0.0.0.0 (Spring Boot's default) will get it.
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("No free TCP port", e);
            }
            if (handedOut.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free TCP port that was not handed out before");
    }
}
