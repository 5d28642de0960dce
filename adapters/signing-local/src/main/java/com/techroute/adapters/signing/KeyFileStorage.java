package com.techroute.adapters.signing;

import com.techroute.engine.port.Signer.SigningException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates key files readable by their owner only, and checks the permissions of existing ones. */
final class KeyFileStorage {

    private static final Logger LOG = LoggerFactory.getLogger(KeyFileStorage.class);

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyFileStorage() {
    }

    /**
     * Writes the key pair to a new file when nothing exists at the path.
     *
     * <p>The PEM text goes to a temporary file beside the target, created with mode 600, which
     * is then moved into place without replacing anything. So a crash leaves no half-written key
     * file, and when two processes race, the first file stays and the second key is discarded.
     *
     * @return true when this call created the file, false when a file already existed
     */
    static boolean createIfMissing(Path keyFile, KeyPair pair) {
        if (Files.exists(keyFile)) {
            return false;
        }
        Path temporary = null;
        try {
            Path folder = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".signing-key-", ".tmp", ownerOnlyAttributes(folder));
            Files.writeString(temporary, PemKeyFile.format(pair), StandardCharsets.US_ASCII);
            Files.move(temporary, keyFile);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new SigningException("Signing key file (" + keyFile + ") could not be created: " + e.getMessage()
                    + ". Check that the folder exists or can be created, and is writable.", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Logs a warning when the group or other users may read or write the key file. */
    static void warnIfOthersCanRead(Path keyFile) {
        if (!supportsPosix(keyFile) || !Files.isRegularFile(keyFile)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
            if (!OWNER_ONLY.containsAll(permissions)) {
                LOG.warn("Signing key file ({}) has permissions ({}) that let other users read or change it. "
                        + "Restrict it with 'chmod 600 {}'.",
                        keyFile, PosixFilePermissions.toString(permissions), keyFile);
            }
        } catch (IOException e) {
            LOG.warn("Could not read the permissions of signing key file ({})", keyFile, e);
        }
    }

    private static FileAttribute<?>[] ownerOnlyAttributes(Path folder) {
        if (!supportsPosix(folder)) {
            // NOTE: without POSIX permissions (Windows) the file inherits the folder's access list,
            // so keep the key file in a folder that only the runner's user can read.
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.warn("Could not delete temporary key file ({}); delete it by hand", temporary, e);
        }
    }
}
