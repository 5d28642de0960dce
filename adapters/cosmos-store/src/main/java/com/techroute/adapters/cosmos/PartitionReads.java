package com.techroute.adapters.cosmos;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.UnassignedTicket;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TenantId;
import java.util.Comparator;
import java.util.List;

/**
 * Reads of a whole record type of one tenant: one read of the tenant's partition in the record's
 * container, sorted here.
 */
final class PartitionReads {

    private final Items items;

    PartitionReads(Items items) {
        this.items = items;
    }

    /** Returns the tenant's technicians in id order. */
    List<Technician> technicians(TenantId tenant) {
        return items.readAll(StoreContainer.TECHNICIANS, tenant).stream()
                .map(document -> Documents.record(Kind.TECHNICIAN, tenant, document, Technician.class))
                .sorted(Comparator.comparing(technician -> technician.id().value()))
                .toList();
    }

    /** Returns the unassigned queue, oldest first, with ties in ticket id order. */
    List<UnassignedTicket> unassigned(TenantId tenant) {
        return items.readAll(StoreContainer.UNASSIGNED, tenant).stream()
                .map(document -> Documents.record(Kind.UNASSIGNED, tenant, document, UnassignedTicket.class))
                .sorted(Comparator.comparing(UnassignedTicket::queuedAt)
                        .thenComparing(entry -> entry.ticket().id().value()))
                .toList();
    }

    /** Returns every assignment of the tenant, in no particular order. */
    List<Assignment> assignments(TenantId tenant) {
        return items.readAll(StoreContainer.ASSIGNMENTS, tenant).stream()
                .map(document -> StoredAssignment.from(tenant, document).assignment())
                .toList();
    }

    /**
     * Returns the audit trail, oldest first. Records of the same instant come in audit id order, because the
     * container keeps no insertion order.
     */
    List<AuditEntry> audit(TenantId tenant) {
        // NOTE: reads the whole trail. In Azure a query ordered by record.at, paged with a continuation
        // token, would suit a long trail.
        return items.readAll(StoreContainer.AUDIT, tenant).stream()
                .map(document -> Documents.record(Kind.AUDIT, tenant, document, AuditEntry.class))
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id))
                .toList();
    }
}
