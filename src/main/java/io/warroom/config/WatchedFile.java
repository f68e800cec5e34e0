package io.warroom.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * A config file read once at start, where a problem stops Warroom with a message saying what is wrong, and read
 * again whenever it changes, so an edit needs no restart. An edit that cannot be used keeps what was read before,
 * and the log says why.
 */
public final class WatchedFile<T> {

    private static final Logger LOG = Logger.getLogger(WatchedFile.class);

    private final Path path;
    private final String what;
    private final Function<String, T> parser;
    private volatile T value;
    private volatile FileTime loadedVersion;
    private volatile FileTime refusedVersion;

    /** parser turns the file's text into T or throws {@link ConfigFileException}. */
    public WatchedFile(Path path, String what, Function<String, T> parser) {
        this.path = path;
        this.what = what;
        this.parser = parser;
    }

    /** Reads the file now; throws {@link ConfigFileException} when it is missing or wrong. */
    public synchronized T load() {
        value = read();
        return value;
    }

    /** What the file says now; the first call reads it (and throws if it cannot be used). */
    public T current() {
        if (value == null) {
            return load();
        }
        try {
            FileTime version = Files.getLastModifiedTime(path);
            if (!version.equals(loadedVersion) && !version.equals(refusedVersion)) {
                reload(version);
            }
        } catch (IOException e) {
            LOG.warnf("%s %s cannot be read (%s); keeping what was read before", what, path, e.getMessage());
        }
        return value;
    }

    private synchronized void reload(FileTime version) {
        if (version.equals(loadedVersion)) {
            return;
        }
        try {
            value = read();
            LOG.infof("%s %s read again", what, path);
        } catch (ConfigFileException e) {
            refusedVersion = version;
            LOG.errorf("%s changed but cannot be used, so what was read before stays: %s", what, e.getMessage());
        }
    }

    private T read() {
        try {
            FileTime version = Files.getLastModifiedTime(path);
            T read = parser.apply(Files.readString(path, StandardCharsets.UTF_8));
            loadedVersion = version;
            return read;
        } catch (IOException e) {
            throw new ConfigFileException(what + " " + path + " cannot be read: " + e.getMessage());
        }
    }
}
