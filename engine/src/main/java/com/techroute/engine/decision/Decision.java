package com.techroute.engine.decision;

import com.techroute.engine.calendar.SlaDeadlines;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The engine's decision for one ticket, with everything needed to explain it.
 *
 * @param ticket ticket id
 * @param technician chosen technician, or null when nobody is eligible
 * @param score chosen technician's score, or 0
 * @param expectedStart when the chosen technician would start, or null
 * @param contributions each factor's part in the chosen technician's score; empty when unassigned
 * @param runnerUp second-best eligible technician, or null when there is none
 * @param exclusionCounts how many technicians failed each hard constraint (one technician may fail several)
 * @param considered technicians considered
 * @param eligible technicians who passed every hard constraint
 * @param deadlines SLA deadlines of the ticket
 * @param requirements skills the ticket required
 * @param closestCandidates when unassigned, the technicians closest to eligible and what each lacks
 * @param decidedAt decision time
 */
public record Decision(TicketId ticket, TechnicianId technician, double score, Instant expectedStart,
        List<FactorContribution> contributions, RunnerUp runnerUp, Map<ExclusionReason, Integer> exclusionCounts,
        int considered, int eligible, SlaDeadlines deadlines, List<SkillRequirement> requirements,
        List<Shortfall> closestCandidates, Instant decidedAt) {

    public Decision {
        contributions = List.copyOf(contributions);
        exclusionCounts = Map.copyOf(exclusionCounts);
        requirements = List.copyOf(requirements);
        closestCandidates = List.copyOf(closestCandidates);
    }

    /** Returns whether a technician was chosen. */
    public boolean assigned() {
        return technician != null;
    }

    /** Returns the contribution of one factor, or 0 when unassigned. */
    public double contributionOf(FactorName factor) {
        return contributions.stream().filter(c -> c.factor() == factor)
                .mapToDouble(FactorContribution::contribution).findFirst().orElse(0.0);
    }
}
