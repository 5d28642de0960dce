package com.techroute.adapters.signing;

import com.techroute.engine.port.Signer;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs with an ECDSA P-256 key pair kept in a PEM file, for the local runner.
 *
 * <p>The file contains a PKCS#8 {@code PRIVATE KEY} block and an X.509 {@code PUBLIC KEY} block.
 * Signatures are SHA-256 with ECDSA in the raw 64-byte {@code R || S} form, the form Azure Key
 * Vault returns for ES256. Instances are immutable and safe to share between threads.
 */
public final class LocalKeyFileSigner implements Signer {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKeyFileSigner.class);

    private static final String KEY_ID_PREFIX = "local-";

    /** Base64url characters of the SHA-256 fingerprint kept in the key id: 22 characters carry 132 bits. */
    private static final int KEY_ID_HASH_CHARS = 22;

    private final KeyPair keyPair;
    private final String keyId;

    private LocalKeyFileSigner(KeyPair keyPair) {
        this.keyPair = keyPair;
        this.keyId = fingerprint(keyPair);
    }

    /**
     * Loads the key pair from an existing key file.
     *
     * @param keyFile path of the PEM key file, not null
     * @return a signer over the key in the file
     * @throws SigningException when the file is missing, unreadable, of the wrong type or corrupt,
     *     with a message that names the path and the fix
     */
    public static LocalKeyFileSigner load(Path keyFile) {
        Objects.requireNonNull(keyFile, "keyFile");
        KeyFileStorage.warnIfOthersCanRead(keyFile);
        return new LocalKeyFileSigner(PemKeyFile.read(keyFile));
    }

    /**
     * Loads the key file, or creates it with a new key pair when no file exists at that path.
     *
     * <p>A new file is readable and writable by its owner only (POSIX mode 600) where the file
     * system supports POSIX permissions. An existing file is never replaced, even when corrupt.
     *
     * @param keyFile path of the PEM key file, not null; missing parent folders are created
     * @return a signer over the key in the file
     * @throws SigningException when an existing file cannot be used or a new one cannot be written
     */
    public static LocalKeyFileSigner loadOrCreate(Path keyFile) {
        Objects.requireNonNull(keyFile, "keyFile");
        if (KeyFileStorage.createIfMissing(keyFile, P256Keys.generate())) {
            LocalKeyFileSigner signer = load(keyFile);
            LOG.info("Created signing key file ({}) with key id ({})", keyFile, signer.keyId());
            return signer;
        }
        return load(keyFile);
    }

    /** Returns {@code local-} followed by a base64url SHA-256 fingerprint of the public key, truncated. */
    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public byte[] sign(byte[] data) {
        Objects.requireNonNull(data, "data");
        try {
            Signature signature = Signature.getInstance(P256Keys.SIGNATURE_ALGORITHM);
            signature.initSign(keyPair.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new SigningException("Signing with local key (" + keyId + ") failed.", e);
        }
    }

    @Override
    public boolean verify(byte[] data, byte[] signature) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
        if (signature.length != P256Keys.SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(P256Keys.SIGNATURE_ALGORITHM);
            verifier.initVerify(keyPair.getPublic());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            // A malformed signature is a wrong signature, not a broken key.
            return false;
        } catch (GeneralSecurityException e) {
            throw new SigningException("Verifying with local key (" + keyId + ") failed.", e);
        }
    }

    private static String fingerprint(KeyPair pair) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded());
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
            return KEY_ID_PREFIX + encoded.substring(0, KEY_ID_HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK has no SHA-256.", e);
        }
    }

    @Override
    public String toString() {
        return "LocalKeyFileSigner[keyId=" + keyId + "]";
    }
}
