package io.freshet.executor.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.plan.MaterializeNode;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.type.Field;
import java.util.List;

/**
 * A materialized view: its stream plan (rooted at a {@link MaterializeNode}, with state table
 * ids assigned), persisted so the dataflow is rebuilt unchanged on restart.
 */
public final class MaterializedViewDef extends CatalogObject {
    private final PlanNode plan;
    private final List<Long> dependencies;

    @JsonCreator
    public MaterializedViewDef(@JsonProperty("id") long id, @JsonProperty("name") String name,
            @JsonProperty("definition") String definition, @JsonProperty("plan") PlanNode plan,
            @JsonProperty("dependencies") List<Long> dependencies) {
        super(id, name, definition);
        if (!(plan instanceof MaterializeNode)) {
            throw new IllegalArgumentException("a view's plan must end in Materialize");
        }
        this.plan = plan;
        this.dependencies = List.copyOf(dependencies);
    }

    @JsonProperty
    public PlanNode plan() {
        return plan;
    }

    public MaterializeNode materialize() {
        return (MaterializeNode) plan;
    }

    @JsonProperty
    @Override
    public List<Long> dependencies() {
        return dependencies;
    }

    @Override
    public List<Field> schema() {
        return plan.schema();
    }

    @Override
    public String kindName() {
        return "materialized view";
    }
}
