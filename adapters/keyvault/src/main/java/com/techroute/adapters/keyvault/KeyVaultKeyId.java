package com.techroute.adapters.keyvault;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Key in Azure Key Vault: vault URL, key name and an optional key version.
 *
 * @param vaultUrl vault URL such as {@code https://techroute-prod.vault.azure.net}, https, without path
 * @param keyName key name: 1 to 127 letters, digits and dashes
 * @param keyVersion key version (letters and digits), or null for the key's current version
 */
public record KeyVaultKeyId(URI vaultUrl, String keyName, String keyVersion) {

    private static final Pattern KEY_NAME = Pattern.compile("[0-9A-Za-z-]{1,127}");
    private static final Pattern KEY_VERSION = Pattern.compile("[0-9A-Za-z]{1,64}");

    /** Checks every part and reports all invalid parts in one message. */
    public KeyVaultKeyId {
        List<String> problems = new ArrayList<>();
        checkVaultUrl(vaultUrl, problems);
        if (keyName == null || !KEY_NAME.matcher(keyName).matches()) {
            problems.add("key name (" + keyName + ") must be 1 to 127 letters, digits or dashes");
        }
        if (keyVersion != null && !KEY_VERSION.matcher(keyVersion).matches()) {
            problems.add("key version (" + keyVersion + ") must be letters and digits, or left out for the "
                    + "current version");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid Key Vault key: " + String.join("; ", problems) + ".");
        }
    }

    /**
     * Creates a key id from settings text.
     *
     * @param vaultUrl vault URL, such as {@code https://techroute-prod.vault.azure.net}
     * @param keyName key name
     * @param keyVersion key version, or null or blank for the key's current version
     * @throws IllegalArgumentException naming every invalid part
     */
    public static KeyVaultKeyId of(String vaultUrl, String keyName, String keyVersion) {
        String version = keyVersion == null || keyVersion.isBlank() ? null : keyVersion.strip();
        return new KeyVaultKeyId(parseUrl(vaultUrl), keyName, version);
    }

    /** Returns the vault's host name, such as {@code techroute-prod.vault.azure.net}. */
    public String vaultHost() {
        return vaultUrl.getHost();
    }

    /** Returns the key identifier the Key Vault SDK takes, {@code <vault>/keys/<name>[/<version>]}. */
    public String identifier() {
        String base = "https://" + vaultUrl.getAuthority() + "/keys/" + keyName;
        return keyVersion == null ? base : base + "/" + keyVersion;
    }

    @Override
    public String toString() {
        return identifier();
    }

    private static URI parseUrl(String vaultUrl) {
        if (vaultUrl == null || vaultUrl.isBlank()) {
            return null;
        }
        try {
            return new URI(vaultUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid Key Vault URL (" + vaultUrl + "): " + e.getReason()
                    + ". Use the vault's URL, such as https://techroute-prod.vault.azure.net.", e);
        }
    }

    private static void checkVaultUrl(URI vaultUrl, List<String> problems) {
        if (vaultUrl == null) {
            problems.add("vault URL is missing (use the vault's URL, such as https://techroute-prod.vault.azure.net)");
            return;
        }
        boolean https = "https".equalsIgnoreCase(vaultUrl.getScheme());
        boolean hasHost = vaultUrl.getHost() != null;
        String path = vaultUrl.getPath();
        boolean bare = (path == null || path.isEmpty() || path.equals("/"))
                && vaultUrl.getQuery() == null && vaultUrl.getFragment() == null;
        if (!https || !hasHost || !bare) {
            problems.add("vault URL (" + vaultUrl + ") must be https with a host and no path, such as "
                    + "https://techroute-prod.vault.azure.net (the Vault URI on the vault's overview page)");
        }
    }
}
