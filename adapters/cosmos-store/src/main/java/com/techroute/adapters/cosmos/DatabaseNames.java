package com.techroute.adapters.cosmos;

import java.util.Optional;

/** Checks a Cosmos DB database name before any request is made with it. */
final class DatabaseNames {

    private static final int MAX_LENGTH = 255;

    private DatabaseNames() {
    }

    /** Returns what is wrong with the name, or empty when it is a valid database name. */
    static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("databaseName is missing: set the name of the database that contains the containers");
        }
        if (name.length() > MAX_LENGTH || name.endsWith(" ") || name.chars().anyMatch(c -> "/\\?#".indexOf(c) >= 0)) {
            return Optional.of("databaseName (" + name + ") is invalid: use at most " + MAX_LENGTH
                    + " characters, none of / \\ ? #, and no space at the end");
        }
        return Optional.empty();
    }
}
