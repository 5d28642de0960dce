package com.techroute.adapters.sqlite;

import java.util.List;

/**
 * The store's schema, as numbered migrations in order. Every table of tenant data has the tenant id as
 * the first column of its primary key. Records are JSON bodies, with copies of the fields that queries
 * filter or sort on.
 */
final class Migrations {

    /** Every migration, in version order. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "Create tenant, record, assignment, queue and audit tables", List.of(
                    "CREATE TABLE tenants (tenant_id TEXT NOT NULL PRIMARY KEY, body TEXT NOT NULL)",
                    "CREATE TABLE technicians (tenant_id TEXT NOT NULL, technician_id TEXT NOT NULL,"
                            + " body TEXT NOT NULL, PRIMARY KEY (tenant_id, technician_id))",
                    "CREATE TABLE clients (tenant_id TEXT NOT NULL, client_id TEXT NOT NULL,"
                            + " body TEXT NOT NULL, PRIMARY KEY (tenant_id, client_id))",
                    "CREATE TABLE tickets (tenant_id TEXT NOT NULL, ticket_id TEXT NOT NULL,"
                            + " body TEXT NOT NULL, PRIMARY KEY (tenant_id, ticket_id))",
                    "CREATE TABLE assignments (tenant_id TEXT NOT NULL, assignment_id TEXT NOT NULL,"
                            + " ticket_id TEXT NOT NULL, technician_id TEXT NOT NULL,"
                            + " status TEXT NOT NULL CHECK (status IN ('OPEN', 'STARTED', 'CLOSED', 'SUPERSEDED')),"
                            + " assigned_at TEXT NOT NULL, revision INTEGER NOT NULL, body TEXT NOT NULL,"
                            + " PRIMARY KEY (tenant_id, assignment_id))",
                    "CREATE INDEX assignments_by_ticket ON assignments (tenant_id, ticket_id, revision)",
                    "CREATE INDEX assignments_by_time ON assignments (tenant_id, assigned_at)",
                    "CREATE INDEX assignments_open ON assignments (tenant_id, assigned_at)"
                            + " WHERE status IN ('OPEN', 'STARTED')",
                    "CREATE TABLE unassigned (tenant_id TEXT NOT NULL, ticket_id TEXT NOT NULL,"
                            + " queued_at TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (tenant_id, ticket_id))",
                    "CREATE INDEX unassigned_by_age ON unassigned (tenant_id, queued_at)",
                    "CREATE TABLE audit (tenant_id TEXT NOT NULL, audit_id TEXT NOT NULL, at TEXT NOT NULL,"
                            + " body TEXT NOT NULL, PRIMARY KEY (tenant_id, audit_id))",
                    "CREATE INDEX audit_by_time ON audit (tenant_id, at)")));

    /** The schema version this build writes. */
    static final int LATEST = ALL.get(ALL.size() - 1).version();

    private Migrations() {
    }
}
