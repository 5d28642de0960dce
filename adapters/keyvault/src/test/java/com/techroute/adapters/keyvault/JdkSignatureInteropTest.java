package com.techroute.adapters.keyvault;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.cryptography.CryptographyClientBuilder;
import com.azure.security.keyvault.keys.models.JsonWebKey;
import com.azure.security.keyvault.keys.models.KeyOperation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Security;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks that the SDK's ES256 signature form matches the JDK's {@code SHA256withECDSAinP1363Format},
 * the algorithm the local key file signer uses.
 *
 * <p>The client here is the SDK's real local-key client (a JSON Web Key with the private key), which
 * encodes ES256 signatures the way it reads them back when verifying a Key Vault key locally.
 * The local signer module is not on this module's class path, so the test calls the JDK algorithm directly.
 */
class JdkSignatureInteropTest {

    private static final String JDK_ALGORITHM = "SHA256withECDSAinP1363Format";
    private static final byte[] DATA = "audit record 18 of tenant contoso-msp".getBytes(StandardCharsets.UTF_8);

    private KeyPair keyPair;
    private KeyVaultSigner signer;

    @BeforeEach
    void createKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keyPair = generator.generateKeyPair();

        JsonWebKey jsonWebKey = JsonWebKey.fromEc(keyPair, Security.getProvider("SunEC"),
                List.of(KeyOperation.SIGN, KeyOperation.VERIFY));
        KeyVaultKeyId key = KeyVaultKeyId.of("https://techroute-test.vault.azure.net", "audit-signing", null);
        jsonWebKey.setId(key.identifier());
        CryptographyClient client = new CryptographyClientBuilder().jsonWebKey(jsonWebKey).buildClient();
        signer = new KeyVaultSigner(client, key);
    }

    @Test
    void jdkSignatureVerifiesThroughSdk() throws GeneralSecurityException {
        Signature jdk = Signature.getInstance(JDK_ALGORITHM);
        jdk.initSign(keyPair.getPrivate());
        jdk.update(DATA);

        assertThat(signer.verify(DATA, jdk.sign())).isTrue();
    }

    @Test
    void sdkSignatureVerifiesWithJdk() throws GeneralSecurityException {
        byte[] signature = signer.sign(DATA);
        Signature jdk = Signature.getInstance(JDK_ALGORITHM);
        jdk.initVerify(keyPair.getPublic());
        jdk.update(DATA);

        assertThat(jdk.verify(signature)).isTrue();
    }

    @Test
    void sdkRejectsTamperedJdkSignature() throws GeneralSecurityException {
        Signature jdk = Signature.getInstance(JDK_ALGORITHM);
        jdk.initSign(keyPair.getPrivate());
        jdk.update(DATA);
        byte[] signature = jdk.sign();
        signature[40] ^= 1;

        assertThat(signer.verify(DATA, signature)).isFalse();
    }
}
