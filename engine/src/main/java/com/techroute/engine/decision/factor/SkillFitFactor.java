package com.techroute.engine.decision.factor;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.FactorName;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Skills;
import java.util.List;

/**
 * How far the technician's levels exceed the minimums: per required skill, {@code (level - min + 1) /
 * (6 - min)}, so the bare minimum of 3 scores 1/3 and level 5 scores 1; averaged over the required
 * skills. A ticket with no required skills scores 0 for everyone.
 */
public final class SkillFitFactor implements Factor {

    @Override
    public FactorName name() {
        return FactorName.SKILL_FIT;
    }

    @Override
    public double value(Candidate candidate) {
        List<SkillRequirement> requirements = candidate.ticket().requirements();
        if (requirements.isEmpty()) {
            return 0.0;
        }
        double sum = 0.0;
        for (SkillRequirement requirement : requirements) {
            int level = candidate.technician().skillLevel(requirement.skill());
            int span = Skills.MAX_LEVEL - requirement.minLevel() + 1;
            sum += Math.max(0, level - requirement.minLevel() + 1) / (double) span;
        }
        return Math.min(1.0, sum / requirements.size());
    }
}
