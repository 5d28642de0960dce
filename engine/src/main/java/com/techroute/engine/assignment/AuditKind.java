package com.techroute.engine.assignment;

/** Kinds of audit records. */
public enum AuditKind {
    TICKET_ASSIGNED,
    TICKET_UNASSIGNED,
    TICKET_REASSIGNED,
    INVALID_MESSAGE,
    NOTIFICATION_FAILED
}
