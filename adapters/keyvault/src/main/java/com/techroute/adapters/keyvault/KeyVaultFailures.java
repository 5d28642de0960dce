package com.techroute.adapters.keyvault;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.techroute.engine.port.Signer.SigningException;

import java.io.IOException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Turns Key Vault SDK exceptions into a {@link TransientKeyVaultException} (try again later) or a
 * {@link SigningException} (needs a person), with a message that names the vault, the key and the fix.
 */
final class KeyVaultFailures {

    static final String CRYPTO_ROLE = "Key Vault Crypto User";

    /** Maximum number of causes followed, so a cyclic cause chain cannot loop forever. */
    private static final int MAX_CAUSE_DEPTH = 16;

    private final KeyVaultKeyId key;

    KeyVaultFailures(KeyVaultKeyId key) {
        this.key = key;
    }

    /** Classifies an HTTP error response of Key Vault, or a failure to get a token for it. */
    RuntimeException fromResponse(String operation, HttpResponseException error) {
        int status = error.getResponse() == null ? 0 : error.getResponse().getStatusCode();
        if (error instanceof ClientAuthenticationException || status == 401) {
            return new SigningException(prefix(operation) + " failed: no valid Microsoft Entra token (HTTP "
                    + status + "). Check that the app has a managed identity, and for a user-assigned identity "
                    + "that its client id is configured.", error);
        }
        if (status == 403) {
            return new SigningException(prefix(operation) + " was denied (HTTP 403). Grant the app's managed "
                    + "identity the role '" + CRYPTO_ROLE + "' on the vault or the key (or, on a vault with "
                    + "access policies, the key permissions get, sign and verify), and check that the vault's "
                    + "firewall admits the app.", error);
        }
        if (status == 404) {
            return new SigningException(prefix(operation) + " failed: key (" + keyLabel() + ") was not found in "
                    + "vault (" + key.vaultHost() + ") (HTTP 404). Create an EC P-256 key with that name, or "
                    + "correct the key name and version settings.", error);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new TransientKeyVaultException(prefix(operation) + " failed with HTTP " + status
                    + " after the SDK's own retries. Try again later.", status, error);
        }
        return new SigningException(prefix(operation) + " was rejected (HTTP " + status + "). Check that key ("
                + keyLabel() + ") is an EC P-256 key that permits sign and verify.", error);
    }

    /** Classifies a failure without an HTTP answer: timeouts and broken connections are transient. */
    RuntimeException fromOther(String operation, RuntimeException error) {
        Throwable cause = findNetworkCause(error);
        if (cause instanceof UnknownHostException) {
            return new SigningException(prefix(operation) + " failed: vault host (" + key.vaultHost()
                    + ") was not found. Check the vault URL setting.", error);
        }
        if (cause instanceof TimeoutException || cause instanceof IOException) {
            return new TransientKeyVaultException(prefix(operation) + " failed without an answer ("
                    + cause.getClass().getSimpleName() + "). Try again later.", 0, error);
        }
        return new SigningException(prefix(operation) + " failed: " + error.getMessage(), error);
    }

    private Throwable findNetworkCause(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (current instanceof TimeoutException || current instanceof IOException) {
                return current;
            }
            current = current.getCause();
        }
        return error;
    }

    private String prefix(String operation) {
        return "Key Vault " + operation + " with key (" + keyLabel() + ") in vault (" + key.vaultHost() + ")";
    }

    private String keyLabel() {
        return key.keyVersion() == null ? key.keyName() : key.keyName() + "/" + key.keyVersion();
    }
}
