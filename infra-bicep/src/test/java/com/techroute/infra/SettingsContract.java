package com.techroute.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the app settings contract from local.settings.sample.json at the repository root. */
public final class SettingsContract {

    private SettingsContract() {
    }

    /** Returns the sample file. */
    public static Path sampleFile() {
        return InfraFiles.repoDir().resolve("local.settings.sample.json");
    }

    /** Returns the parsed sample file. */
    public static JsonNode sample() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(sampleFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the settings sample (" + sampleFile() + ").", e);
        }
    }

    /** Returns the setting names under Values, in file order. */
    public static List<String> settingNames() {
        JsonNode values = sample().path("Values");
        if (!values.isObject()) {
            throw new IllegalStateException("The settings sample (" + sampleFile() + ") has no Values object. Add one with every app setting.");
        }
        return new ArrayList<>(values.propertyNames());
    }
}
