package com.techroute.adapters.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.core.http.HttpResponse;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.cryptography.models.SignResult;
import com.azure.security.keyvault.keys.cryptography.models.SignatureAlgorithm;
import com.azure.security.keyvault.keys.cryptography.models.VerifyResult;
import com.techroute.engine.port.Signer.SigningException;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

class KeyVaultSignerTest {

    private static final KeyVaultKeyId KEY =
            KeyVaultKeyId.of("https://techroute-test.vault.azure.net", "audit-signing", null);
    private static final byte[] DATA = "override A-77 by dispatcher".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SIGNATURE = new byte[64];

    private final CryptographyClient client = mock(CryptographyClient.class);
    private final KeyVaultSigner signer = new KeyVaultSigner(client, KEY);

    @Test
    void keyIdIsKeyIdentifier() {
        assertThat(signer.keyId()).isEqualTo("https://techroute-test.vault.azure.net/keys/audit-signing");
    }

    @Test
    void signPassesEs256AndData() {
        when(client.signData(any(), any())).thenReturn(signResult(SIGNATURE));

        signer.sign(DATA);

        verify(client).signData(SignatureAlgorithm.ES256, DATA);
    }

    @Test
    void signReturnsResultSignature() {
        byte[] expected = new byte[64];
        expected[0] = 7;
        expected[63] = 9;
        when(client.signData(SignatureAlgorithm.ES256, DATA)).thenReturn(signResult(expected));

        assertThat(signer.sign(DATA)).isEqualTo(expected);
    }

    @Test
    void signRejectsSignatureOfWrongLength() {
        when(client.signData(SignatureAlgorithm.ES256, DATA)).thenReturn(signResult(new byte[96]));

        assertThatThrownBy(() -> signer.sign(DATA))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("96 bytes")
                .hasMessageContaining("P-256");
    }

    @Test
    void verifyReturnsTrueWhenValid() {
        when(client.verifyData(SignatureAlgorithm.ES256, DATA, SIGNATURE)).thenReturn(verifyResult(true));

        assertThat(signer.verify(DATA, SIGNATURE)).isTrue();
    }

    @Test
    void verifyReturnsFalseWhenInvalid() {
        when(client.verifyData(SignatureAlgorithm.ES256, DATA, SIGNATURE)).thenReturn(verifyResult(false));

        assertThat(signer.verify(DATA, SIGNATURE)).isFalse();
    }

    @Test
    void verifyReturnsFalseWhenValidityMissing() {
        when(client.verifyData(SignatureAlgorithm.ES256, DATA, SIGNATURE)).thenReturn(verifyResult(null));

        assertThat(signer.verify(DATA, SIGNATURE)).isFalse();
    }

    @Test
    void verifyRejectsShortSignatureWithoutCall() {
        assertThat(signer.verify(DATA, new byte[63])).isFalse();
        verifyNoInteractions(client);
    }

    @Test
    void forbiddenIsPermanentAndNamesRole() {
        RuntimeException failure = new HttpResponseException("Forbidden", response(403));
        when(client.signData(any(), any())).thenThrow(failure);

        assertThatThrownBy(() -> signer.sign(DATA))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("audit-signing")
                .hasMessageContaining("techroute-test.vault.azure.net")
                .hasMessageContaining("Key Vault Crypto User")
                .hasCauseInstanceOf(HttpResponseException.class);
    }

    @Test
    void notFoundIsPermanentAndNamesKey() {
        RuntimeException failure = new ResourceNotFoundException("KeyNotFound", response(404));
        when(client.verifyData(any(), any(), any())).thenThrow(failure);

        assertThatThrownBy(() -> signer.verify(DATA, SIGNATURE))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("key (audit-signing) was not found")
                .hasMessageContaining("techroute-test.vault.azure.net");
    }

    @Test
    void unavailableIsTransient() {
        RuntimeException failure = new HttpResponseException("Service Unavailable", response(503));
        when(client.signData(any(), any())).thenThrow(failure);

        assertThatThrownBy(() -> signer.sign(DATA))
                .isInstanceOf(TransientKeyVaultException.class)
                .hasMessageContaining("HTTP 503")
                .extracting(e -> ((TransientKeyVaultException) e).statusCode())
                .isEqualTo(503);
    }

    @Test
    void throttlingIsTransient() {
        RuntimeException failure = new HttpResponseException("Too Many Requests", response(429));
        when(client.signData(any(), any())).thenThrow(failure);

        assertThatThrownBy(() -> signer.sign(DATA)).isInstanceOf(TransientKeyVaultException.class);
    }

    @Test
    void badRequestIsPermanent() {
        RuntimeException failure = new HttpResponseException("BadParameter", response(400));
        when(client.signData(any(), any())).thenThrow(failure);

        assertThatThrownBy(() -> signer.sign(DATA))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("EC P-256");
    }

    @Test
    void missingTokenIsPermanentAndNamesIdentity() {
        when(client.signData(any(), any()))
                .thenThrow(new ClientAuthenticationException("DefaultAzureCredential failed", null));

        assertThatThrownBy(() -> signer.sign(DATA))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("managed identity");
    }

    @Test
    void timeoutIsTransient() {
        when(client.signData(any(), any())).thenThrow(new RuntimeException(new TimeoutException("no response")));

        assertThatThrownBy(() -> signer.sign(DATA))
                .isInstanceOf(TransientKeyVaultException.class)
                .hasMessageContaining("TimeoutException");
    }

    @Test
    void refusedConnectionIsTransient() {
        when(client.signData(any(), any()))
                .thenThrow(new UncheckedIOException(new ConnectException("Connection refused")));

        assertThatThrownBy(() -> signer.sign(DATA)).isInstanceOf(TransientKeyVaultException.class);
    }

    @Test
    void unknownHostIsPermanentAndNamesVault() {
        when(client.signData(any(), any()))
                .thenThrow(new UncheckedIOException(new UnknownHostException("techroute-test.vault.azure.net")));

        assertThatThrownBy(() -> signer.sign(DATA))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("vault host (techroute-test.vault.azure.net) was not found");
    }

    @Test
    void otherFailureKeepsCause() {
        IllegalStateException failure = new IllegalStateException("unexpected");
        when(client.signData(any(), any())).thenThrow(failure);

        assertThatThrownBy(() -> signer.sign(DATA))
                .isInstanceOf(SigningException.class)
                .hasCause(failure);
    }

    @Test
    void versionAppearsInMessages() {
        KeyVaultKeyId pinned = KeyVaultKeyId.of("https://techroute-test.vault.azure.net", "audit-signing",
                "0123456789abcdef0123456789abcdef");
        KeyVaultSigner pinnedSigner = new KeyVaultSigner(client, pinned);
        RuntimeException failure = new HttpResponseException("Forbidden", response(403));
        when(client.signData(any(), any())).thenThrow(failure);

        assertThatThrownBy(() -> pinnedSigner.sign(DATA))
                .hasMessageContaining("audit-signing/0123456789abcdef0123456789abcdef");
    }

    private static SignResult signResult(byte[] signature) {
        return new SignResult(signature, SignatureAlgorithm.ES256, KEY.identifier());
    }

    private static VerifyResult verifyResult(Boolean valid) {
        return new VerifyResult(valid, SignatureAlgorithm.ES256, KEY.identifier());
    }

    private static HttpResponse response(int status) {
        HttpResponse response = mock(HttpResponse.class);
        when(response.getStatusCode()).thenReturn(status);
        return response;
    }
}
