package com.techroute.adapters.cosmos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.json.EngineJson;
import java.util.Objects;

/**
 * An assignment document: the assignment, the audit record it was committed with, and whether the steps
 * after the commit point are complete.
 *
 * @param assignment the assignment
 * @param commitAudit the audit record of the call that created the document; later steps write this one
 * @param stepsComplete whether the audit record, the queue removal and the ticket's pointer are written
 */
record StoredAssignment(Assignment assignment, AuditEntry commitAudit, boolean stepsComplete) {

    static final String COMMIT_AUDIT = "commitAudit";
    static final String STEPS_COMPLETE = "stepsComplete";

    StoredAssignment {
        Objects.requireNonNull(assignment, "assignment must not be null");
        Objects.requireNonNull(commitAudit, "commitAudit must not be null");
    }

    /** Returns a new assignment document whose later steps are still to be done. */
    static StoredAssignment pending(Assignment assignment, AuditEntry audit) {
        return new StoredAssignment(assignment, audit, false);
    }

    /** Reads an assignment document of the tenant. */
    static StoredAssignment from(TenantId tenant, JsonNode document) {
        Assignment assignment = Documents.record(Kind.ASSIGNMENT, tenant, document, Assignment.class);
        AuditEntry audit = Documents.field(Kind.ASSIGNMENT, tenant, document, COMMIT_AUDIT, AuditEntry.class);
        return new StoredAssignment(assignment, audit, document.path(STEPS_COMPLETE).asBoolean(false));
    }

    /** Returns the document form. */
    ObjectNode toDocument() {
        ObjectNode document = Documents.of(Kind.ASSIGNMENT, assignment.tenant(), assignment.id(), assignment);
        document.set(COMMIT_AUDIT, EngineJson.mapper().valueToTree(commitAudit));
        document.put(STEPS_COMPLETE, stepsComplete);
        return document;
    }

    /** Returns a copy holding another version of the same assignment. */
    StoredAssignment withAssignment(Assignment changed) {
        return new StoredAssignment(changed, commitAudit, stepsComplete);
    }
}
