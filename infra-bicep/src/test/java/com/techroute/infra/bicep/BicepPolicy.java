package com.techroute.infra.bicep;

import com.techroute.infra.bicep.BicepValue.BicepArray;
import com.techroute.infra.bicep.BicepValue.BicepExpression;
import com.techroute.infra.bicep.BicepValue.BicepString;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Rules the TechRoute templates must follow, checked on parsed files. Each rule returns its
 * violations; an empty list means the files pass.
 */
public final class BicepPolicy {

    public static final String DESCRIBED_PARAMETERS = "described-parameters";
    public static final String DESCRIBED_OUTPUTS = "described-outputs";
    public static final String SECURE_SECRETS = "secure-secrets";
    public static final String TENANT_PARTITION_KEY = "tenant-partition-key";
    public static final String COSMOS_CUSTOMER_KEY = "cosmos-customer-key";
    public static final String APP_SETTINGS_CONTRACT = "app-settings-contract";
    public static final String PARAMETER_FILE_SECRETS = "parameter-file-secrets";

    static final String COSMOS_ACCOUNT = "Microsoft.DocumentDB/databaseAccounts";
    static final String COSMOS_CONTAINER = "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers";

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(webhook|secret|password|passwd|keyvalue|connectionstring|connstr).*");
    // A name that ends like this refers to a secret (where it is, what it is called) without holding it.
    private static final Pattern SECRET_REFERENCE_NAME = Pattern.compile(".*(Name|Names|Prefix|ResourceId)$");
    private static final String TENANT_PATH = "/tenantId";
    private static final String HOST_STORAGE = "AzureWebJobsStorage";

    private BicepPolicy() {
    }

    /** Checks that every parameter of a template (not a bicepparam file) has a non-blank {@code @description}. */
    public static List<PolicyViolation> describedParameters(Collection<BicepFile> files) {
        List<PolicyViolation> violations = new ArrayList<>();
        for (BicepFile file : templates(files)) {
            for (BicepParameter parameter : file.parameters()) {
                if (!hasDescription(parameter.decorator("description"))) {
                    violations.add(new PolicyViolation(DESCRIBED_PARAMETERS, file.path(), parameter.line(),
                            "Parameter (" + parameter.name() + ") has no @description. Add @description('Required. ...') or @description('Optional. ...')."));
                }
            }
        }
        return violations;
    }

    /** Checks that every output of a template has a non-blank {@code @description}. */
    public static List<PolicyViolation> describedOutputs(Collection<BicepFile> files) {
        List<PolicyViolation> violations = new ArrayList<>();
        for (BicepFile file : templates(files)) {
            for (BicepOutput output : file.outputs()) {
                boolean described = output.decorators().stream().anyMatch(d -> d.name().equals("description") && hasDescription(Optional.of(d)));
                if (!described) {
                    violations.add(new PolicyViolation(DESCRIBED_OUTPUTS, file.path(), output.line(),
                            "Output (" + output.name() + ") has no @description. Say what the value is and which setting or step uses it."));
                }
            }
        }
        return violations;
    }

    /**
     * Checks that every parameter whose name suggests a secret (webhook, secret, password, key value,
     * connection string) is {@code @secure()}, unless the name ends in Name, Names, Prefix or
     * ResourceId, which mark a reference to a secret rather than its value.
     */
    public static List<PolicyViolation> secureSecrets(Collection<BicepFile> files) {
        List<PolicyViolation> violations = new ArrayList<>();
        for (BicepFile file : templates(files)) {
            for (BicepParameter parameter : file.parameters()) {
                String name = parameter.name();
                if (SECRET_NAME.matcher(name).matches() && !SECRET_REFERENCE_NAME.matcher(name).matches() && !parameter.isSecure()) {
                    violations.add(new PolicyViolation(SECURE_SECRETS, file.path(), parameter.line(),
                            "Parameter (" + name + ") looks like a secret but is not @secure(). Add @secure() so the value stays out of logs and deployment history."));
                }
            }
        }
        return violations;
    }

    /** Checks that every Cosmos DB container is partitioned by exactly {@code /tenantId}. */
    public static List<PolicyViolation> tenantPartitionKey(Collection<BicepFile> files) {
        List<PolicyViolation> violations = new ArrayList<>();
        for (BicepFile file : files) {
            for (BicepResource container : file.resourcesOfType(COSMOS_CONTAINER)) {
                if (container.existing()) {
                    continue;
                }
                Optional<BicepValue> paths = container.path("properties", "resource", "partitionKey", "paths");
                if (!isOnlyTenantPath(paths)) {
                    violations.add(new PolicyViolation(TENANT_PARTITION_KEY, file.path(), container.line(),
                            "Container (" + container.symbol() + ") must set partitionKey.paths to ['" + TENANT_PATH + "'] as a literal, found "
                                    + paths.map(BicepPolicy::describe).orElse("no partition key") + ". Every record is partitioned by tenant."));
                }
            }
        }
        return violations;
    }

