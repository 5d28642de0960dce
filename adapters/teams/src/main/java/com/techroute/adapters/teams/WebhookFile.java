package com.techroute.adapters.teams;

import com.techroute.engine.domain.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a file of webhook URLs for local use: one {@code tenantId=url} line per tenant; blank lines and
 * lines starting with {@code #} are ignored. Messages name the file and line, never the URL.
 */
public final class WebhookFile {

    private WebhookFile() {
    }

    /**
     * Reads the file into a source.
     *
     * @throws IllegalArgumentException naming the file and line of the first bad line
     * @throws UncheckedIOException when the file cannot be read
     */
    public static FixedWebhookUrlSource read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(String.format(
                    "Failed to read webhook file (%s): %s. Check the path and its permissions.", file, e.getMessage()), e);
        }
        Map<TenantId, URI> urls = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "Webhook file (" + file + "), line " + (i + 1);
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException(where + " is not of the form tenantId=url. Fix or remove the line.");
            }
            TenantId tenant = tenant(line.substring(0, equals).strip(), where);
            URI url = requireHttp(parse(line.substring(equals + 1).strip(), where), where);
            if (urls.put(tenant, url) != null) {
                throw new IllegalArgumentException(where + " repeats tenant (" + tenant + "). Keep one line per tenant.");
            }
        }
        return FixedWebhookUrlSource.perTenant(urls);
    }

    /** Checks that a webhook URL is absolute http or https with a host; the message leaves the URL out. */
    static URI requireHttp(URI url, String what) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
            throw new IllegalArgumentException(what + " is not an absolute http or https URL with a host."
                    + " Copy the URL the Teams workflow shows.");
        }
        return url;
    }

    private static TenantId tenant(String text, String where) {
        try {
            return TenantId.of(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static URI parse(String text, String where) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + " has a URL that does not parse. Copy the URL again.");
        }
    }
}
