package com.techroute.engine.decision;

import com.techroute.engine.domain.TechnicianId;

/**
 * The second-best eligible technician.
 *
 * @param technician technician id
 * @param score their score
 * @param margin the chosen technician's score minus theirs; 0 or more for a single ticket, and negative
 *     in a batch that gave the better technician to another ticket
 */
public record RunnerUp(TechnicianId technician, double score, double margin) {
}
