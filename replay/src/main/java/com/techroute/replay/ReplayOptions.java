package com.techroute.replay;

import com.techroute.replay.rebalance.ReplayRebalance;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The replay command's options that set {@link ReplaySettings}, each with its default. */
public final class ReplayOptions {

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Time zone of the log's local times, the learned shifts and the business hours"
                    + " (default: the format's zone, Europe/Rome for Helpdesk, UTC for UCI, the mapping's"
                    + " timeZone for a mapped log).")
    ZoneId zone;

    @Option(names = "--history-share", paramLabel = "SHARE", defaultValue = "0.2",
            description = "Share of the log's time span, from its start, that teaches the engine and is not"
                    + " scored; above 0 and below 1 (default: ${DEFAULT-VALUE}).")
    double historyShare;

    @Option(names = "--batch-window", paramLabel = "DURATION", defaultValue = SettingsText.DEFAULT_BATCH_WINDOW,
            converter = DurationConverter.class,
            description = "Tickets arriving within this time of the first are assigned as one batch; 0s assigns"
                    + " each alone (default: ${DEFAULT-VALUE}).")
    Duration batchWindow;

    @Option(names = "--handling-cap", paramLabel = "DURATION", defaultValue = SettingsText.DEFAULT_HANDLING_CAP,
            converter = DurationConverter.class,
            description = "Longest simulated handling time of a ticket and longest effort estimate, in working"
                    + " time (default: ${DEFAULT-VALUE}).")
    Duration handlingCap;

    @Option(names = "--min-effort", paramLabel = "DURATION", defaultValue = SettingsText.DEFAULT_MIN_EFFORT,
            converter = DurationConverter.class,
            description = "Shortest effort estimate of a ticket (default: ${DEFAULT-VALUE}).")
    Duration minEffort;

    @Option(names = "--capacity", paramLabel = "DURATION", defaultValue = SettingsText.DEFAULT_CAPACITY,
            converter = DurationConverter.class,
            description = "Most open effort a technician may hold (default: ${DEFAULT-VALUE}).")
    Duration capacity;

    @Option(names = "--min-skill-holders", paramLabel = "N", defaultValue = "2",
            description = "Tickets require their category's skill only when at least N technicians have it"
                    + " (default: ${DEFAULT-VALUE}).")
    int minSkillHolders;

    @Option(names = "--sla", paramLabel = "TARGETS", defaultValue = SettingsText.DEFAULT_SLA,
            description = "Respond/resolve targets per priority, in business hours (default: ${DEFAULT-VALUE}).")
    String sla;

    @Option(names = "--business-hours", paramLabel = "HOURS", defaultValue = SettingsText.DEFAULT_BUSINESS_HOURS,
            description = "Weekly hours of the SLA calendar, also the shifts of people whose hours cannot be"
                    + " learned; groups separated by ; (default: ${DEFAULT-VALUE}).")
    String businessHours;

    @Option(names = "--shifts", paramLabel = "SOURCE", defaultValue = "learned",
            description = "Technicians' shifts: learned from when they acted, or business-hours for everyone"
                    + " (default: ${DEFAULT-VALUE}).")
    String shifts;

    @Option(names = "--tiers", paramLabel = "SOURCE", defaultValue = "volume",
            description = "Client tiers: volume, from quartiles of the clients' ticket volume, or none"
                    + " (default: ${DEFAULT-VALUE}).")
    String tiers;

    @Option(names = "--tier-weights", paramLabel = "WEIGHTS", defaultValue = SettingsText.DEFAULT_TIER_WEIGHTS,
            description = "Weights of the platinum, gold, silver and bronze tiers (default: ${DEFAULT-VALUE}).")
    String tierWeights;

    @Option(names = "--rebalance-every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Adds the strategy \"engine + rebalance\": the engine, with its unstarted queued tickets"
                    + " rebalanced every DURATION of simulated time, such as PT4H (default: off).")
    Duration rebalanceEvery;

    @Option(names = "--rebalance-max-moves", paramLabel = "N", defaultValue = "50",
            description = "Maximum number of tickets one rebalance may move (default: ${DEFAULT-VALUE}).")
    int rebalanceMaxMoves;

    @Option(names = "--rebalance-time-limit", paramLabel = "DURATION", defaultValue = "PT2S",
            converter = DurationConverter.class,
            description = "Wall-clock time one rebalance's solver may spend (default: ${DEFAULT-VALUE}).")
    Duration rebalanceTimeLimit;

    @Option(names = "--rebalance-move-penalty", paramLabel = "POINTS", defaultValue = "0.5",
            description = "Cost of moving one ticket, in factor-score points (default: ${DEFAULT-VALUE}).")
    double rebalanceMovePenalty;

    /** Returns the zone given with {@code --zone}, or null when the format's zone applies. */
    ZoneId zone() {
        return zone;
    }

    /**
     * Returns the settings these options describe.
     *
     * @param logZone zone of the log, used when {@code --zone} is not given
     * @throws IllegalArgumentException naming the option whose value is invalid
     */
    ReplaySettings settings(ZoneId logZone) {
        return new ReplaySettings(zone != null ? zone : logZone, historyShare, batchWindow, handlingCap, minEffort,
                capacity, minSkillHolders, SettingsText.slaTargets(sla), SettingsText.businessHours(businessHours),
                shiftSource(), tierSource(), SettingsText.tierWeights(tierWeights), rebalance());
    }

    private ReplayRebalance rebalance() {
        if (rebalanceEvery == null) {
            return null;
        }
        return new ReplayRebalance(rebalanceEvery, rebalanceMaxMoves, rebalanceTimeLimit, rebalanceMovePenalty);
    }

    private ReplaySettings.ShiftSource shiftSource() {
        return switch (shifts.strip().toLowerCase(Locale.ROOT)) {
            case "learned" -> ReplaySettings.ShiftSource.LEARNED;
            case "business-hours" -> ReplaySettings.ShiftSource.BUSINESS_HOURS;
            default -> throw new IllegalArgumentException(String.format(
                    "Invalid --shifts (%s). Use learned or business-hours.", shifts));
        };
    }

    private ReplaySettings.TierSource tierSource() {
        return switch (tiers.strip().toLowerCase(Locale.ROOT)) {
            case "volume" -> ReplaySettings.TierSource.VOLUME;
            case "none" -> ReplaySettings.TierSource.NONE;
            default -> throw new IllegalArgumentException(String.format(
                    "Invalid --tiers (%s). Use volume or none.", tiers));
        };
    }

    /** Converts a duration option, naming the accepted forms when the value is invalid. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return SettingsText.duration(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts {@code --zone}, naming an example when the zone is unknown. */
    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.strip());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException(String.format(
                        "Invalid time zone (%s). Use a zone id such as Europe/Rome or UTC.", value));
            }
        }
    }
}
