package com.techroute.replay;

import com.techroute.replay.learn.SkillNaming;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The log a replay reads, as the report names it.
 *
 * @param path the log file
 * @param formatName the format's name for the report, such as the Helpdesk event log
 * @param naming how categories become skill names
 */
public record LogSource(Path path, String formatName, SkillNaming naming) {

    /** Validates the fields. */
    public LogSource {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(formatName, "formatName must not be null");
        Objects.requireNonNull(naming, "naming must not be null");
    }

    /** Returns the log's file name without its extension, such as {@code finale}. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
