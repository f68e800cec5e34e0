package io.warroom.runbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds every process a command run started, including those that left its process tree (background jobs whose
 * parent exited, double forks, new sessions). The command starts in a session of its own through {@code setsid}, so
 * everything it starts shares that session unless it asks for a new one; and each process carries a mark in its
 * environment, which a child inherits even when it starts a session of its own. The JVM cannot put a child in a
 * cgroup or send a signal to a process group, so the run's processes are found in /proc and signalled one by one.
 * Without /proc (not Linux) only the process tree is known.
 */
final class RunProcesses {

    static final String MARK_VARIABLE = "WARROOM_RUN_MARK";
    private static final Path PROC = Path.of("/proc");
    static final Optional<Path> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of)
            .filter(Files::isExecutable).findFirst();

    private final ProcessHandle root;
    private final String mark;
    private final Instant startedBefore;
    private final Set<Long> sessions = new HashSet<>();

    RunProcesses(ProcessHandle root, String mark, Instant started) {
        this.root = root;
        this.mark = mark;
        // Start times in /proc count in clock ticks since boot: allow for their rounding.
        this.startedBefore = started.minusSeconds(1);
        if (SETSID.isPresent()) {
            sessions.add(root.pid());
        }
    }

    /** The argument vector that starts the command in a new session when setsid is there. */
    static List<String> inOwnSession(List<String> argv) {
        if (SETSID.isEmpty()) {
            return argv;
        }
        List<String> wrapped = new ArrayList<>(List.of(SETSID.get().toString(), "--wait"));
        wrapped.addAll(argv);
        return wrapped;
    }

    /** The run's processes still alive: its tree, its session and whatever carries its mark. */
    Collection<ProcessHandle> alive() {
        Map<Long, ProcessHandle> found = new LinkedHashMap<>();
        if (root.isAlive()) {
            found.put(root.pid(), root);
        }
        root.descendants().forEach(p -> found.put(p.pid(), p));
        if (!Files.isDirectory(PROC)) {
            return found.values();
        }
        long self = ProcessHandle.current().pid();
        long ownSession = session(self);
        for (ProcessHandle p : found.values()) {
            long s = session(p.pid());
            if (s > 0 && s != ownSession) {
                sessions.add(s);
            }
        }
        byte[] needle = (MARK_VARIABLE + "=" + mark + "\0").getBytes(StandardCharsets.US_ASCII);
        ProcessHandle.allProcesses().forEach(p -> {
            if (p.pid() == self || found.containsKey(p.pid()) || !startedDuringRun(p)) {
                return;
            }
            if (sessions.contains(session(p.pid())) || carries(p.pid(), needle)) {
                found.put(p.pid(), p);
            }
        });
        found.values().removeIf(p -> !p.isAlive());
        return found.values();
    }

    private boolean startedDuringRun(ProcessHandle p) {
        return p.info().startInstant().map(at -> !at.isBefore(startedBefore)).orElse(false);
    }

    /** The session id from /proc/pid/stat (the field after pid, name, state, parent and group); -1 when gone. */
    static long session(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(pid + "/stat"), StandardCharsets.UTF_8);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[3]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    private static boolean carries(long pid, byte[] needle) {
        byte[] environ;
        try {
            environ = Files.readAllBytes(PROC.resolve(pid + "/environ"));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.length <= environ.length; i++) {
            if (i > 0 && environ[i - 1] != 0) {
                continue;
            }
            for (int j = 0; j < needle.length; j++) {
                if (environ[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
