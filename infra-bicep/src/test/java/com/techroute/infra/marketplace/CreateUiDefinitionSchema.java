package com.techroute.infra.marketplace;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.util.List;

/**
 * The official createUiDefinition schemas (version 0.1.2-preview), loaded from the copies under
 * src/test/resources/schemas/createuidefinition. The three schemas name each other by their
 * https ids, and every id is mapped to the class path. json-schema-validator 3 fetches no remote
 * schema unless configured to, so validation needs no network.
 */
final class CreateUiDefinitionSchema {

    static final String ID_PREFIX = "https://schema.management.azure.com/schemas/0.1.2-preview/";
    static final String ROOT_ID = ID_PREFIX + "CreateUIDefinition.MultiVm.json";

    // The schemas declare "$schema": "http://json-schema.org/schema#", the unversioned meta-schema
    // id, and use draft-04 keywords ("id", "definitions"), so that id is read as draft 4.
    private static final String UNVERSIONED_META_SCHEMA = "http://json-schema.org/schema#";

    private final Schema schema;

    CreateUiDefinitionSchema() {
        Dialect draft4 = Dialect.builder(UNVERSIONED_META_SCHEMA, Dialects.getDraft4()).build();
        SchemaRegistry registry = SchemaRegistry.withDialect(draft4, builder -> builder
                .schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:schemas/createuidefinition/")));
        this.schema = registry.getSchema(SchemaLocation.of(ROOT_ID));
    }

    /** Validates a createUiDefinition document and returns its errors, empty when it is valid. */
    List<Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }
}
