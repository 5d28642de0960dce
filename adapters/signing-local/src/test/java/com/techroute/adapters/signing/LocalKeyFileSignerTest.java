package com.techroute.adapters.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.techroute.engine.port.Signer.SigningException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Signature;
import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeyFileSignerTest {

    private static final byte[] DATA =
            "ticket T-1042 assigned to technician tech-7".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void signatureVerifies() {
        LocalKeyFileSigner signer = LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem"));

        byte[] signature = signer.sign(DATA);

        assertThat(signer.verify(DATA, signature)).isTrue();
    }

    @Test
    void signatureIs64Bytes() {
        LocalKeyFileSigner signer = LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem"));

        assertThat(signer.sign(DATA)).hasSize(64);
    }

    @Test
    void verifyRejectsTamperedData() {
        LocalKeyFileSigner signer = LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem"));
        byte[] signature = signer.sign(DATA);
        byte[] tampered = DATA.clone();
        tampered[0] ^= 1;

        assertThat(signer.verify(tampered, signature)).isFalse();
    }

    @Test
    void verifyRejectsTamperedSignature() {
        LocalKeyFileSigner signer = LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem"));
        byte[] signature = signer.sign(DATA);
        signature[10] ^= 1;

        assertThat(signer.verify(DATA, signature)).isFalse();
    }

    @Test
    void verifyRejectsTruncatedSignature() {
        LocalKeyFileSigner signer = LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem"));
        byte[] signature = signer.sign(DATA);

        assertThat(signer.verify(DATA, Arrays.copyOf(signature, 63))).isFalse();
    }

    @Test
    void verifyRejectsSignatureOfOtherKey() {
        LocalKeyFileSigner signer = LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem"));
        LocalKeyFileSigner other = LocalKeyFileSigner.loadOrCreate(folder.resolve("other.pem"));

        assertThat(signer.verify(DATA, other.sign(DATA))).isFalse();
    }

    @Test
    void reloadedKeyVerifiesOldSignature() {
        Path keyFile = folder.resolve("key.pem");
        byte[] signature = LocalKeyFileSigner.loadOrCreate(keyFile).sign(DATA);

        LocalKeyFileSigner reloaded = LocalKeyFileSigner.load(keyFile);

        assertThat(reloaded.verify(DATA, signature)).isTrue();
    }

    @Test
    void loadOrCreateKeepsExistingKey() {
        Path keyFile = folder.resolve("key.pem");
        String firstKeyId = LocalKeyFileSigner.loadOrCreate(keyFile).keyId();

        assertThat(LocalKeyFileSigner.loadOrCreate(keyFile).keyId()).isEqualTo(firstKeyId);
    }

    @Test
    void keyIdDiffersBetweenKeys() {
        String first = LocalKeyFileSigner.loadOrCreate(folder.resolve("a.pem")).keyId();
        String second = LocalKeyFileSigner.loadOrCreate(folder.resolve("b.pem")).keyId();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void keyIdIsPrefixedUrlSafeFingerprint() {
        String keyId = LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem")).keyId();

        assertThat(keyId).matches("local-[A-Za-z0-9_-]{22}");
    }

    @Test
    void createdFileIsOwnerOnly() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "file system has no POSIX permissions");
        Path keyFile = folder.resolve("key.pem");

        LocalKeyFileSigner.loadOrCreate(keyFile);

        assertThat(Files.getPosixFilePermissions(keyFile))
                .isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void createMakesMissingFolders() {
        Path keyFile = folder.resolve("state").resolve("keys").resolve("key.pem");

        LocalKeyFileSigner.loadOrCreate(keyFile);

        assertThat(keyFile).isRegularFile();
    }

    @Test
    void createLeavesNoTemporaryFile() throws IOException {
        LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem"));

        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("key.pem");
        }
    }

    @Test
    void createdFileHoldsPkcs8AndPublicBlocks() throws IOException {
        Path keyFile = folder.resolve("key.pem");

        LocalKeyFileSigner.loadOrCreate(keyFile);

        assertThat(Files.readString(keyFile))
                .startsWith("-----BEGIN PRIVATE KEY-----\n")
                .contains("-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
    }

    @Test
    void signatureVerifiesWithPlainJdkVerifier() throws Exception {
        Path keyFile = folder.resolve("key.pem");
        byte[] signature = LocalKeyFileSigner.loadOrCreate(keyFile).sign(DATA);
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(PemKeyFile.read(keyFile).getPublic());
        verifier.update(DATA);

        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void toStringShowsOnlyKeyId() {
        LocalKeyFileSigner signer = LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem"));

        assertThat(signer.toString()).isEqualTo("LocalKeyFileSigner[keyId=" + signer.keyId() + "]");
    }

    @Test
    void loadRejectsMissingFile() {
        Path keyFile = folder.resolve("missing.pem");

        assertThatThrownBy(() -> LocalKeyFileSigner.load(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void loadOrCreateRejectsCorruptFileWithoutReplacingIt() throws IOException {
        Path keyFile = folder.resolve("key.pem");
        String corrupt = "-----BEGIN PRIVATE KEY-----\nAAAABBBBCCCCDDDD\n-----END PRIVATE KEY-----\n"
                + "-----BEGIN PUBLIC KEY-----\nAAAABBBBCCCCDDDD\n-----END PUBLIC KEY-----\n";
        Files.writeString(keyFile, corrupt);

        assertThatThrownBy(() -> LocalKeyFileSigner.loadOrCreate(keyFile))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(keyFile.toString());
        assertThat(Files.readString(keyFile)).isEqualTo(corrupt);
    }
}
