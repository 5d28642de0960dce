package com.techroute.adapters.teams;

import java.util.Objects;

/**
 * Outcome of sending one Teams message. A failed post is a result, not an exception, so a failed
 * notification never blocks or undoes the work it reports; the caller logs and audits a failure.
 *
 * @param outcome delivered, failed, or skipped because the tenant has no webhook
 * @param attempts posts made, 0 when nothing was posted
 * @param lastStatus HTTP status of the last response, or 0 when there was none
 * @param detail what happened, free of the webhook URL
 */
public record NotificationResult(Outcome outcome, int attempts, int lastStatus, String detail) {

    /** Kind of outcome of a notification. */
    public enum Outcome {
        DELIVERED,
        FAILED,
        SKIPPED
    }

    public NotificationResult {
        Objects.requireNonNull(outcome, "outcome must not be null");
        detail = detail == null ? "" : detail;
    }

    static NotificationResult delivered(int attempts, int status) {
        return new NotificationResult(Outcome.DELIVERED, attempts, status, "delivered");
    }

    static NotificationResult failed(int attempts, int status, String detail) {
        return new NotificationResult(Outcome.FAILED, attempts, status, detail);
    }

    /** Returns a failure before any post, such as a webhook lookup or a card that is too large. */
    public static NotificationResult failedBeforePost(String detail) {
        return new NotificationResult(Outcome.FAILED, 0, 0, detail);
    }

    static NotificationResult skipped(String detail) {
        return new NotificationResult(Outcome.SKIPPED, 0, 0, detail);
    }

    /** Returns whether Teams accepted the message. */
    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }

    /** Returns whether the message should have gone out and did not. */
    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
