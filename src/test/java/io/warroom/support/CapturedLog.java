package io.warroom.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Every line Warroom and the HTTP layer log while it is open, as formatted text, caught in the JVM the application
 * runs in (tests run with the JBoss log manager, which serves java.util.logging too).
 */
public final class CapturedLog implements AutoCloseable {

    private static final List<String> CATEGORIES = List.of("io.warroom", "io.quarkus", "io.vertx", "org.jboss",
            "org.hibernate");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            Throwable thrown = record.getThrown();
            lines.add(record.getLoggerName() + " " + message + (thrown == null ? "" : " " + thrown));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog() {
    }

    public static CapturedLog start() {
        CapturedLog log = new CapturedLog();
        log.handler.setLevel(Level.ALL);
        CATEGORIES.forEach(c -> Logger.getLogger(c).addHandler(log.handler));
        return log;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The length of the longest line caught. */
    public int longestLine() {
        return lines.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public void close() {
        CATEGORIES.forEach(c -> Logger.getLogger(c).removeHandler(handler));
    }
}
