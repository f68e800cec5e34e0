package io.warroom.config;

import java.util.concurrent.ThreadFactory;

/** Warroom's background threads: all daemons, so none of them keeps a stopping JVM alive. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Every thread it makes carries the name, for thread dumps and logs. */
    public static ThreadFactory named(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    public static Thread start(String name, Runnable work) {
        Thread thread = named(name).newThread(work);
        thread.start();
        return thread;
    }
}
