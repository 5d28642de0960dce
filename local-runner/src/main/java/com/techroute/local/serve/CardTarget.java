package com.techroute.local.serve;

import com.techroute.adapters.teams.WebhookUrls;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** Destination of the local host's Teams messages: a webhook URL, or a folder that gets one JSON file per message. */
public sealed interface CardTarget {

    /**
     * Posts every tenant's messages to one webhook, such as a test receiver on 127.0.0.1.
     *
     * @param url absolute http or https URL; it may carry a signature, so {@link #toString()} hides it
     */
    record Webhook(URI url) implements CardTarget {

        public Webhook {
            Objects.requireNonNull(url, "url must not be null");
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new IllegalArgumentException("The webhook URL is not an absolute http or https URL with a host."
                        + " Pass the URL of the receiver, such as http://127.0.0.1:8080/hook.");
            }
        }

        @Override
        public String toString() {
            return "Webhook(" + WebhookUrls.redact(url) + ")";
        }
    }

    /**
     * Writes each message as a JSON file into a folder, which is created when missing.
     *
     * @param folder the folder, such as {@code out/cards}
     */
    record Folder(Path folder) implements CardTarget {

        public Folder {
            Objects.requireNonNull(folder, "folder must not be null");
        }
    }
}
