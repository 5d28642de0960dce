package com.techroute.infra.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.techroute.infra.InfraFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateUiDefinitionTest {

    private final CreateUiDefinitionSchema schema = new CreateUiDefinitionSchema();

    @Test
    void uiDefinitionMatchesOfficialSchema() throws IOException {
        String json = Files.readString(InfraFiles.infraDir().resolve("marketplace/createUiDefinition.json"));

        List<Error> errors = schema.validate(json);

        assertThat(errors).as("schema errors").isEmpty();
    }

    @Test
    void invalidUiDefinitionIsRejected() throws IOException {
        String json = Files.readString(InfraFiles.resource("fixtures/createUiDefinition-invalid.json"));

        List<Error> errors = schema.validate(json);

        assertThat(errors).isNotEmpty();
    }
}
