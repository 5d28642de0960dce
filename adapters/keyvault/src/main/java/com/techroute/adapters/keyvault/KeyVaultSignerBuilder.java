package com.techroute.adapters.keyvault;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.cryptography.CryptographyClientBuilder;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link KeyVaultSigner} from a vault URL and a key name, authenticated with
 * {@code DefaultAzureCredential}: the app's managed identity in Azure, or a developer's Azure CLI
 * login on a workstation.
 *
 * <p>Building contacts nothing. The first sign or verify gets a token and calls the vault.
 */
public final class KeyVaultSignerBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(KeyVaultSignerBuilder.class);

    private static final Pattern CLIENT_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private String vaultUrl;
    private String keyName;
    private String keyVersion;
    private String managedIdentityClientId;

    /** Vault URL, such as {@code https://techroute-prod.vault.azure.net}. Required. */
    public KeyVaultSignerBuilder vaultUrl(String vaultUrl) {
        this.vaultUrl = vaultUrl;
        return this;
    }

    /** Name of an EC P-256 key in the vault. Required. */
    public KeyVaultSignerBuilder keyName(String keyName) {
        this.keyName = keyName;
        return this;
    }

    /**
     * Key version to pin. Null or blank (the default) uses the key's current version, so after a
     * rotation, signatures made with the old version no longer verify through this signer.
     */
    public KeyVaultSignerBuilder keyVersion(String keyVersion) {
        this.keyVersion = keyVersion;
        return this;
    }

    /**
     * Client id (a GUID) of a user-assigned managed identity. Null or blank (the default) uses the
     * system-assigned identity, or the identity named by the {@code AZURE_CLIENT_ID} environment variable
     * when it is set (azure-identity 1.18.4 reads it).
     */
    public KeyVaultSignerBuilder managedIdentityClientId(String managedIdentityClientId) {
        this.managedIdentityClientId = managedIdentityClientId;
        return this;
    }

    /**
     * Builds the signer.
     *
     * @throws IllegalArgumentException naming every missing or invalid setting
     */
    public KeyVaultSigner build() {
        KeyVaultKeyId key = KeyVaultKeyId.of(vaultUrl, keyName, keyVersion);
        String clientId = blankToNull(managedIdentityClientId);
        if (clientId != null && !CLIENT_ID.matcher(clientId).matches()) {
            throw new IllegalArgumentException("Invalid managed identity client id (" + clientId + "): expected a "
                    + "GUID such as 00000000-0000-0000-0000-000000000000. Copy the Client ID from the "
                    + "user-assigned identity's overview page, or leave it empty for the system-assigned identity.");
        }

        CryptographyClient client = new CryptographyClientBuilder()
                .keyIdentifier(key.identifier())
                .credential(credential(clientId))
                .buildClient();
        LOG.info("Key Vault signer ready for key ({}) with {} managed identity", key,
                clientId == null ? "the default" : "user-assigned");
        return new KeyVaultSigner(client, key);
    }

    private static TokenCredential credential(String clientId) {
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder();
        if (clientId != null) {
            builder.managedIdentityClientId(clientId);
        }
        return builder.build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
