package com.techroute.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.domain.TenantId;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookFileTest {

    @TempDir
    Path dir;

    @Test
    void fileGivesEachTenantItsUrl() throws IOException {
        Path file = write("# local webhooks\n\nmsp-north=http://127.0.0.1:9000/a?sig=1\nmsp-south = https://h/b\n");

        FixedWebhookUrlSource source = WebhookFile.read(file);

        assertThat(source.webhookFor(TenantId.of("msp-north"))).contains(URI.create("http://127.0.0.1:9000/a?sig=1"));
        assertThat(source.webhookFor(TenantId.of("msp-south"))).contains(URI.create("https://h/b"));
        assertThat(source.webhookFor(TenantId.of("msp-east"))).isEmpty();
    }

    @Test
    void lineWithoutEqualsIsReportedByNumber() throws IOException {
        Path file = write("msp-north=http://127.0.0.1:9000/a\nmsp-south http://h/b\n");

        assertThatThrownBy(() -> WebhookFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("tenantId=url");
    }

    @Test
    void nonHttpUrlIsReportedWithoutTheUrl() throws IOException {
        Path file = write("msp-north=file:///etc/s3cret\n");

        assertThatThrownBy(() -> WebhookFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void repeatedTenantIsReported() throws IOException {
        Path file = write("msp-north=http://h/a\nmsp-north=http://h/b\n");

        assertThatThrownBy(() -> WebhookFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("repeats tenant (msp-north)");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("webhooks.properties"), text);
    }
}
