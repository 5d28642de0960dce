package com.techroute.infra.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.infra.InfraFiles;
import com.techroute.infra.bicep.BicepFile;
import com.techroute.infra.bicep.BicepParameter;
import com.techroute.infra.bicep.BicepParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks that the Marketplace UI hands main.bicep exactly the parameters it declares. */
class UiDefinitionOutputsTest {

    // [basics('name')] or [steps('step').name]
    private static final Pattern ELEMENT_REFERENCE = Pattern.compile("^\\[(?:basics\\('(\\w+)'\\)|steps\\('(\\w+)'\\)\\.(\\w+))\\]$");

    private final BicepFile main = BicepParser.parse(InfraFiles.infraDir().resolve("main.bicep"));
    private final JsonNode parameters = readUiDefinition().path("parameters");
    private final List<String> outputNames = new ArrayList<>(parameters.path("outputs").propertyNames());

    @Test
    void everyOutputIsATemplateParameter() {
        List<String> templateParameters = main.parameters().stream().map(BicepParameter::name).toList();

        assertThat(outputNames).isNotEmpty();
        assertThat(templateParameters).containsAll(outputNames);
    }

    @Test
    void everyRequiredParameterIsAnOutput() {
        List<String> required = main.parameters().stream().filter(p -> p.defaultValue() == null).map(BicepParameter::name).toList();

        assertThat(outputNames).containsAll(required);
    }

    @Test
    void locationComesFromTheBasicsRegion() {
        assertThat(parameters.path("outputs").path("location").asString()).isEqualTo("[location()]");
    }

    @Test
    void secureParametersComeFromPasswordBoxes() {
        List<BicepParameter> secure = main.parameters().stream().filter(BicepParameter::isSecure).toList();

        assertThat(secure).extracting(BicepParameter::name).contains("teamsWebhookUrl");
        for (BicepParameter parameter : secure) {
            JsonNode element = elementFor(parameter.name()).orElseThrow();
            assertThat(element.path("type").asString()).as(parameter.name()).isEqualTo("Microsoft.Common.PasswordBox");
        }
    }

    @Test
    void sizeChoicesMatchAllowedValues() {
        List<String> allowed = main.parameter("size").orElseThrow().decorator("allowed").orElseThrow().stringArguments();
        JsonNode choices = elementFor("size").orElseThrow().path("constraints").path("allowedValues");

        List<String> offered = new ArrayList<>();
        choices.forEach(choice -> offered.add(choice.path("value").asString()));
        assertThat(offered).containsExactlyElementsOf(allowed);
    }

    @Test
    void namePrefixRuleMatchesParameterLength() {
        BicepParameter namePrefix = main.parameter("namePrefix").orElseThrow();
        String regex = elementFor("namePrefix").orElseThrow().path("constraints").path("regex").asString();

        assertThat(namePrefix.decorator("minLength").orElseThrow().arguments()).isEqualTo("3");
        assertThat(namePrefix.decorator("maxLength").orElseThrow().arguments()).isEqualTo("11");
        assertThat("abc").matches(regex);
        assertThat("abcdefghijk").matches(regex);
        assertThat("abcdefghijkl").doesNotMatch(regex);
        assertThat("Ab1").doesNotMatch(regex);
    }

    private Optional<JsonNode> elementFor(String outputName) {
        Matcher matcher = ELEMENT_REFERENCE.matcher(parameters.path("outputs").path(outputName).asString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group(1) != null) {
            return findByName(parameters.path("basics"), matcher.group(1));
        }
        return findByName(parameters.path("steps"), matcher.group(2)).flatMap(step -> findByName(step.path("elements"), matcher.group(3)));
    }

    private static Optional<JsonNode> findByName(JsonNode array, String name) {
        for (JsonNode node : array) {
            if (name.equals(node.path("name").asString())) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    private static JsonNode readUiDefinition() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(InfraFiles.infraDir().resolve("marketplace/createUiDefinition.json")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read createUiDefinition.json.", e);
        }
    }
}
