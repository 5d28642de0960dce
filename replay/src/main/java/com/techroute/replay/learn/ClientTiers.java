package com.techroute.replay.learn;

import com.techroute.engine.domain.ClientTier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Client tiers from ticket volume: clients whose history volume reaches the 75th percentile of all
 * clients' volumes are platinum, the 50th gold, the 25th silver, the rest bronze (nearest-rank
 * percentiles). A client first seen after the history part is bronze. With tiers switched off, every
 * client is in one tier, {@link #STANDARD}.
 */
public final class ClientTiers {

    /** Tier names from the busiest quartile down. */
    public static final List<String> NAMES = List.of("platinum", "gold", "silver", "bronze");
    /** The one tier when tiers are switched off. */
    public static final String STANDARD = "standard";

    private final List<ClientTier> tiers;
    private final Map<String, String> tierByClient;
    private final String fallback;

    private ClientTiers(List<ClientTier> tiers, Map<String, String> tierByClient, String fallback) {
        this.tiers = List.copyOf(tiers);
        this.tierByClient = Map.copyOf(tierByClient);
        this.fallback = fallback;
    }

    /**
     * Assigns tiers by volume quartiles.
     *
     * @param volumes history tickets per client
     * @param weights tier weights from platinum down to bronze
     */
    public static ClientTiers byVolume(Map<String, Integer> volumes, List<Double> weights) {
        List<ClientTier> tiers = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            tiers.add(new ClientTier(NAMES.get(i), weights.get(i)));
        }
        List<Integer> sorted = new ArrayList<>(volumes.values());
        sorted.sort(null);
        Map<String, String> tierByClient = new HashMap<>();
        if (!sorted.isEmpty()) {
            int[] thresholds = {Quantiles.nearestRank(sorted, 0.75), Quantiles.nearestRank(sorted, 0.5),
                Quantiles.nearestRank(sorted, 0.25)};
            volumes.forEach((client, volume) -> tierByClient.put(client, NAMES.get(quartile(volume, thresholds))));
        }
        return new ClientTiers(tiers, tierByClient, NAMES.get(NAMES.size() - 1));
    }

    /** Puts every client in the one tier {@link #STANDARD} of weight 1. */
    public static ClientTiers none() {
        return new ClientTiers(List.of(new ClientTier(STANDARD, 1.0)), Map.of(), STANDARD);
    }

    private static int quartile(int volume, int[] thresholds) {
        for (int i = 0; i < thresholds.length; i++) {
            if (volume >= thresholds[i]) {
                return i;
            }
        }
        return thresholds.length;
    }

    /** Returns the tiers, heaviest first. */
    public List<ClientTier> tiers() {
        return tiers;
    }

    /** Returns a client's tier name. */
    public String tierOf(String client) {
        return tierByClient.getOrDefault(client, fallback);
    }

    /** Returns how many clients with history volume each tier holds, by tier name. */
    public Map<String, Integer> clientCounts() {
        Map<String, Integer> counts = new HashMap<>();
        tierByClient.values().forEach(tier -> counts.merge(tier, 1, Integer::sum));
        return counts;
    }
}
