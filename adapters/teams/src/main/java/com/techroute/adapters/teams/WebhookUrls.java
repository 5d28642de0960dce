package com.techroute.adapters.teams;

import java.net.URI;

/**
 * Redaction of webhook URLs. A Workflows webhook URL carries its signature in the query string, so
 * anyone holding the URL can post to the channel: logs and messages show only scheme and host.
 */
public final class WebhookUrls {

    private WebhookUrls() {
    }

    /** Returns {@code scheme://host[:port]/…}, without path, query or user info. */
    public static String redact(URI url) {
        if (url == null) {
            return "(none)";
        }
        String host = url.getHost() == null ? "?" : url.getHost();
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        return url.getScheme() + "://" + host + port + "/\u2026";
    }

    /** Replaces every occurrence of the URL and of its path and query in a text with the redacted form. */
    static String scrub(String text, URI url) {
        if (text == null || url == null) {
            return text;
        }
        String result = text.replace(url.toString(), redact(url));
        if (url.getRawQuery() != null && !url.getRawQuery().isEmpty()) {
            result = result.replace(url.getRawQuery(), "\u2026");
        }
        if (url.getRawPath() != null && url.getRawPath().length() > 1) {
            result = result.replace(url.getRawPath(), "/\u2026");
        }
        return result;
    }
}
