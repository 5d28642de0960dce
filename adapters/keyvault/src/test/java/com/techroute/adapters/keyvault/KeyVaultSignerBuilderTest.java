package com.techroute.adapters.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyVaultSignerBuilderTest {

    @Test
    void buildUsesKeyIdentifierAsKeyId() {
        KeyVaultSigner signer = new KeyVaultSignerBuilder()
                .vaultUrl("https://techroute-prod.vault.azure.net")
                .keyName("audit-signing")
                .build();

        assertThat(signer.keyId()).isEqualTo("https://techroute-prod.vault.azure.net/keys/audit-signing");
    }

    @Test
    void buildAcceptsUserAssignedClientId() {
        KeyVaultSigner signer = new KeyVaultSignerBuilder()
                .vaultUrl("https://techroute-prod.vault.azure.net")
                .keyName("audit-signing")
                .keyVersion("0123456789abcdef0123456789abcdef")
                .managedIdentityClientId("3f2504e0-4f89-11d3-9a0c-0305e82c3301")
                .build();

        assertThat(signer.keyId()).endsWith("/keys/audit-signing/0123456789abcdef0123456789abcdef");
    }

    @Test
    void buildRejectsMalformedClientId() {
        KeyVaultSignerBuilder builder = new KeyVaultSignerBuilder()
                .vaultUrl("https://techroute-prod.vault.azure.net")
                .keyName("audit-signing")
                .managedIdentityClientId("techroute-identity");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("managed identity client id (techroute-identity)");
    }

    @Test
    void buildListsMissingSettings() {
        assertThatThrownBy(() -> new KeyVaultSignerBuilder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vault URL is missing")
                .hasMessageContaining("key name (null)");
    }
}
