package com.techroute.rebalancer;

import com.techroute.engine.decision.Exclusion;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TicketId;
import java.util.List;
import java.util.Objects;

/**
 * One ticket the rebalance gives to another technician, with the reasons.
 *
 * @param ticket the ticket
 * @param from the technician it leaves
 * @param to the technician it goes to
 * @param position its place among {@code to}'s unstarted tickets, from 0; started work stays ahead of it
 * @param factorChanges each factor whose contribution to this ticket's score changed, largest change first
 * @param fixes hard constraints the ticket failed with {@code from} and passes with {@code to}, with what
 *     was lacking
 */
public record Move(TicketId ticket, TechnicianId from, TechnicianId to, int position,
        List<FactorChange> factorChanges, List<Exclusion> fixes) {

    public Move {
        Objects.requireNonNull(ticket, "ticket must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        factorChanges = List.copyOf(factorChanges);
        fixes = List.copyOf(fixes);
    }

    /** Returns the change of this ticket's factor score, in factor-score points. */
    public double scoreChange() {
        return factorChanges.stream().mapToDouble(FactorChange::delta).sum();
    }
}
