package io.warroom.runbook;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command plan: the argument vector goes to the operating system as it is (no shell reads it), with the
 * plan's working directory and nothing but the plan's environment; stdin is empty. At the timeout the whole process
 * tree is stopped: first asked (SIGTERM), then, after the grace period, killed.
 */
public final class CommandRunner {

    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Duration killGrace;
    private final int outputLines;
    private final int outputChars;

    public CommandRunner(Duration killGrace, int outputLines, int outputChars) {
        this.killGrace = killGrace;
        this.outputLines = outputLines;
        this.outputChars = outputChars;
    }

    public RunOutcome run(RunPlan.CommandPlan plan, Map<String, String> extraEnv) {
        ProcessBuilder builder = new ProcessBuilder(plan.argv()).directory(plan.workingDir().toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(plan.env());
        env.putAll(extraEnv);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return RunOutcome.notStarted("could not start " + plan.argv().get(0) + ": " + e.getMessage(),
                    elapsed(started));
        }
        running.add(process);
        try {
            return await(plan, process, started);
        } finally {
            running.remove(process);
        }
    }

    /** Stops every command still running (Warroom is shutting down); each run then ends as failed. */
    public int stopAll() {
        int stopped = 0;
        for (Process process : List.copyOf(running)) {
            stopped += killTree(process.toHandle(), killGrace);
        }
        return stopped;
    }

    private RunOutcome await(RunPlan.CommandPlan plan, Process process, long started) {
        OutputTail tail = new OutputTail();
        Thread reader = new Thread(() -> tail.drain(process.getInputStream()), "warroom-runbook-output");
        reader.setDaemon(true);
        reader.start();
        boolean finished;
        int killed = 0;
        try {
            finished = process.waitFor(plan.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killed = killTree(process.toHandle(), killGrace);
            Thread.currentThread().interrupt();
            return new RunOutcome(false, false, null, elapsed(started), output(tail, plan), killed,
                    "interrupted: Warroom is shutting down; the process tree was stopped");
        }
        if (!finished) {
            killed = killTree(process.toHandle(), killGrace);
        }
        Duration took = elapsed(started);
        joinQuietly(reader);
        String output = output(tail, plan);
        if (!finished) {
            return new RunOutcome(false, true, null, took, output, killed, null);
        }
        int code = process.exitValue();
        return new RunOutcome(code == 0, false, code, took, output, 0, null);
    }

    /**
     * Stops a process and all its descendants. The tree is listed before the parent is stopped (an orphan is no
     * longer its descendant), and listed again in case something was started meanwhile. Returns how many processes
     * were stopped.
     */
    static int killTree(ProcessHandle root, Duration grace) {
        Map<Long, ProcessHandle> tree = new LinkedHashMap<>();
        tree.put(root.pid(), root);
        root.descendants().forEach(p -> tree.put(p.pid(), p));
        root.destroy();
        for (ProcessHandle p : List.copyOf(tree.values())) {
            p.descendants().forEach(d -> tree.putIfAbsent(d.pid(), d));
            p.destroy();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        List<ProcessHandle> alive = new ArrayList<>(tree.values());
        while (System.nanoTime() < deadline) {
            alive.removeIf(p -> !p.isAlive());
            if (alive.isEmpty()) {
                break;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        alive.removeIf(p -> !p.isAlive());
        alive.forEach(ProcessHandle::destroyForcibly);
        return tree.size();
    }

    private String output(OutputTail tail, RunPlan plan) {
        return new SecretMask(plan.secrets()).apply(tail.lastLines(outputLines, outputChars));
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
