package com.techroute.adapters.keyvault;

import com.azure.core.exception.HttpResponseException;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.cryptography.models.SignResult;
import com.azure.security.keyvault.keys.cryptography.models.SignatureAlgorithm;
import com.azure.security.keyvault.keys.cryptography.models.VerifyResult;
import com.techroute.engine.port.Signer;

import java.util.Objects;

/**
 * Signs with an EC P-256 key held in Azure Key Vault (ES256, raw 64-byte {@code R || S} signatures).
 *
 * <p>The private key never leaves the vault: {@link CryptographyClient#signData} hashes the data
 * with SHA-256 locally and sends only the digest. For verify, the SDK fetches the public key once
 * and then checks signatures locally, falling back to the service when it may not read the key.
 * Failures that may pass on a later try throw {@link TransientKeyVaultException}. The others throw
 * {@link SigningException} with the vault, the key and the fix.
 *
 * <p>NOTE: only a real vault verifies this class end to end (identity, role assignment, key type,
 * the service's error responses). The tests here use a mocked client and the SDK's local key support.
 */
public final class KeyVaultSigner implements Signer {

    private static final int SIGNATURE_LENGTH = 64;

    private final CryptographyClient client;
    private final KeyVaultKeyId key;
    private final KeyVaultFailures failures;

    /**
     * Creates a signer over a client built for the key. {@link KeyVaultSignerBuilder} builds both.
     *
     * @param client cryptography client for the key, not null
     * @param key the key the client was built for, not null, used for {@link #keyId()} and messages
     */
    public KeyVaultSigner(CryptographyClient client, KeyVaultKeyId key) {
        this.client = Objects.requireNonNull(client, "client");
        this.key = Objects.requireNonNull(key, "key");
        this.failures = new KeyVaultFailures(key);
    }

    /** Returns the key identifier, {@code https://<vault>/keys/<name>[/<version>]}. */
    @Override
    public String keyId() {
        return key.identifier();
    }

    /**
     * Signs the data with ES256 in Key Vault.
     *
     * @throws TransientKeyVaultException on HTTP 408, 429, 5xx, a timeout or a broken connection
     * @throws SigningException on any other failure, such as HTTP 403 or 404
     */
    @Override
    public byte[] sign(byte[] data) {
        Objects.requireNonNull(data, "data");
        SignResult result;
        try {
            result = client.signData(SignatureAlgorithm.ES256, data);
        } catch (HttpResponseException e) {
            throw failures.fromResponse("sign", e);
        } catch (RuntimeException e) {
            throw failures.fromOther("sign", e);
        }

        byte[] signature = result.getSignature();
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            throw new SigningException("Key Vault sign with key (" + key + ") returned "
                    + (signature == null ? "no signature" : signature.length + " bytes") + " instead of "
                    + SIGNATURE_LENGTH + ". Use an EC key on curve P-256 for ES256.");
        }
        return signature;
    }

    /**
     * Verifies an ES256 signature. A signature that is not 64 bytes long returns false without a call.
     *
     * @throws TransientKeyVaultException on HTTP 408, 429, 5xx, a timeout or a broken connection
     * @throws SigningException on any other failure, such as HTTP 403 or 404
     */
    @Override
    public boolean verify(byte[] data, byte[] signature) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
        if (signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        VerifyResult result;
        try {
            result = client.verifyData(SignatureAlgorithm.ES256, data, signature);
        } catch (HttpResponseException e) {
            throw failures.fromResponse("verify", e);
        } catch (RuntimeException e) {
            throw failures.fromOther("verify", e);
        }
        return Boolean.TRUE.equals(result.isValid());
    }

    @Override
    public String toString() {
        return "KeyVaultSigner[keyId=" + key + "]";
    }
}
