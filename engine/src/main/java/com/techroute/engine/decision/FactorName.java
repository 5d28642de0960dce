package com.techroute.engine.decision;

/** The soft factors of a decision, each weighted per tenant. */
public enum FactorName {
    SKILL_FIT,
    WORKLOAD_HEADROOM,
    SLA_URGENCY,
    CLIENT_TIER,
    AFFINITY,
    LANGUAGE,
    FAIRNESS
}