    /** Checks that every Cosmos DB account sets {@code keyVaultKeyUri} and {@code disableLocalAuth: true}. */
    public static List<PolicyViolation> cosmosCustomerKey(Collection<BicepFile> files) {
        List<PolicyViolation> violations = new ArrayList<>();
        for (BicepFile file : files) {
            for (BicepResource account : file.resourcesOfType(COSMOS_ACCOUNT)) {
                if (account.existing()) {
                    continue;
                }
                Optional<BicepValue> keyUri = account.path("properties", "keyVaultKeyUri");
                if (keyUri.isEmpty() || keyUri.get() instanceof BicepString uri && uri.text().isBlank()) {
                    violations.add(new PolicyViolation(COSMOS_CUSTOMER_KEY, file.path(), account.line(),
                            "Cosmos DB account (" + account.symbol() + ") has no properties.keyVaultKeyUri. Set it to the versionless URI of the customer-managed key."));
                }
                Optional<BicepValue> localAuth = account.path("properties", "disableLocalAuth");
                if (!(localAuth.orElse(null) instanceof BicepExpression expression && expression.isTrue())) {
                    violations.add(new PolicyViolation(COSMOS_CUSTOMER_KEY, file.path(), account.line(),
                            "Cosmos DB account (" + account.symbol() + ") must set properties.disableLocalAuth to the literal true, found "
                                    + localAuth.map(BicepPolicy::describe).orElse("nothing") + ". The app signs in with its managed identity."));
                }
            }
        }
        return violations;
    }

    /**
     * Checks that the Function App receives every setting of the contract. {@code AzureWebJobsStorage} is met
     * by that setting or by the identity-based {@code AzureWebJobsStorage__accountName}.
     */
    public static List<PolicyViolation> appSettingsContract(Collection<BicepFile> files, Collection<String> contract) {
        List<PolicyViolation> violations = new ArrayList<>();
        List<BicepFile> withSettings = files.stream().filter(AppSettingsReader::declaresAppSettings).toList();
        if (withSettings.isEmpty()) {
            Path where = files.stream().map(BicepFile::path).findFirst().orElse(Path.of("."));
            violations.add(new PolicyViolation(APP_SETTINGS_CONTRACT, where, 1,
                    "No Function App app settings found. Give the app a Microsoft.Web/sites/config resource named appsettings."));
            return violations;
        }
        for (BicepFile file : withSettings) {
            Set<String> provided = AppSettingsReader.settingNames(file);
            int line = AppSettingsReader.appSettingsResources(file).stream().mapToInt(BicepResource::line).findFirst().orElse(1);
            for (String setting : contract) {
                if (!isProvided(setting, provided)) {
                    violations.add(new PolicyViolation(APP_SETTINGS_CONTRACT, file.path(), line,
                            "App setting (" + setting + ") of local.settings.sample.json is missing from the Function App. Add it to the appsettings the app receives."));
                }
            }
        }
        return violations;
    }

    /**
     * Checks that a bicepparam file assigns each {@code @secure()} parameter of its template only through
     * {@code readEnvironmentVariable(...)}, or not at all.
     *
     * @param templateOf returns the parsed template a bicepparam file's {@code using} names
     */
    public static List<PolicyViolation> parameterFileSecrets(Collection<BicepFile> parameterFiles, Function<BicepFile, BicepFile> templateOf) {
        List<PolicyViolation> violations = new ArrayList<>();
        for (BicepFile parameterFile : parameterFiles) {
            BicepFile template = templateOf.apply(parameterFile);
            for (BicepParameter assigned : parameterFile.parameters()) {
                boolean secure = template.parameter(assigned.name()).map(BicepParameter::isSecure).orElse(false);
                boolean fromEnvironment = assigned.defaultValue() instanceof BicepExpression expression
                        && expression.source().startsWith("readEnvironmentVariable(");
                if (secure && !fromEnvironment) {
                    violations.add(new PolicyViolation(PARAMETER_FILE_SECRETS, parameterFile.path(), assigned.line(),
                            "Secure parameter (" + assigned.name() + ") is assigned a value in the parameter file. Use readEnvironmentVariable('NAME') instead."));
                }
            }
        }
        return violations;
    }

    private static List<BicepFile> templates(Collection<BicepFile> files) {
        return files.stream().filter(file -> file.usingPath() == null).toList();
    }

    private static boolean hasDescription(Optional<BicepDecorator> decorator) {
        return decorator.flatMap(BicepDecorator::firstString).filter(text -> !text.isBlank()).isPresent();
    }

    private static boolean isOnlyTenantPath(Optional<BicepValue> paths) {
        if (!(paths.orElse(null) instanceof BicepArray array) || array.items().isEmpty()) {
            return false;
        }
        return array.items().stream().allMatch(item -> item instanceof BicepString path && !path.interpolated() && path.text().equals(TENANT_PATH));
    }

    private static boolean isProvided(String setting, Set<String> provided) {
        if (setting.equals(HOST_STORAGE)) {
            return provided.contains(HOST_STORAGE) || provided.contains(HOST_STORAGE + "__accountName");
        }
        return provided.contains(setting);
    }

    private static String describe(BicepValue value) {
        if (value instanceof BicepString string) {
            return "'" + string.text() + "'";
        }
        if (value instanceof BicepExpression expression) {
            return "(" + expression.source() + ")";
        }
        if (value instanceof BicepArray array) {
            return "an array of " + array.items().stream().map(BicepPolicy::describe).toList();
        }
        return "a " + value.getClass().getSimpleName();
    }
}
