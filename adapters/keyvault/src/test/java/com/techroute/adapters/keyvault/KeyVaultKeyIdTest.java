package com.techroute.adapters.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyVaultKeyIdTest {

    @Test
    void identifierWithoutVersion() {
        KeyVaultKeyId key = KeyVaultKeyId.of("https://techroute-prod.vault.azure.net/", "audit-signing", null);

        assertThat(key.identifier()).isEqualTo("https://techroute-prod.vault.azure.net/keys/audit-signing");
    }

    @Test
    void identifierWithVersion() {
        KeyVaultKeyId key = KeyVaultKeyId.of("https://techroute-prod.vault.azure.net", "audit-signing",
                "0123456789abcdef0123456789abcdef");

        assertThat(key.identifier()).isEqualTo(
                "https://techroute-prod.vault.azure.net/keys/audit-signing/0123456789abcdef0123456789abcdef");
    }

    @Test
    void blankVersionMeansCurrent() {
        KeyVaultKeyId key = KeyVaultKeyId.of("https://techroute-prod.vault.azure.net", "audit-signing", "  ");

        assertThat(key.keyVersion()).isNull();
    }

    @Test
    void vaultHostComesFromUrl() {
        KeyVaultKeyId key = KeyVaultKeyId.of("https://techroute-prod.vault.azure.net", "audit-signing", null);

        assertThat(key.vaultHost()).isEqualTo("techroute-prod.vault.azure.net");
    }

    @Test
    void httpUrlIsRejected() {
        assertThatThrownBy(() -> KeyVaultKeyId.of("http://techroute-prod.vault.azure.net", "audit-signing", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vault URL (http://techroute-prod.vault.azure.net) must be https");
    }

    @Test
    void urlWithPathIsRejected() {
        String url = "https://techroute-prod.vault.azure.net/keys/audit-signing";

        assertThatThrownBy(() -> KeyVaultKeyId.of(url, "audit-signing", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vault URL (" + url + ")")
                .hasMessageContaining("no path");
    }

    @Test
    void malformedUrlIsRejected() {
        assertThatThrownBy(() -> KeyVaultKeyId.of("https://bad host", "audit-signing", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid Key Vault URL (https://bad host)");
    }

    @Test
    void keyNameWithUnderscoreIsRejected() {
        assertThatThrownBy(() -> KeyVaultKeyId.of("https://techroute-prod.vault.azure.net", "audit_signing", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key name (audit_signing)");
    }

    @Test
    void versionWithSlashIsRejected() {
        assertThatThrownBy(() -> KeyVaultKeyId.of("https://techroute-prod.vault.azure.net", "audit-signing", "a/b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key version (a/b)");
    }

    @Test
    void allProblemsReportedTogether() {
        assertThatThrownBy(() -> KeyVaultKeyId.of(null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vault URL is missing")
                .hasMessageContaining("key name (null)");
    }
}
