package com.techroute.infra.bicep;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Declarations of one Bicep or bicepparam file that the policy checks read.
 *
 * @param path        file the declarations come from, for messages
 * @param usingPath   target of a {@code using} statement (bicepparam files), or null
 * @param parameters  {@code param} statements in source order
 * @param variables   {@code var} statements in source order
 * @param resources   {@code resource} statements in source order, {@code existing} ones included
 * @param outputs     {@code output} statements in source order
 */
public record BicepFile(
        Path path,
        String usingPath,
        List<BicepParameter> parameters,
        List<BicepVariable> variables,
        List<BicepResource> resources,
        List<BicepOutput> outputs) {

    public BicepFile {
        parameters = List.copyOf(parameters);
        variables = List.copyOf(variables);
        resources = List.copyOf(resources);
        outputs = List.copyOf(outputs);
    }

    /** Returns the parameter with this name. */
    public Optional<BicepParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Returns the variable with this name. */
    public Optional<BicepVariable> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Returns the resources of this type (compared without case), {@code existing} ones included. */
    public List<BicepResource> resourcesOfType(String type) {
        return resources.stream().filter(r -> r.type().equalsIgnoreCase(type)).toList();
    }
}
