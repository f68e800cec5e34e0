package io.warroom.support.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on loopback between Warroom and a fake chat platform that can be cut: while cut, its port refuses
 * connections and every open connection is dropped, as when the platform is unreachable; then it listens again on
 * the same port. The fake behind it keeps running, so its recording survives the outage.
 */
final class ChatCable implements AutoCloseable {

    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile int port;
    private volatile boolean closed;

    ChatCable(int targetPort) throws IOException {
        this.targetPort = targetPort;
        listen(0);
    }

    int port() {
        return port;
    }

    /** Unreachable for this long: refused connections, open ones dropped; then reachable again on the same port. */
    synchronized void cut(Duration outage) throws IOException {
        listener.close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        daemon("cable-outage-" + port, () -> {
            try {
                Thread.sleep(outage.toMillis());
                if (!closed) {
                    listen(port);
                }
            } catch (InterruptedException | IOException e) {
                System.err.println("cable " + port + " did not reopen: " + e);
            }
        });
    }

    private synchronized void listen(int onPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        listener = server;
        port = server.getLocalPort();
        daemon("cable-accept-" + port, () -> accept(server));
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed by cut() or close(), or the fake refused: the caller sees a dropped connection
            }
        }
    }

    private void pump(Socket from, Socket to) {
        daemon("cable-pump", () -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away: close both below
            } finally {
                open.remove(from);
                open.remove(to);
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }
}
