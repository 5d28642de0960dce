package com.techroute.adapters.signing;

import com.techroute.engine.port.Signer.SigningException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the local signing key file: a PEM text with one PKCS#8 {@code PRIVATE KEY} block and one
 * X.509 {@code PUBLIC KEY} block, both EC P-256.
 *
 * <p>Error messages name the file and the fix, and never contain the file's content.
 */
final class PemKeyFile {

    static final String PRIVATE_KEY_LABEL = "PRIVATE KEY";
    static final String PUBLIC_KEY_LABEL = "PUBLIC KEY";

    /** An EC P-256 key pair in PEM takes under 1 KiB, so a file above this size is the wrong file. */
    private static final long MAX_FILE_BYTES = 64 * 1024;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private PemKeyFile() {
    }

    /**
     * Reads and checks the key pair in the file.
     *
     * @throws SigningException when the file is missing, unreadable, of the wrong type or corrupt
     */
    static KeyPair read(Path file) {
        List<PemBlock> blocks = parseBlocks(readText(file), file);
        byte[] privateDer = single(blocks, PRIVATE_KEY_LABEL, file, privateKeyMissingFix(blocks));
        byte[] publicDer = single(blocks, PUBLIC_KEY_LABEL, file,
                "Append the public key with 'openssl pkey -in " + file + " -pubout >> " + file + "'.");

        ECPrivateKey privateKey = decodePrivate(privateDer, file);
        ECPublicKey publicKey = decodePublic(publicDer, file);

        KeyPair pair = new KeyPair(publicKey, privateKey);
        if (!P256Keys.belongTogether(pair)) {
            throw corrupt(file, "its private and public keys do not belong together", null);
        }
        return pair;
    }

    /** Formats the key pair as the PEM text that {@link #read(Path)} accepts. */
    static String format(KeyPair pair) {
        return block(PRIVATE_KEY_LABEL, pair.getPrivate().getEncoded())
                + block(PUBLIC_KEY_LABEL, pair.getPublic().getEncoded());
    }

    private static String readText(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new SigningException("Signing key file (" + file + ") is a directory. "
                        + "Point the key file setting to a PEM file inside it.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new SigningException("Signing key file (" + file + ") has " + size + " bytes, more than "
                        + MAX_FILE_BYTES + " that any PEM key file needs. Check that the path names the key file.");
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new SigningException("Signing key file (" + file + ") does not exist. Check the path, "
                    + "or use LocalKeyFileSigner.loadOrCreate to create a new key there.", e);
        } catch (AccessDeniedException e) {
            throw new SigningException("Signing key file (" + file + ") cannot be read: permission denied. "
                    + "Make it owned and readable by the user that runs TechRoute (chmod 600).", e);
        } catch (IOException e) {
            throw new SigningException("Signing key file (" + file + ") could not be read: " + e.getMessage()
                    + ". Check the path and the disk.", e);
        }
    }

    private static List<PemBlock> parseBlocks(String text, Path file) {
        List<PemBlock> blocks = new ArrayList<>();
        Matcher matcher = PEM_BLOCK.matcher(text);
        while (matcher.find()) {
            blocks.add(new PemBlock(matcher.group(1), matcher.group(2)));
        }
        if (blocks.isEmpty()) {
            throw corrupt(file, "it contains no PEM block (-----BEGIN " + PRIVATE_KEY_LABEL + "-----)", null);
        }
        return blocks;
    }

    private static byte[] single(List<PemBlock> blocks, String label, Path file, String fixIfMissing) {
        List<PemBlock> matching = blocks.stream().filter(b -> b.label().equals(label)).toList();
        if (matching.isEmpty()) {
            throw new SigningException("Signing key file (" + file + ") has no '" + label + "' PEM block. "
                    + fixIfMissing);
        }
        if (matching.size() > 1) {
            throw new SigningException("Signing key file (" + file + ") has " + matching.size() + " '" + label
                    + "' PEM blocks, but one key pair is expected. Keep only one key pair in the file.");
        }
        try {
            // The MIME decoder skips characters outside the alphabet, so strip line breaks and decode strictly.
            return Base64.getDecoder().decode(WHITESPACE.matcher(matching.get(0).body()).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw corrupt(file, "its '" + label + "' block is not valid base64", e);
        }
    }

    private static String privateKeyMissingFix(List<PemBlock> blocks) {
        List<String> labels = blocks.stream().map(PemBlock::label).toList();
        if (labels.contains("EC PRIVATE KEY")) {
            return "It has an 'EC PRIVATE KEY' (SEC1) block. Convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in OLD.pem -out NEW.pem' and append the public key.";
        }
        if (labels.contains("ENCRYPTED PRIVATE KEY")) {
            return "It has an encrypted private key, which the local signer cannot open. "
                    + "Decrypt it with 'openssl pkcs8 -in OLD.pem -out NEW.pem'.";
        }
        return "It has " + labels + " blocks, but the local signer needs an unencrypted PKCS#8 "
                + "EC P-256 private key.";
    }

    private static ECPrivateKey decodePrivate(byte[] der, Path file) {
        try {
            ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            requireP256(P256Keys.isP256(key), file, PRIVATE_KEY_LABEL);
            return key;
        } catch (GeneralSecurityException e) {
            throw wrongType(file, PRIVATE_KEY_LABEL, e);
        }
    }

    private static ECPublicKey decodePublic(byte[] der, Path file) {
        try {
            ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(der));
            requireP256(P256Keys.isP256(key), file, PUBLIC_KEY_LABEL);
            return key;
        } catch (GeneralSecurityException e) {
            throw wrongType(file, PUBLIC_KEY_LABEL, e);
        }
    }

    private static void requireP256(boolean isP256, Path file, String label) {
        if (!isP256) {
            throw new SigningException("Signing key file (" + file + ") has a '" + label + "' block on an EC curve "
                    + "other than P-256 (secp256r1). Replace the file with a P-256 key pair.");
        }
    }

    private static SigningException wrongType(Path file, String label, GeneralSecurityException cause) {
        return new SigningException("Signing key file (" + file + ") has a '" + label + "' block that is not "
                + "an EC key, or is damaged. The local signer needs an EC P-256 key pair. "
                + "Move the file away to have a new key created, or restore it from a backup.", cause);
    }

    private static SigningException corrupt(Path file, String reason, Exception cause) {
        return new SigningException("Signing key file (" + file + ") is corrupt: " + reason + ". "
                + "Restore it from a backup, or move it away to have a new key created "
                + "(signatures made with the old key then no longer verify).", cause);
    }

    private static String block(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private record PemBlock(String label, String body) {
    }
}
