package com.techroute.adapters.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of SQL work on one connection, run by {@link StoreConnections}. */
@FunctionalInterface
interface SqlWork<T> {

    T apply(Connection connection) throws SQLException;
}
