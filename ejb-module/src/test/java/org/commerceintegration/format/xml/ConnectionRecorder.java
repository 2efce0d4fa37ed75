package org.commerceintegration.format.xml;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local TCP server that only counts connections, to prove a parser never fetched a URL pointing at it. Counting is
 * made exact by a final probe connection of our own: once that one is counted, any earlier one would have been too.
 */
final class ConnectionRecorder implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ConnectionRecorder() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            Socket socket = server.accept();
                            connections.incrementAndGet();
                            socket.close();
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "connection-recorder");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    /** Connections other than our own probe. */
    int connectionsSoFar() throws IOException, InterruptedException {
        int before = connections.get();
        Socket probe = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        try {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (connections.get() == before && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            probe.close();
        }
        return connections.get() - 1;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
