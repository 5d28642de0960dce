package com.techroute.functions;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.functions.OverrideCandidates.CandidateView;
import com.techroute.functions.OverrideTokens.Claims;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads what the override page shows for a checked token. Reads only. */
final class OverrideView {

    private final FunctionsRuntime runtime;

    OverrideView(FunctionsRuntime runtime) {
        this.runtime = runtime;
    }

    /** Returns the form page, or a 404 or 409 page when the ticket is gone or changed since the link was made. */
    HttpResult form(Claims claims, String token, String principal) {
        Optional<Loaded> loaded = load(claims);
        if (loaded.isEmpty()) {
            return HttpResult.html(404, Html.message("Not found", "Ticket " + claims.ticket() + " or its tenant,"
                    + " client or assignment no longer exists."));
        }
        Loaded data = loaded.get();
        if (!data.current().id().equals(claims.assignmentId())) {
            return HttpResult.html(409, Html.message("Ticket changed", "Ticket " + claims.ticket() + " changed after"
                    + " this link was made. Open the newest card of the ticket."));
        }
        Instant now = runtime.clock().instant();
        List<CandidateView> candidates = OverrideCandidates.score(runtime.store(), data.profile(), data.ticket(),
                data.client(), data.current(), now);
        String currentName = candidates.stream().filter(c -> c.id().equals(data.current().technician()))
                .map(CandidateView::name).findFirst().orElse(data.current().technician().value());
        Instant respondBy = data.profile().deadlines(data.ticket(), data.client()).respondBy();
        return HttpResult.html(200, OverridePages.form(new OverridePages.FormView(data.ticket(), data.client().name(),
                data.current(), currentName, respondBy, candidates, token, principal)));
    }

    /** Returns the chosen technician as the page would list them, or empty when the tenant has no such one. */
    Optional<CandidateView> candidate(Claims claims, TechnicianId technician) {
        Optional<Loaded> loaded = load(claims);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Loaded data = loaded.get();
        return OverrideCandidates.score(runtime.store(), data.profile(), data.ticket(), data.client(), data.current(),
                runtime.clock().instant()).stream().filter(c -> c.id().equals(technician)).findFirst();
    }

    private Optional<Loaded> load(Claims claims) {
        TenantStore store = runtime.store();
        Optional<TenantProfile> profile = store.findTenant(claims.tenant());
        Optional<Ticket> ticket = store.findTicket(claims.tenant(), claims.ticket());
        Optional<Assignment> current = store.currentAssignment(claims.tenant(), claims.ticket());
        if (profile.isEmpty() || ticket.isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        Optional<Client> client = store.findClient(claims.tenant(), ticket.get().client());
        return client.map(found -> new Loaded(profile.get(), ticket.get(), found, current.get()));
    }

    private record Loaded(TenantProfile profile, Ticket ticket, Client client, Assignment current) {
    }
}
