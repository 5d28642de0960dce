package com.techroute.local.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.assignment.AssignmentResult;
import com.techroute.engine.json.EngineJson;
import java.util.List;

/**
 * The JSON form of assignment results: per ticket, {@code ticket}, {@code outcome} ({@code ASSIGNED},
 * {@code QUEUED} or {@code ALREADY_ASSIGNED}), the engine's {@code decision} (null for a ticket assigned
 * before) and the stored {@code assignment} (null when queued).
 */
public final class DecisionJson {

    private DecisionJson() {
    }

    /**
     * Returns the results as pretty-printed JSON: an array for a batch, otherwise the one result's object.
     */
    public static String write(List<AssignmentResult> results, boolean batch) {
        Object tree = batch ? array(results) : node(results.get(0));
        try {
            return EngineJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write assignment results as JSON", e);
        }
    }

    private static ArrayNode array(List<AssignmentResult> results) {
        ArrayNode array = EngineJson.mapper().createArrayNode();
        results.forEach(result -> array.add(node(result)));
        return array;
    }

    private static ObjectNode node(AssignmentResult result) {
        ObjectNode node = EngineJson.mapper().createObjectNode();
        node.put("ticket", result.ticket().id().value());
        node.put("outcome", outcome(result));
        node.set("decision", EngineJson.mapper().valueToTree(result.decision()));
        node.set("assignment", EngineJson.mapper().valueToTree(result.assignment()));
        return node;
    }

    private static String outcome(AssignmentResult result) {
        if (result.duplicate()) {
            return "ALREADY_ASSIGNED";
        }
        return result.assigned() ? "ASSIGNED" : "QUEUED";
    }
}
