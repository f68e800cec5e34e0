package io.warroom.runbook;

import io.warroom.config.DaemonThreads;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command plan: the argument vector goes to the operating system as it is (no shell reads it), with the
 * plan's working directory and nothing but the plan's environment; stdin is empty. The command starts in a session
 * of its own and carries a mark in its environment (see {@link RunProcesses}). At the timeout every process of the
 * run is stopped, also those that detached from its tree: first asked (SIGTERM), then, after the grace period,
 * killed. Nothing a run started outlives it: processes it left behind when it exited are stopped the same way.
 */
public final class CommandRunner {

    private final Map<Process, RunProcesses> running = new ConcurrentHashMap<>();
    private final Duration killGrace;
    private final int outputLines;
    private final int outputChars;

    public CommandRunner(Duration killGrace, int outputLines, int outputChars) {
        this.killGrace = killGrace;
        this.outputLines = outputLines;
        this.outputChars = outputChars;
    }

    public RunOutcome run(RunPlan.CommandPlan plan, Map<String, String> extraEnv) {
        ProcessBuilder builder = new ProcessBuilder(RunProcesses.inOwnSession(plan.argv()))
                .directory(plan.workingDir().toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(plan.env());
        env.putAll(extraEnv);
        String mark = UUID.randomUUID().toString();
        env.put(RunProcesses.MARK_VARIABLE, mark);
        SecretMask mask = new SecretMask(plan.secrets());
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            // The JDK's message names setsid, not the program: say which program and where instead.
            Throwable why = e.getCause() != null ? e.getCause() : e;
            return RunOutcome.notStarted(mask.apply("could not start " + plan.argv().get(0) + " in "
                    + plan.workingDir() + ": " + why.getMessage()), elapsed(started));
        }
        RunProcesses processes = new RunProcesses(process.toHandle(), mark, startedAt);
        running.put(process, processes);
        try {
            return await(plan, process, processes, mask, started);
        } finally {
            running.remove(process);
        }
    }

    /** Stops every command still running (Warroom is shutting down); each run then ends as failed. */
    public int stopAll() {
        int stopped = 0;
        for (RunProcesses processes : List.copyOf(running.values())) {
            stopped += stop(processes, killGrace);
        }
        return stopped;
    }

    private RunOutcome await(RunPlan.CommandPlan plan, Process process, RunProcesses processes, SecretMask mask,
            long started) {
        OutputTail tail = new OutputTail();
        Thread reader = DaemonThreads.start("warroom-runbook-output", () -> tail.drain(process.getInputStream()));
        boolean finished;
        try {
            finished = process.waitFor(plan.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            int killed = stop(processes, killGrace);
            Thread.currentThread().interrupt();
            return new RunOutcome(false, false, null, elapsed(started), output(tail, mask), killed,
                    "interrupted: Warroom is shutting down; the process tree was stopped");
        }
        // On a timeout the whole run is stopped; after a normal exit, whatever it left running.
        int killed = stop(processes, killGrace);
        Duration took = elapsed(started);
        joinQuietly(reader);
        String output = output(tail, mask);
        if (!finished) {
            return new RunOutcome(false, true, null, took, output, killed, null);
        }
        int code = process.exitValue();
        return new RunOutcome(code == 0, false, code, took, output, killed, null);
    }

    /**
     * Stops every process of a run: each is asked to stop (SIGTERM) as soon as it is found, the run is searched again
     * until all are gone or the grace period is over, and then whatever is left is killed. Returns how many
     * processes were stopped.
     */
    static int stop(RunProcesses processes, Duration grace) {
        Map<Long, ProcessHandle> seen = new LinkedHashMap<>();
        long deadline = System.nanoTime() + grace.toNanos();
        Collection<ProcessHandle> alive = processes.alive();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            for (ProcessHandle p : alive) {
                if (seen.putIfAbsent(p.pid(), p) == null) {
                    p.destroy();
                }
            }
            pause();
            alive = processes.alive();
        }
        for (int round = 0; round < 50 && !alive.isEmpty(); round++) {
            alive.forEach(p -> {
                seen.putIfAbsent(p.pid(), p);
                p.destroyForcibly();
            });
            pause();
            alive = processes.alive();
        }
        return seen.size();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String output(OutputTail tail, SecretMask mask) {
        return tail.lastLines(outputLines, outputChars, mask);
    }
    private static void joinQuietly(Thread reader) {
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
