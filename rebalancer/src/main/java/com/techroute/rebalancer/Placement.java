package com.techroute.rebalancer;

import com.techroute.engine.decision.Exclusion;
import com.techroute.engine.decision.FactorContribution;
import com.techroute.engine.decision.HardConstraints;
import com.techroute.engine.decision.factor.Factors;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.rebalancer.domain.QueuedTicket;
import com.techroute.rebalancer.domain.TechnicianQueue;
import java.util.List;

/**
 * A ticket's place and its score there, copied out of the solver's mutable entities.
 *
 * @param technician the technician whose queue contains it
 * @param position its place among the queue's unstarted tickets, from 0
 * @param contributions each factor's contribution to its score there
 * @param failures the hard constraints it fails there, with what is lacking
 */
record Placement(TechnicianId technician, int position, List<FactorContribution> contributions,
        List<Exclusion> failures) {

    Placement {
        contributions = List.copyOf(contributions);
        failures = List.copyOf(failures);
    }

    /** Captures a placed ticket whose shadow variables are up to date. */
    static Placement of(QueuedTicket ticket) {
        TechnicianQueue queue = ticket.getQueue();
        List<FactorContribution> contributions = Factors.contributions(ticket.candidate(), queue.context().weights());
        List<Exclusion> failures =
                HardConstraints.describe(ticket.ticket(), queue.entry(), ticket.getEffortAhead(), queue.now());
        return new Placement(queue.technicianId(), ticket.getPosition(), contributions, failures);
    }
}
