package com.techroute.engine.domain;

/**
 * A skill a ticket needs, at a minimum level.
 *
 * @param skill canonical skill name (see {@link Skills#normalize(String)})
 * @param minLevel lowest acceptable level, 1 to 5
 */
public record SkillRequirement(String skill, int minLevel) {

    public SkillRequirement {
        skill = Skills.normalize(skill);
        Skills.requireLevel(skill, minLevel);
    }
}
