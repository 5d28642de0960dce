package com.techroute.engine.port;

/**
 * Signs and verifies bytes with one key, for override links and the audit trail.
 *
 * <p>Implementations use ECDSA P-256 with SHA-256 (JOSE name {@code ES256}) and the raw
 * 64-byte {@code R || S} signature form, so a signature made by one implementation verifies
 * with another that holds the same public key.
 */
public interface Signer {

    /** Identifier of the signing key, stored beside each signature so a verifier can pick the key. */
    String keyId();

    /**
     * Signs the data.
     *
     * @param data bytes to sign, not null
     * @return the 64-byte {@code R || S} signature
     * @throws SigningException when the key cannot be used
     */
    byte[] sign(byte[] data);

    /**
     * Verifies a signature made by {@link #sign(byte[])}.
     *
     * @param data bytes that were signed, not null
     * @param signature signature to check, not null
     * @return true when the signature matches the data and this key
     * @throws SigningException when the key cannot be used (a wrong signature returns false)
     */
    boolean verify(byte[] data, byte[] signature);

    /** Failure to use a signing key, such as a missing key file or a key service that refused. */
    final class SigningException extends RuntimeException {
        public SigningException(String message, Throwable cause) {
            super(message, cause);
        }

        public SigningException(String message) {
            super(message);
        }
    }
}
