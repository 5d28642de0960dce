package com.techroute.adapters.signing;

import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;

/** ECDSA P-256 key generation and checks, through the JDK's default EC provider. */
final class P256Keys {

    static final String SIGNATURE_ALGORITHM = "SHA256withECDSAinP1363Format";

    /** Length of a raw {@code R || S} signature: two 32-byte integers. */
    static final int SIGNATURE_LENGTH = 64;

    private static final String CURVE = "secp256r1";
    private static final ECParameterSpec P256_PARAMETERS = loadP256Parameters();
    private static final byte[] PAIR_PROBE = "techroute key pair probe".getBytes(StandardCharsets.US_ASCII);

    private P256Keys() {
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot generate EC P-256 keys (" + CURVE + ").", e);
        }
    }

    /** Returns true when the key lies on P-256, compared by curve, generator, order and cofactor. */
    static boolean isP256(ECKey key) {
        ECParameterSpec actual = key.getParams();
        ECParameterSpec expected = P256_PARAMETERS;
        return actual.getCurve().equals(expected.getCurve())
                && actual.getGenerator().equals(expected.getGenerator())
                && actual.getOrder().equals(expected.getOrder())
                && actual.getCofactor() == expected.getCofactor();
    }

    /** Returns true when a signature made with the private key verifies with the public key. */
    static boolean belongTogether(KeyPair pair) {
        try {
            Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
            signer.initSign(pair.getPrivate());
            signer.update(PAIR_PROBE);
            byte[] signature = signer.sign();

            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(pair.getPublic());
            verifier.update(PAIR_PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static ECParameterSpec loadP256Parameters() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(CURVE));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no EC P-256 parameters (" + CURVE + ").", e);
        }
    }
}
