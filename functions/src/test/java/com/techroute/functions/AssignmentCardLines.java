package com.techroute.functions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the text lines of a posted card: one string per RichTextBlock. */
final class AssignmentCardLines {

    private AssignmentCardLines() {
    }

    static List<String> of(JsonNode message) {
        List<String> lines = new ArrayList<>();
        for (JsonNode block : message.at("/attachments/0/content/body")) {
            StringBuilder text = new StringBuilder();
            block.path("inlines").forEach(run -> text.append(run.path("text").asText()));
            lines.add(text.toString());
        }
        return lines;
    }
}
