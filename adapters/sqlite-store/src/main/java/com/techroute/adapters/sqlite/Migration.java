package com.techroute.adapters.sqlite;

import java.util.List;
import java.util.Objects;

/**
 * One numbered step of the store's schema. A migration that has reached a released build is never
 * edited; a change to the schema is a new migration with the next number.
 *
 * @param version 1 for the first migration, then 2, 3, ... with no gaps
 * @param description what the step does, stored in {@code schema_version}
 * @param statements SQL statements, run in order in one transaction
 */
record Migration(int version, String description, List<String> statements) {

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("Invalid migration version (" + version + "). Number migrations from 1.");
        }
        Objects.requireNonNull(description, "migration description must not be null");
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("Migration (" + version + ") has no statements. Add at least one.");
        }
    }
}
