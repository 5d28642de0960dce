package com.techroute.adapters.keyvault;

/**
 * Key Vault failure that may pass if the operation is tried again later: HTTP 408, 429 or 5xx, a
 * timeout, or a broken connection.
 *
 * <p>Permanent failures (access denied, key not found, a key of the wrong type) are thrown as
 * {@link com.techroute.engine.port.Signer.SigningException} instead, so a function boundary can let
 * the runtime retry this type and set the work aside for the other.
 */
public final class TransientKeyVaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** HTTP status of the failed request, or 0 when no response came (timeout, connection failure). */
    private final int statusCode;

    /**
     * Creates the exception.
     *
     * @param message what failed, on which vault and key
     * @param statusCode HTTP status, or 0 when no response came
     * @param cause the SDK's exception
     */
    public TransientKeyVaultException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /** Returns the HTTP status of the failed request, or 0 when no response came. */
    public int statusCode() {
        return statusCode;
    }
}
