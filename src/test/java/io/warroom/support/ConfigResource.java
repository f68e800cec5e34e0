package io.warroom.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a test's application with the settings given as init args, and its log written to the log file (see
 * {@link LogFile}); {@link #log()} reads what the application logged.
 */
public class ConfigResource implements QuarkusTestResourceLifecycleManager {

    private static volatile LogFile log;
    private Map<String, String> args = Map.of();

    /** What the application started with these settings logged. */
    public static LogFile log() {
        return log;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        args = initArgs;
    }

    @Override
    public Map<String, String> start() {
        log = LogFile.current();
        Map<String, String> config = new LinkedHashMap<>(LogFile.config());
        config.putAll(args);
        return config;
    }

    @Override
    public void stop() {
    }
}
