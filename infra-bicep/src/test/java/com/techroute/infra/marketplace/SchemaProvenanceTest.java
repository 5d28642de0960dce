package com.techroute.infra.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.infra.InfraFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks that the copied schemas are the unmodified files PROVENANCE.md lists. */
class SchemaProvenanceTest {

    // | `File.json` | `path` | `commit` | bytes | `sha256` |
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+\\.json)` \\|.*\\| (\\d+) \\| `([0-9a-f]{64})` \\|$", Pattern.MULTILINE);

    private final Path folder = InfraFiles.resource("schemas/createuidefinition/PROVENANCE.md").getParent();

    @Test
    void provenanceListsEverySchema() throws IOException {
        assertThat(listedHashes().keySet()).containsExactlyInAnyOrder(
                "CreateUIDefinition.MultiVm.json", "CreateUIDefinition.CommonControl.json", "CreateUIDefinition.ProviderControl.json");
    }

    @Test
    void schemaCopiesMatchListedHashes() throws IOException, NoSuchAlgorithmException {
        for (Map.Entry<String, String> listed : listedHashes().entrySet()) {
            byte[] content = Files.readAllBytes(folder.resolve(listed.getKey()));
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

            assertThat(actual).as(listed.getKey()).isEqualTo(listed.getValue());
        }
    }

    private Map<String, String> listedHashes() throws IOException {
        Matcher matcher = ROW.matcher(Files.readString(folder.resolve("PROVENANCE.md")));
        Map<String, String> hashes = new LinkedHashMap<>();
        while (matcher.find()) {
            hashes.put(matcher.group(1), matcher.group(3));
        }
        return hashes;
    }
}
