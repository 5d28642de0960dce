package com.techroute.adapters.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Checks a store path before it is opened, and turns open failures into messages that name the file. */
final class StoreFiles {

    private StoreFiles() {
    }

    /**
     * Returns the absolute path of the store file, creating its folder when missing.
     *
     * @throws SqliteStoreException when the path is a folder, or its folder cannot be created or written
     */
    static Path prepare(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new SqliteStoreException(String.format(
                    "Store file (%s) is a folder. Give the path of a file inside it, such as %s.",
                    file, file.resolve("techroute.db")));
        }
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SqliteStoreException(String.format(
                    "Cannot create folder (%s) for store file (%s): %s. Choose a path in a writable folder.",
                    folder, file, e), e);
        }
        if (!Files.isWritable(folder) || Files.exists(file) && !Files.isWritable(file)) {
            throw new SqliteStoreException(String.format(
                    "Store file (%s) or its folder is not writable. Grant write access or choose another path.", file));
        }
        return file;
    }

    /** Returns an exception for a failure to open the file or to read its schema, naming the file. */
    static SqliteStoreException openFailure(Path file, SQLException e) {
        int code = e instanceof SQLiteException sqlite ? sqlite.getResultCode().code & 0xff : -1;
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new SqliteStoreException(String.format(
                    "Store file (%s) is not a SQLite database. Give the store a TechRoute store file, or a path"
                            + " that does not exist yet to create one.", file), e);
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code == SQLiteErrorCode.SQLITE_READONLY.code
                || code == SQLiteErrorCode.SQLITE_PERM.code) {
            return new SqliteStoreException(String.format(
                    "Cannot open store file (%s) for writing: %s. Check that the file and its folder are writable.",
                    file, e.getMessage()), e);
        }
        return new SqliteStoreException(String.format("Failed to open store file (%s): %s", file, e.getMessage()), e);
    }
}
