package com.techroute.replay.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.replay.LogSource;
import com.techroute.replay.Replay;
import com.techroute.replay.ReplayResult;
import com.techroute.replay.SettingsText;
import com.techroute.replay.learn.SkillNaming;
import com.techroute.replay.log.ImportResult;
import com.techroute.replay.log.LogFormat;
import com.techroute.replay.log.LogImporters;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static final Path SLICE = Path.of("src", "test", "resources", "logs", "helpdesk-slice.csv");

    @TempDir
    static Path folder;

    @BeforeAll
    static void writeReport() {
        ImportResult imported = LogImporters.open(SLICE, LogFormat.HELPDESK);
        ReplayResult result = Replay.run(imported, new LogSource(SLICE, "Helpdesk slice", new SkillNaming("product")),
                SettingsText.defaults(LogFormat.HELPDESK.defaultZone()), Replay.Progress.NONE);
        ReportWriter.write(result, folder);
    }

    @Test
    void htmlInlinesSvgCharts() throws IOException {
        String html = Files.readString(folder.resolve("report.html"));

        assertThat(html).contains("<svg");
        assertThat(html.split("<svg", -1)).hasSize(4);
        assertThat(html).contains("<table>").contains("what people did");
    }

    @Test
    void pngChartsDecode() throws IOException {
        for (String name : List.of(ReportBuilder.SLA_CHART, ReportBuilder.ENGINE_WORKLOAD_CHART,
                ReportBuilder.BASELINE_WORKLOAD_CHART)) {
            BufferedImage image = ImageIO.read(folder.resolve(name).toFile());

            assertThat(image).as(name).isNotNull();
            assertThat(image.getWidth()).as(name).isEqualTo(900);
        }
    }

    @Test
    void markdownLinksChartsAndListsSettings() throws IOException {
        String markdown = Files.readString(folder.resolve("report.md"));

        assertThat(markdown).contains("](" + ReportBuilder.SLA_CHART + ")");
        assertThat(markdown).contains("| --capacity | 40h |");
        assertThat(markdown).contains("| respond breaches |");
    }

    @Test
    void assignmentsHaveOneRowPerTicketAndStrategy() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("assignments.csv"));
        String markdown = Files.readString(folder.resolve("report.md"));

        assertThat(lines.get(0)).isEqualTo(String.join(",", ReportWriter.ASSIGNMENT_COLUMNS));
        assertThat((lines.size() - 1) % Replay.STRATEGIES).isZero();
        assertThat(lines.stream().filter(line -> line.contains(",engine,")).count())
                .isEqualTo((lines.size() - 1) / Replay.STRATEGIES);
        assertThat(markdown).contains("Every row of the log was read.");
    }
}
