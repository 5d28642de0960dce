package com.techroute.functions;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.domain.Ticket;
import com.techroute.functions.OverrideCandidates.CandidateView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The override pages. Every value is HTML-escaped, since ticket text and names come from outside. */
final class OverridePages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private OverridePages() {
    }

    /**
     * Content of the override form.
     *
     * @param ticket the ticket
     * @param clientName display name of its client
     * @param current its current assignment
     * @param currentName display name of its current technician
     * @param respondBy the SLA respond-by time, or null
     * @param candidates every technician, eligible ones first
     * @param token the link's token, posted back with the form
     * @param principalName the signed-in dispatcher from App Service authentication, or null
     */
    record FormView(Ticket ticket, String clientName, Assignment current, String currentName, Instant respondBy,
            List<CandidateView> candidates, String token, String principalName) {
    }

    /** Returns the override form: the ticket, the candidates with scores, a technician select and a reason. */
    static String form(FormView view) {
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(Html.escape(view.ticket().summary())).append("</p><table>");
        row(body, "Ticket", view.ticket().id());
        row(body, "Client", view.clientName());
        row(body, "Priority", "P" + view.ticket().priority().level());
        row(body, "Current technician", view.currentName() + " (" + view.current().technician() + ")");
        row(body, "Respond by", time(view.respondBy()));
        body.append("</table><h2>Candidates</h2>");
        candidateTable(body, view.candidates());
        body.append("<h2>Reassign</h2><form method=\"post\" action=\"?token=").append(Html.escape(view.token()))
                .append("\"><p><label>Technician <select name=\"technician\" required>");
        for (CandidateView candidate : view.candidates()) {
            if (!candidate.id().equals(view.current().technician())) {
                body.append("<option value=\"").append(Html.escape(candidate.id())).append("\">")
                        .append(Html.escape(optionText(candidate))).append("</option>");
            }
        }
        body.append("</select></label></p><p><label>Reason<br><textarea name=\"reason\" rows=\"3\" cols=\"60\""
                + " maxlength=\"").append(OverrideForm.MAX_REASON_CHARS).append("\" required></textarea></label></p>");
        if (view.principalName() == null) {
            body.append("<p><label>Your name <input name=\"name\" maxlength=\"").append(OverrideForm.MAX_NAME_CHARS)
                    .append("\" required></label></p>");
        } else {
            body.append("<p class=\"muted\">Signed in as ").append(Html.escape(view.principalName())).append("</p>");
        }
        body.append("<p><button type=\"submit\">Reassign</button></p></form>");
        return Html.page("Override ticket " + view.ticket().id(), body.toString());
    }

    /** Returns the confirmation page after a move. */
    static String moved(Assignment from, Assignment to, String actor, boolean eventPublished) {
        StringBuilder body = new StringBuilder("<table>");
        row(body, "Ticket", to.ticket());
        row(body, "From", from.technician());
        row(body, "To", to.technician());
        row(body, "By", actor);
        row(body, "At", time(to.assignedAt()));
        body.append("</table>");
        if (!eventPublished) {
            body.append("<p>The change is saved, but the assignment event for the PSA failed to send. Update the"
                    + " ticket in the PSA by hand.</p>");
        }
        return Html.page("Ticket " + to.ticket() + " reassigned", body.toString());
    }

    private static void candidateTable(StringBuilder body, List<CandidateView> candidates) {
        body.append("<table><tr><th>Technician</th><th>Score</th><th>Expected start</th><th>Not eligible because</th>"
                + "</tr>");
        for (CandidateView candidate : candidates) {
            body.append("<tr><td>").append(Html.escape(candidate.name())).append(" <span class=\"muted\">(")
                    .append(Html.escape(candidate.id())).append(")</span></td><td>")
                    .append(candidate.eligible() ? String.format(Locale.ROOT, "%.2f", candidate.score()) : "-")
                    .append("</td><td>").append(Html.escape(time(candidate.expectedStart()))).append("</td><td>")
                    .append(Html.escape(candidate.failures())).append("</td></tr>");
        }
        body.append("</table>");
    }

    private static String optionText(CandidateView candidate) {
        return candidate.eligible()
                ? String.format(Locale.ROOT, "%s (score %.2f)", candidate.name(), candidate.score())
                : candidate.name() + " (not eligible: " + candidate.failures() + ")";
    }

    private static void row(StringBuilder body, String label, Object value) {
        body.append("<tr><th>").append(Html.escape(label)).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>");
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }
}
