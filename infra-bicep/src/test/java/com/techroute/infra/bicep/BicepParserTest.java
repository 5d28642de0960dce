package com.techroute.infra.bicep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.infra.InfraFiles;
import com.techroute.infra.bicep.BicepValue.BicepArray;
import com.techroute.infra.bicep.BicepValue.BicepExpression;
import com.techroute.infra.bicep.BicepValue.BicepObject;
import com.techroute.infra.bicep.BicepValue.BicepString;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BicepParserTest {

    private static final Path SNIPPET = Path.of("snippet.bicep");

    @Test
    void parameterKeepsDecoratorsAndDefault() {
        BicepFile file = BicepParser.parse("""
                @description('Optional. Max moves.')
                @minValue(0)
                param rebalanceMaxMoves int = 20
                """, SNIPPET);

        BicepParameter parameter = file.parameter("rebalanceMaxMoves").orElseThrow();
        assertThat(parameter.type()).isEqualTo("int");
        assertThat(parameter.decorator("description").flatMap(BicepDecorator::firstString)).contains("Optional. Max moves.");
        assertThat(parameter.decorator("minValue")).isPresent();
        assertThat(parameter.defaultValue()).isEqualTo(new BicepExpression("20", 3));
        assertThat(parameter.line()).isEqualTo(3);
    }

    @Test
    void multiLineDecoratorKeepsItsValues() {
        BicepFile file = BicepParser.parse("""
                @allowed([
                  'small'
                  'large'
                ])
                @sys.description('Optional. Size.')
                param size string = 'small'
                """, SNIPPET);

        BicepParameter parameter = file.parameter("size").orElseThrow();
        assertThat(parameter.decorator("allowed").orElseThrow().stringArguments()).containsExactly("small", "large");
        assertThat(parameter.decorator("description")).isPresent();
    }

    @Test
    void secureDecoratorIsRecognised() {
        BicepFile file = BicepParser.parse("@secure()\n@description('Required. Hook.')\nparam teamsWebhookUrl string\n", SNIPPET);

        assertThat(file.parameter("teamsWebhookUrl").orElseThrow().isSecure()).isTrue();
    }

    @Test
    void objectTypedParameterIsRead() {
        BicepFile file = BicepParser.parse("@description('Optional. Tags.')\nparam tags { *: string } = {}\n", SNIPPET);

        BicepParameter tags = file.parameter("tags").orElseThrow();
        assertThat(tags.type()).isEqualTo("{ *: string }");
        assertThat(tags.defaultValue()).isInstanceOf(BicepObject.class);
    }

    @Test
    void resourceBodyPathReachesNestedProperty() {
        BicepFile file = BicepParser.parse("""
                resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
                  name: name
                  properties: {
                    disableLocalAuth: true
                    locations: [
                      {
                        locationName: location
                      }
                    ]
                  }
                }
                """, SNIPPET);

        BicepResource account = file.resources().get(0);
        assertThat(account.type()).isEqualTo("Microsoft.DocumentDB/databaseAccounts");
        assertThat(account.apiVersion()).isEqualTo("2024-11-15");
        assertThat(account.path("properties", "disableLocalAuth")).contains(new BicepExpression("true", 4));
        assertThat(account.path("properties", "locations")).get().isInstanceOf(BicepArray.class);
    }

    @Test
    void loopResourceKeepsIterationBody() {
        BicepFile file = BicepParser.parse("""
                resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
                  for containerName in containerNames: {
                    name: containerName
                    properties: { resource: { partitionKey: { paths: ['/tenantId'] } } }
                  }
                ]
                """, SNIPPET);

        BicepValue paths = file.resources().get(0).path("properties", "resource", "partitionKey", "paths").orElseThrow();
        assertThat(((BicepArray) paths).items()).containsExactly(new BicepString("/tenantId", false, 4));
    }

    @Test
    void conditionalResourceIsRead() {
        BicepFile file = BicepParser.parse("""
                resource auth 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(clientId)) {
                  name: 'authsettingsV2'
                }
                """, SNIPPET);

        assertThat(file.resources().get(0).literalName()).contains("authsettingsV2");
    }

    @Test
    void interpolatedKeyKeepsItsSource() {
        BicepFile file = BicepParser.parse("var ids = {\n  '${identityResourceId}': {}\n}\n", SNIPPET);

        BicepObject ids = (BicepObject) file.variable("ids").orElseThrow().value();
        assertThat(ids.properties()).containsOnlyKeys("${identityResourceId}");
    }

    @Test
    void expressionWithObjectsStaysOneExpression() {
        BicepFile file = BicepParser.parse("var options = serverless ? {} : { autoscaleSettings: { maxThroughput: 1000 } }\n", SNIPPET);

        BicepValue options = file.variable("options").orElseThrow().value();
        assertThat(options).isEqualTo(new BicepExpression("serverless ? {} : { autoscaleSettings: { maxThroughput: 1000 } }", 1));
    }

    @Test
    void commentsIgnoredUrlsKept() {
        BicepFile file = BicepParser.parse("""
                // line comment with an apostrophe: it's fine
                /* block
                   comment */
                var url = 'https://example.invalid/path' // trailing comment
                #disable-next-line no-unused-vars
                var other = 1
                """, SNIPPET);

        assertThat(file.variable("url").orElseThrow().value()).isEqualTo(new BicepString("https://example.invalid/path", false, 4));
        assertThat(file.variable("other").orElseThrow().line()).isEqualTo(6);
    }

    @Test
    void interpolationWithNestedQuotesStaysOneString() {
        BicepFile file = BicepParser.parse("var name = '${take(uniqueString('a', 'b'), 6)}-kv'\n", SNIPPET);

        BicepString name = (BicepString) file.variable("name").orElseThrow().value();
        assertThat(name.interpolated()).isTrue();
        assertThat(name.text()).isEqualTo("${take(uniqueString('a', 'b'), 6)}-kv");
    }

    @Test
    void outputsKeepDecorators() {
        BicepFile file = BicepParser.parse("@description('Endpoint.')\noutput endpoint string = account.properties.documentEndpoint\n", SNIPPET);

        assertThat(file.outputs()).hasSize(1);
        assertThat(file.outputs().get(0).decorators()).extracting(BicepDecorator::name).containsExactly("description");
    }

    @Test
    void skippedStatementsLeaveTheRestReadable() {
        BicepFile file = BicepParser.parse("""
                metadata name = 'x'
                targetScope = 'resourceGroup'
                type tagsType = {
                  *: string
                }
                module m 'modules/m.bicep' = {
                  name: 'm'
                }
                var after = 'y'
                """, SNIPPET);

        assertThat(file.variables()).extracting(BicepVariable::name).containsExactly("after");
    }

    @Test
    void parameterFileRecordsUsingAndAssignments() {
        BicepFile file = BicepParser.parse("using '../main.bicep'\n\nparam teamsWebhookUrl = readEnvironmentVariable('HOOK')\n", Path.of("dev.bicepparam"));

        assertThat(file.usingPath()).isEqualTo("../main.bicep");
        assertThat(file.parameter("teamsWebhookUrl").orElseThrow().defaultValue()).isEqualTo(new BicepExpression("readEnvironmentVariable('HOOK')", 3));
    }

    @Test
    void unclosedObjectIsReportedWithItsLine() {
        assertThatThrownBy(() -> BicepParser.parse("var a = 1\nvar b = {\n  c: 1\n", SNIPPET))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("snippet.bicep:2")
                .hasMessageContaining("Unclosed");
    }

    @Test
    void unterminatedStringIsReportedWithItsLine() {
        assertThatThrownBy(() -> BicepParser.parse("var a = 1\nvar b = 'open\n", SNIPPET))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("snippet.bicep:2: Unterminated string literal");
    }

    @Test
    void unknownStatementIsRejected() {
        assertThatThrownBy(() -> BicepParser.parse("resources x = 1\n", SNIPPET))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("snippet.bicep:1: Unsupported statement (resources)");
    }

    @Test
    void everyRealFileParses() {
        List<BicepFile> templates = InfraFiles.templates();
        List<BicepFile> parameterFiles = InfraFiles.parameterFiles();

        assertThat(templates).extracting(f -> f.path().getFileName().toString())
                .contains("main.bicep", "cosmos.bicep", "function-app.bicep", "key-vault.bicep", "service-bus.bicep", "storage.bicep");
        assertThat(parameterFiles).extracting(f -> f.path().getFileName().toString()).containsExactly("dev.bicepparam", "prod.bicepparam");
    }
}
