package com.techroute.replay.learn;

import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TicketId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns a log's tokens into the engine's typed ids. The engine allows letters, digits, spaces and
 * {@code . _ - : @} in ids of at most 128 characters; any other character becomes {@code _}. Two tokens
 * that would give the same id get a suffix {@code @2}, {@code @3} and so on, so each token
 * keeps its own id. Not thread-safe.
 */
public final class EngineIds {

    /** Client id of tickets whose log names no customer. */
    public static final String NO_CUSTOMER = "no customer";

    private static final int MAX_LENGTH = 120;

    private final Names technicians = new Names();
    private final Names clients = new Names();
    private final Names tickets = new Names();

    /** Returns the technician id of a person token. */
    public TechnicianId technician(String person) {
        return TechnicianId.of(technicians.idOf(person));
    }

    /** Returns the client id of a customer token; {@link #NO_CUSTOMER} for null. */
    public ClientId client(String customer) {
        return ClientId.of(clients.idOf(customer == null ? NO_CUSTOMER : customer));
    }

    /** Returns the ticket id of a ticket token. */
    public TicketId ticket(String ticket) {
        return TicketId.of(tickets.idOf(ticket));
    }

    /** Returns the text with every character the engine's ids do not allow replaced, at most 120 characters. */
    static String clean(String token) {
        StringBuilder text = new StringBuilder(Math.min(token.length(), MAX_LENGTH));
        for (int i = 0; i < token.length() && text.length() < MAX_LENGTH; i++) {
            char c = token.charAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || ". _-:@".indexOf(c) >= 0);
            text.append(allowed ? c : '_');
        }
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? "_" : stripped;
    }

    /** Ids handed out for one kind of token. */
    private static final class Names {
        private final Map<String, String> idByToken = new HashMap<>();
        private final Set<String> used = new HashSet<>();

        String idOf(String token) {
            String known = idByToken.get(token);
            if (known != null) {
                return known;
            }
            String base = clean(token);
            String id = base;
            for (int suffix = 2; used.contains(id); suffix++) {
                id = base + "@" + suffix;
            }
            idByToken.put(token, id);
            used.add(id);
            return id;
        }
    }
}
