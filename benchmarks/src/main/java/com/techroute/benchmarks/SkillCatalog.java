package com.techroute.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The 25 skills of the generated MSP, from common to rare. Draws follow a Zipf-like popularity, so
 * desktop and Microsoft 365 work is frequent and a few specialist skills are held by few technicians.
 */
final class SkillCatalog {

    /** Skill names, most common first. */
    static final List<String> SKILLS = List.of(
            "windows desktop", "microsoft 365", "active directory", "networking", "printers",
            "exchange", "intune", "backup", "firewall", "windows server",
            "azure", "vpn", "teams", "sharepoint", "endpoint protection",
            "macos", "mobile devices", "wifi", "dns", "vmware",
            "hyper-v", "linux", "sql server", "voip", "powershell");

    private static final double[] CUMULATIVE = cumulativeWeights();

    private SkillCatalog() {
    }

    /** Draws {@code count} distinct skills, common ones more often. */
    static List<String> draw(Random random, int count) {
        List<String> drawn = new ArrayList<>(count);
        while (drawn.size() < count) {
            String skill = SKILLS.get(index(random.nextDouble()));
            if (!drawn.contains(skill)) {
                drawn.add(skill);
            }
        }
        return drawn;
    }

    private static int index(double uniform) {
        double target = uniform * CUMULATIVE[CUMULATIVE.length - 1];
        for (int i = 0; i < CUMULATIVE.length; i++) {
            if (target < CUMULATIVE[i]) {
                return i;
            }
        }
        return CUMULATIVE.length - 1;
    }

    /** Weight of the skill at rank r is 1 / (r + 1)^0.8. */
    private static double[] cumulativeWeights() {
        double[] cumulative = new double[SKILLS.size()];
        double sum = 0;
        for (int rank = 0; rank < SKILLS.size(); rank++) {
            sum += 1.0 / Math.pow(rank + 1, 0.8);
            cumulative[rank] = sum;
        }
        return cumulative;
    }
}
