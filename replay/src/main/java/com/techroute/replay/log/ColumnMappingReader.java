package com.techroute.replay.log;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a {@link ColumnMapping} from JSON, rejecting unknown fields so that a typo is caught. */
final class ColumnMappingReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final String FIX = "See docs/replay-formats.md for the fields of a column mapping.";

    private ColumnMappingReader() {
    }

    static ColumnMapping read(Path file) {
        try {
            ColumnMapping mapping = MAPPER.readValue(Files.readAllBytes(file), ColumnMapping.class);
            if (mapping == null) {
                throw new LogReadException(file, "Column mapping (" + file + ") is empty JSON. " + FIX, null);
            }
            return mapping;
        } catch (NoSuchFileException e) {
            throw new LogReadException(file, "Column mapping (" + file + ") does not exist. "
                    + "Check the path; relative paths resolve against (" + Path.of("").toAbsolutePath() + ").", e);
        } catch (ValueInstantiationException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new LogReadException(file, "Column mapping (" + file + ") is invalid: " + reason, e);
        } catch (JacksonException e) {
            throw new LogReadException(file, "Column mapping (" + file + ") is not valid mapping JSON"
                    + where(e.getLocation()) + ": " + e.getOriginalMessage() + ". " + FIX, e);
        } catch (IOException e) {
            throw new LogReadException(file, "Column mapping (" + file + ") cannot be read: " + e.getMessage()
                    + ". Check the file's permissions.", e);
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
