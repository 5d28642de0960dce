package com.techroute.infra.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.infra.InfraFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs marketplace/package.sh.
 *
 * <p>NOTE: no Bicep CLI can be installed on the build machines, so the packaging run uses a
 * stand-in {@code bicep} that writes a placeholder template. It checks the script's own steps
 * (arguments, copy, zip layout), not the compiled template; the infra workflow runs the real CLI.
 */
class PackageScriptTest {

    private static final Path SCRIPT = InfraFiles.infraDir().resolve("marketplace/package.sh");

    @TempDir
    Path temp;

    @Test
    void missingBicepFailsWithClearMessage() throws Exception {
        Path tools = toolsFolder("dirname", "zip");
        Path out = temp.resolve("out");

        Result result = run(tools, out);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("the Bicep CLI (bicep) was not found on PATH").contains("az bicep install");
        assertThat(out).doesNotExist();
    }

    @Test
    void packageHoldsTemplateAndUiDefinitionAtRoot() throws Exception {
        Path tools = toolsFolder("dirname", "zip", "mkdir", "rm", "cp");
        writeStandInBicep(tools);
        Path out = temp.resolve("out");

        Result result = run(tools, out);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        try (ZipFile zip = new ZipFile(out.resolve("techroute-marketplace.zip").toFile())) {
            List<String> entries = zip.stream().map(ZipEntry::getName).toList();
            assertThat(entries).containsExactlyInAnyOrder("mainTemplate.json", "createUiDefinition.json");
            String uiDefinition = new String(zip.getInputStream(zip.getEntry("createUiDefinition.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(uiDefinition).isEqualTo(Files.readString(InfraFiles.infraDir().resolve("marketplace/createUiDefinition.json")));
        }
        assertThat(Files.readString(temp.resolve("bicep-arguments.txt")).strip())
                .isEqualTo("build " + InfraFiles.infraDir().resolve("main.bicep") + " --outfile " + out.resolve("mainTemplate.json"));
    }

    @Test
    void noCompiledTemplateIsCommitted() throws IOException {
        Path infra = InfraFiles.infraDir();
        try (Stream<Path> files = Files.walk(infra)) {
            List<Path> templates = files.filter(p -> !infra.relativize(p).startsWith("target"))
                    .filter(p -> p.getFileName().toString().equals("mainTemplate.json"))
                    .toList();

            assertThat(templates).as("mainTemplate.json is built by package.sh, never written by hand").isEmpty();
        }
    }

    private Path toolsFolder(String... commands) throws IOException {
        Path tools = Files.createDirectories(temp.resolve("bin"));
        for (String command : commands) {
            Path target = Stream.of("/usr/bin", "/bin").map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Command (" + command + ") not found in /usr/bin or /bin. Install it to run this test."));
            writeScript(tools.resolve(command), "exec '" + target + "' \"$@\"\n");
        }
        return tools;
    }

    // Stand-in for the Bicep CLI: records its arguments and writes a placeholder template.
    private void writeStandInBicep(Path tools) throws IOException {
        String arguments = temp.resolve("bicep-arguments.txt").toString();
        writeScript(tools.resolve("bicep"), """
                echo "$*" > '%s'
                printf '{"placeholder": true}\\n' > "$4"
                """.formatted(arguments));
    }

    private static void writeScript(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Result run(Path tools, Path out) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", SCRIPT.toString(), out.toString());
        builder.environment().put("PATH", tools.toString());
        builder.redirectOutput(temp.resolve("stdout.txt").toFile());
        builder.redirectError(temp.resolve("stderr.txt").toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("package.sh did not finish within 60 seconds.");
        }
        return new Result(process.exitValue(), Files.readString(temp.resolve("stderr.txt")));
    }

    private record Result(int exitCode, String stderr) {
    }
}
