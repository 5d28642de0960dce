package com.techroute.infra;

import com.techroute.infra.bicep.BicepFile;
import com.techroute.infra.bicep.BicepParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository files the infrastructure tests read. */
public final class InfraFiles {

    private InfraFiles() {
    }

    /** Returns the infra-bicep folder; the build passes it as techroute.infra.dir. */
    public static Path infraDir() {
        return Path.of(System.getProperty("techroute.infra.dir", ".")).toAbsolutePath().normalize();
    }

    /** Returns the repository root; the build passes it as techroute.repo.dir. */
    public static Path repoDir() {
        return Path.of(System.getProperty("techroute.repo.dir", "..")).toAbsolutePath().normalize();
    }

    /** Parses main.bicep and every module under modules/. */
    public static List<BicepFile> templates() {
        List<BicepFile> files = new ArrayList<>();
        files.add(BicepParser.parse(infraDir().resolve("main.bicep")));
        files.addAll(parseAll(infraDir().resolve("modules"), ".bicep"));
        return files;
    }

    /** Parses every parameter file under parameters/. */
    public static List<BicepFile> parameterFiles() {
        return parseAll(infraDir().resolve("parameters"), ".bicepparam");
    }

    /** Returns the template a parameter file's {@code using} statement names. */
    public static BicepFile templateOf(BicepFile parameterFile) {
        return BicepParser.parse(parameterFile.path().resolveSibling(parameterFile.usingPath()).normalize());
    }

    /** Returns a test resource as a file path. */
    public static Path resource(String name) {
        URL url = InfraFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("Test resource (" + name + ") not found on the class path.");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Test resource (" + name + ") has an invalid URL (" + url + ").", e);
        }
    }

    /** Parses a fixture under src/test/resources/fixtures. */
    public static BicepFile fixture(String name) {
        return BicepParser.parse(resource("fixtures/" + name));
    }

    private static List<BicepFile> parseAll(Path folder, String extension) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(p -> p.toString().endsWith(extension)).sorted().map(BicepParser::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list folder (" + folder + ").", e);
        }
    }
}
