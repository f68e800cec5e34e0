package io.warroom.chat;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;

/** Short reasons for a failed call to a platform, for logs and timeline notes: never the request, so never a token. */
public final class NetworkFailures {

    private NetworkFailures() {
    }

    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            // Socket and call timeouts alike (SocketTimeoutException is one).
            if (t instanceof InterruptedIOException) {
                return "timed out";
            }
        }
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
