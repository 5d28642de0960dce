package com.techroute.local.tenant;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.json.EngineJson;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.local.JsonMessages;
import java.io.IOException;
import java.util.List;

/**
 * Reads a tenant profile and a client list in the engine's JSON form, as {@code examples/demo/tenant.json}
 * and {@code clients.json} show them.
 */
public final class TenantJson {

    private TenantJson() {
    }

    /**
     * Reads a tenant profile and gives it the id of the tenant it is loaded for, whatever id the file holds.
     *
     * @param source file name for messages
     * @throws IllegalArgumentException naming the source, the position and the problem when the JSON is invalid
     */
    public static TenantProfile profile(String source, byte[] json, TenantId tenant) {
        TenantProfile read = parse(source, json, TenantProfile.class, "a tenant profile");
        return new TenantProfile(tenant, read.name(), read.tiers(), read.calendars(), read.slaPolicies(),
                read.categoryRules(), read.weights());
    }

    /**
     * Reads a JSON array of clients.
     *
     * @throws IllegalArgumentException naming the source, the position and the problem when the JSON is invalid
     */
    public static List<Client> clients(String source, byte[] json) {
        return List.of(parse(source, json, Client[].class, "an array of clients"));
    }

    private static <T> T parse(String source, byte[] json, Class<T> type, String expected) {
        try {
            T value = EngineJson.mapper().readValue(json, type);
            if (value == null) {
                throw new IllegalArgumentException(String.format("File (%s) is empty. Write %s.", source, expected));
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : String.format(" at line %d, column %d", at.getLineNr(), at.getColumnNr());
            throw new IllegalArgumentException(String.format("File (%s) is not valid as %s%s: %s", source, expected,
                    where, JsonMessages.withoutSource(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(String.format("File (%s) cannot be read: %s", source, e.getMessage()), e);
        }
    }
}
