package com.techroute.functions;

import com.techroute.engine.domain.TechnicianId;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The posted override form: the chosen technician, the reason and, without App Service authentication,
 * the dispatcher's name.
 *
 * @param technician the technician to move the ticket to
 * @param reason why, in the dispatcher's words
 * @param actor who: the signed-in principal, else the name field
 */
record OverrideForm(TechnicianId technician, String reason, String actor) {

    static final int MAX_BODY_CHARS = 16 * 1024;
    static final int MAX_REASON_CHARS = 1_000;
    static final int MAX_NAME_CHARS = 200;

    /**
     * Reads an {@code application/x-www-form-urlencoded} body.
     *
     * @param principalName the name App Service authentication passed, or null when there is none
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    static OverrideForm parse(String body, String principalName) {
        if (body != null && body.length() > MAX_BODY_CHARS) {
            throw new IllegalArgumentException("The form is over " + MAX_BODY_CHARS + " characters. Shorten the reason.");
        }
        Map<String, String> fields = fields(body == null ? "" : body);
        String technician = fields.getOrDefault("technician", "").strip();
        if (technician.isEmpty()) {
            throw new IllegalArgumentException("No technician was chosen. Pick one from the list.");
        }
        String reason = fields.getOrDefault("reason", "").strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON_CHARS) {
            throw new IllegalArgumentException("Give a reason of 1 to " + MAX_REASON_CHARS + " characters.");
        }
        String actor = principalName == null || principalName.isBlank()
                ? fields.getOrDefault("name", "").strip() : principalName.strip();
        if (actor.isEmpty() || actor.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("Give your name, 1 to " + MAX_NAME_CHARS + " characters.");
        }
        return new OverrideForm(TechnicianId.of(technician), reason, actor);
    }

    private static Map<String, String> fields(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
