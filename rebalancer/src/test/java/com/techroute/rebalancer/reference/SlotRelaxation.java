package com.techroute.rebalancer.reference;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.HardConstraints;
import com.techroute.engine.decision.RosterEntry;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.decision.factor.Factors;
import com.techroute.engine.workload.OpenWork;
import com.techroute.rebalancer.RebalanceRequest;
import com.techroute.rebalancer.solver.RebalanceConstraints;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A relaxation of the rebalance as a CP-SAT model, whose optimum bounds the soft score of every plan with no
 * hard breach and at most {@code maxMoves} moves.
 *
 * <p>Each technician's queue has {@code slots} slots. Slot j (from 0) holds at most one ticket, and the last
 * slot holds any number. A ticket in slot j of technician k earns its factor score with j tickets ahead and
 * an effort ahead of the started work plus j times the smallest ticket effort, laid onto k's calendar, the
 * least effort any real plan can put ahead of it. Pairs that fail a hard rule of the technician alone
 * (inactive, time off, off shift, missing skill) are left out, and each queue's efforts sum to at most its
 * capacity minus the started work. A move costs the move penalty. The model leaves out the real order of
 * tickets and their real effort ahead.
 *
 * <p>Why this bounds the real objective: every real plan maps to a slot assignment (a ticket at position p
 * goes to slot min(p, slots - 1)) with the same moves, and each ticket's real score is at most its slot's
 * score, provided the factor score never rises with more effort or more tickets ahead (a later start, less
 * headroom, more tickets ahead). That premise is not proven here: {@link #check} counts the tickets of a real
 * plan that break it, and the benchmark reports the count.
 */
final class SlotRelaxation {

    private static final int TECHNICIAN_FAILURES = ExclusionReason.INACTIVE.bit()
            | ExclusionReason.TIME_OFF.bit() | ExclusionReason.OFF_SHIFT.bit() | ExclusionReason.MISSING_SKILL.bit();

    /** Outcome: the best plan of the relaxation found, the proven bound, and the solver's status. */
    record Result(CpSolverStatus status, double objectivePoints, double boundPoints, double seconds) {
    }

    private final RebalanceRequest request;
    private final int slots;
    private final List<RosterEntry> entries;
    private final Duration minEffort;

    SlotRelaxation(RebalanceRequest request, int slots) {
        this.request = request;
        this.slots = slots;
        this.entries = request.roster().entries();
        this.minEffort = request.tickets().stream().map(t -> t.ticket().effort()).min(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** Returns the scaled score of a ticket in slot {@code slot} of a technician, or null when the pair is infeasible. */
    Long slotScore(TicketContext ticket, RosterEntry entry, int slot) {
        Duration ahead = startedEffort(entry).plus(minEffort.multipliedBy(slot));
        Instant now = request.now();
        if ((HardConstraints.failures(ticket, entry, ahead, now) & TECHNICIAN_FAILURES) != 0) {
            return null;
        }
        Instant start = startAfter(entry, ahead);
        double score = Factors.score(new Candidate(ticket, entry, ahead, slot, start, now), request.profile().weights());
        return Math.round(score * RebalanceConstraints.SCORE_SCALE);
    }

    /** Solves the model with a time limit and a worker count, and returns the best objective and bound. */
    Result solve(double seconds, int workers, int maxMoves) {
        CpModel model = new CpModel();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        LinearExprBuilder moves = LinearExpr.newBuilder();
        List<List<Literal>> bySlot = new ArrayList<>();
        List<LinearExprBuilder> load = new ArrayList<>();
        for (int k = 0; k < entries.size() * slots; k++) {
            bySlot.add(new ArrayList<>());
        }
        entries.forEach(entry -> load.add(LinearExpr.newBuilder()));
        long penalty = Math.round(request.settings().movePenalty() * RebalanceConstraints.SCORE_SCALE);
        for (TicketContext ticket : request.tickets()) {
            List<Literal> places = new ArrayList<>();
            for (int k = 0; k < entries.size(); k++) {
                RosterEntry entry = entries.get(k);
                boolean moved = !holds(entry, ticket);
                for (int j = 0; j < slots; j++) {
                    Long score = slotScore(ticket, entry, j);
                    if (score == null) {
                        continue;
                    }
                    Literal x = model.newBoolVar(ticket.ticket().id().value() + "@" + k + "." + j);
                    places.add(x);
                    bySlot.get(k * slots + j).add(x);
                    objective.addTerm(x, score - (moved ? penalty : 0));
                    load.get(k).addTerm(x, ticket.ticket().effort().toMinutes());
                    if (moved) {
                        moves.add(x);
                    }
                }
            }
            model.addExactlyOne(places);
        }
        for (int k = 0; k < entries.size(); k++) {
            for (int j = 0; j < slots - 1; j++) {
                model.addAtMostOne(bySlot.get(k * slots + j));
            }
            RosterEntry entry = entries.get(k);
            long room = entry.technician().capacity().minus(startedEffort(entry)).toMinutes();
            model.addLessOrEqual(load.get(k), Math.max(0, room));
        }
        model.addLessOrEqual(moves, maxMoves);
        model.maximize(objective);

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(workers).setRandomSeed(42);
        CpSolverStatus status = solver.solve(model);
        double scale = RebalanceConstraints.SCORE_SCALE;
        return new Result(status, solver.objectiveValue() / scale, solver.bestObjectiveBound() / scale,
                solver.wallTime());
    }

    /** Returns how many tickets of a plan score above their slot's score; 0 supports the premise of the bound. */
    int check(com.techroute.rebalancer.RebalancePlan plan) {
        int above = 0;
        for (com.techroute.rebalancer.PlannedQueue queue : plan.queues()) {
            RosterEntry entry = entries.stream().filter(e -> e.technician().id().equals(queue.technician()))
                    .findFirst().orElseThrow();
            Duration ahead = startedEffort(entry);
            for (int p = 0; p < queue.unstarted().size(); p++) {
                TicketContext ticket = contextOf(queue.unstarted().get(p));
                Instant start = startAfter(entry, ahead);
                long real = Math.round(Factors.score(new Candidate(ticket, entry, ahead, p, start, request.now()),
                        request.profile().weights()) * RebalanceConstraints.SCORE_SCALE);
                Long bound = slotScore(ticket, entry, Math.min(p, slots - 1));
                if (bound != null && real > bound) {
                    above++;
                }
                ahead = ahead.plus(ticket.ticket().effort());
            }
        }
        return above;
    }

    private TicketContext contextOf(com.techroute.engine.domain.TicketId id) {
        return request.tickets().stream().filter(t -> t.ticket().id().equals(id)).findFirst().orElseThrow();
    }

    private Instant startAfter(RosterEntry entry, Duration ahead) {
        try {
            return entry.startAfter(request.now(), ahead);
        } catch (IllegalStateException noRoom) {
            return request.now().plus(Duration.ofDays(400));
        }
    }

    private static Duration startedEffort(RosterEntry entry) {
        return entry.load().queue().stream().filter(OpenWork::started).map(OpenWork::remaining)
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static boolean holds(RosterEntry entry, TicketContext ticket) {
        return entry.load().queue().stream().anyMatch(work -> work.ticket().equals(ticket.ticket().id()));
    }
}
