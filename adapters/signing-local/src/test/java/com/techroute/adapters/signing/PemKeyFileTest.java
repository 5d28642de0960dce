package com.techroute.adapters.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.port.Signer.SigningException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemKeyFileTest {

    @TempDir
    Path folder;

    @Test
    void readReturnsWrittenPair() throws IOException {
        KeyPair pair = P256Keys.generate();
        Path keyFile = write(PemKeyFile.format(pair));

        KeyPair read = PemKeyFile.read(keyFile);

        assertThat(read.getPublic().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    }

    @Test
    void corruptBase64NamesPath() throws IOException {
        Path keyFile = write(block("PRIVATE KEY", "not*base64*at*all") + block("PUBLIC KEY", "AAAA"));

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("corrupt");
    }

    @Test
    void damagedKeyBytesNamePath() throws IOException {
        String garbage = Base64.getEncoder().encodeToString(new byte[] {0x30, 0x03, 0x02, 0x01, 0x00});
        Path keyFile = write(block("PRIVATE KEY", garbage) + block("PUBLIC KEY", garbage));

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("not an EC key, or is damaged");
    }

    @Test
    void textWithoutPemBlockIsCorrupt() throws IOException {
        Path keyFile = write("just some notes, no key here\n");

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("no PEM block");
    }

    @Test
    void rsaKeyIsWrongType() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path keyFile = write(PemKeyFile.format(generator.generateKeyPair()));

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("not an EC key");
    }

    @Test
    void p384KeyIsWrongCurve() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        Path keyFile = write(PemKeyFile.format(generator.generateKeyPair()));

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("other than P-256");
    }

    @Test
    void sec1KeyGetsConversionHint() throws IOException {
        Path keyFile = write(block("EC PRIVATE KEY", "AAAA"));

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
    }

    @Test
    void encryptedKeyIsRejected() throws IOException {
        Path keyFile = write(block("ENCRYPTED PRIVATE KEY", "AAAA"));

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("encrypted");
    }

    @Test
    void missingPublicBlockGetsAppendHint() throws IOException {
        String privateOnly = PemKeyFile.format(P256Keys.generate()).split("(?=-----BEGIN PUBLIC KEY)")[0];
        Path keyFile = write(privateOnly);

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("-pubout");
    }

    @Test
    void mismatchedPairIsCorrupt() throws IOException {
        String first = PemKeyFile.format(P256Keys.generate());
        String second = PemKeyFile.format(P256Keys.generate());
        String privateOfFirst = first.split("(?=-----BEGIN PUBLIC KEY)")[0];
        String publicOfSecond = second.split("(?=-----BEGIN PUBLIC KEY)")[1];
        Path keyFile = write(privateOfFirst + publicOfSecond);

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("do not belong together");
    }

    @Test
    void twoPrivateBlocksAreRejected() throws IOException {
        String pem = PemKeyFile.format(P256Keys.generate());
        Path keyFile = write(pem + pem);

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("2 'PRIVATE KEY' PEM blocks");
    }

    @Test
    void directoryIsRejected() {
        assertThatThrownBy(() -> PemKeyFile.read(folder))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("is a directory");
    }

    @Test
    void oversizedFileIsRejected() throws IOException {
        Path keyFile = write("x".repeat(70_000));

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("70000 bytes");
    }

    @Test
    void errorMessageHidesKeyMaterial() throws IOException {
        String pem = PemKeyFile.format(P256Keys.generate());
        String privateBody = pem.split("\n")[1];
        Path keyFile = write(pem.replace("-----BEGIN PUBLIC KEY-----", "-----BEGIN PUBLIC KEY-----\n!!"));

        assertThatThrownBy(() -> PemKeyFile.read(keyFile))
                .isInstanceOf(SigningException.class)
                .message()
                .doesNotContain(privateBody);
    }

    private Path write(String text) throws IOException {
        Path keyFile = folder.resolve("key.pem");
        Files.writeString(keyFile, text);
        return keyFile;
    }

    private static String block(String label, String body) {
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
