package com.techroute.infra.bicep;

import com.techroute.infra.bicep.BicepValue.BicepArray;
import com.techroute.infra.bicep.BicepValue.BicepExpression;
import com.techroute.infra.bicep.BicepValue.BicepObject;
import com.techroute.infra.bicep.BicepValue.BicepString;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the app setting names a Bicep file gives its Function Apps, from
 * {@code Microsoft.Web/sites/config} resources named {@code appsettings} and from
 * {@code siteConfig.appSettings} arrays of {@code Microsoft.Web/sites}.
 *
 * <p>An expression such as {@code union(a, b, cond ? c : {})} contributes the keys of every
 * variable of the same file it names, followed through variables that name other variables.
 * Conditions are not evaluated, so a setting given in only one branch counts as given. Keys of
 * an object literal written inside such an expression are not seen; put them in a variable.
 */
final class AppSettingsReader {

    static final String SITES = "Microsoft.Web/sites";
    static final String SITE_CONFIG = "Microsoft.Web/sites/config";

    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

    private AppSettingsReader() {
    }

    /** Returns whether the file declares any Function App settings this reader can see. */
    static boolean declaresAppSettings(BicepFile file) {
        return !appSettingsResources(file).isEmpty()
                || file.resourcesOfType(SITES).stream().anyMatch(r -> r.path("properties", "siteConfig", "appSettings").isPresent());
    }

    /** Returns every app setting name the file's Function Apps receive, in any branch. */
    static Set<String> settingNames(BicepFile file) {
        Set<String> names = new LinkedHashSet<>();
        for (BicepResource config : appSettingsResources(file)) {
            config.path("properties").ifPresent(value -> collectKeys(value, file, names, new HashSet<>()));
        }
        for (BicepResource site : file.resourcesOfType(SITES)) {
            site.path("properties", "siteConfig", "appSettings").ifPresent(value -> collectNamedItems(value, names));
        }
        return names;
    }

    static List<BicepResource> appSettingsResources(BicepFile file) {
        return file.resourcesOfType(SITE_CONFIG).stream()
                .filter(r -> r.literalName().filter("appsettings"::equalsIgnoreCase).isPresent())
                .toList();
    }

    private static void collectKeys(BicepValue value, BicepFile file, Set<String> names, Set<String> visited) {
        if (value instanceof BicepObject object) {
            names.addAll(object.properties().keySet());
        } else if (value instanceof BicepExpression expression) {
            Matcher matcher = IDENTIFIER.matcher(expression.source());
            while (matcher.find()) {
                String identifier = matcher.group();
                if (visited.add(identifier)) {
                    file.variable(identifier).ifPresent(variable -> collectKeys(variable.value(), file, names, visited));
                }
            }
        }
    }

    private static void collectNamedItems(BicepValue value, Set<String> names) {
        if (value instanceof BicepArray array) {
            for (BicepValue item : array.items()) {
                if (item instanceof BicepObject object
                        && object.path("name").orElse(null) instanceof BicepString name && !name.interpolated()) {
                    names.add(name.text());
                }
            }
        }
    }
}
