package com.techroute.engine.decision.factor;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.FactorName;

/**
 * One soft factor of a decision. Its value lies in [0, 1], higher is better, and the tenant's weight
 * scales it. Values must not rise as work ahead in the queue grows, so that later queue slots never
 * score better than earlier ones; the batch assignment's pruning relies on it.
 */
public interface Factor {

    /** Returns the factor's name, which selects its weight. */
    FactorName name();

    /** Returns the factor's value for a candidate, in [0, 1]. */
    double value(Candidate candidate);
}
