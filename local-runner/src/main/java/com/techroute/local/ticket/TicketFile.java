package com.techroute.local.ticket;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.json.EngineJson;
import com.techroute.local.JsonMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file of canonical ticket JSON: one ticket object, or an array of tickets that arrived together.
 *
 * @param tickets the tickets, in file order
 * @param batch whether the file contains an array, even one of a single ticket
 */
public record TicketFile(List<Ticket> tickets, boolean batch) {

    public TicketFile {
        tickets = List.copyOf(tickets);
    }

    /**
     * Reads the tickets of a file.
     *
     * @throws InvalidTicketFileException naming the file, and the ticket and field when one is invalid
     */
    public static TicketFile read(Path path) {
        JsonNode root = tree(path);
        if (root.isObject()) {
            return new TicketFile(List.of(TicketJson.parse(root, String.format("Ticket file (%s)", path))), false);
        }
        if (!root.isArray()) {
            throw new InvalidTicketFileException(String.format(
                    "Ticket file (%s) contains a JSON %s. Write one ticket object, or an array of ticket objects.",
                    path, root.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        if (root.isEmpty()) {
            throw new InvalidTicketFileException(String.format(
                    "Ticket file (%s) contains an empty array. Add at least one ticket.", path));
        }
        List<Ticket> tickets = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            tickets.add(TicketJson.parse(root.get(i), String.format("Ticket file (%s), ticket [%d]", path, i)));
        }
        return new TicketFile(tickets, true);
    }

    private static JsonNode tree(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidTicketFileException(String.format("Ticket file (%s) not found. Check the path.", path), e);
        } catch (IOException e) {
            throw new InvalidTicketFileException(String.format(
                    "Ticket file (%s) cannot be read: %s. Pass a JSON file.", path, e.getMessage()), e);
        }
        try {
            JsonNode root = EngineJson.mapper().readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new InvalidTicketFileException(String.format(
                        "Ticket file (%s) is empty. Write one ticket object, or an array of ticket objects.", path));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : String.format(" at line %d, column %d", at.getLineNr(), at.getColumnNr());
            throw new InvalidTicketFileException(String.format("Ticket file (%s) is not valid JSON%s: %s. Fix the syntax.",
                    path, where, JsonMessages.withoutSource(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new InvalidTicketFileException(String.format(
                    "Ticket file (%s) cannot be read: %s.", path, e.getMessage()), e);
        }
    }
}
