package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.type.Field;
import java.util.List;

/**
 * Equi-join of two inputs on key fields ({@code left[leftKeys[i]] = right[rightKeys[i]]}),
 * with an optional residual condition over the joined row (left fields, then right fields).
 * A key pair marked null-safe matches NULL with NULL ({@code IS NOT DISTINCT FROM}); otherwise
 * a NULL key matches nothing. With no keys it is a nested-loop (cross) join filtered by the
 * residual. Stateful in a stream plan: each side's rows live in its state table, keyed by the
 * join key.
 */
public final class JoinNode extends PlanNode {
    private final JoinKind kind;
    private final List<Integer> leftKeys;
    private final List<Integer> rightKeys;
    private final List<Boolean> nullSafe;
    private final Expr residual;
    private final int leftStateTableId;
    private final int rightStateTableId;

    @JsonCreator
    public JoinNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("schema") List<Field> schema,
            @JsonProperty("kind") JoinKind kind, @JsonProperty("leftKeys") List<Integer> leftKeys,
            @JsonProperty("rightKeys") List<Integer> rightKeys, @JsonProperty("nullSafe") List<Boolean> nullSafe,
            @JsonProperty("residual") Expr residual, @JsonProperty("leftStateTableId") int leftStateTableId,
            @JsonProperty("rightStateTableId") int rightStateTableId) {
        super(inputs, schema);
        this.kind = kind;
        this.leftKeys = List.copyOf(leftKeys);
        this.rightKeys = List.copyOf(rightKeys);
        this.nullSafe = List.copyOf(nullSafe);
        this.residual = residual;
        this.leftStateTableId = leftStateTableId;
        this.rightStateTableId = rightStateTableId;
        if (leftKeys.size() != rightKeys.size() || nullSafe.size() != leftKeys.size()) {
            throw new IllegalArgumentException("join keys must pair up");
        }
    }

    public JoinNode(PlanNode left, PlanNode right, List<Field> schema, JoinKind kind, List<Integer> leftKeys,
            List<Integer> rightKeys, List<Boolean> nullSafe, Expr residual) {
        this(List.of(left, right), schema, kind, leftKeys, rightKeys, nullSafe, residual, 0, 0);
    }

    public PlanNode left() {
        return inputs().get(0);
    }

    public PlanNode right() {
        return inputs().get(1);
    }

    @JsonProperty
    public JoinKind kind() {
        return kind;
    }

    @JsonProperty
    public List<Integer> leftKeys() {
        return leftKeys;
    }

    @JsonProperty
    public List<Integer> rightKeys() {
        return rightKeys;
    }

    @JsonProperty
    public List<Boolean> nullSafe() {
        return nullSafe;
    }

    /** Condition over the joined row besides the key equalities, or null. */
    @JsonProperty
    public Expr residual() {
        return residual;
    }

    @JsonProperty
    public int leftStateTableId() {
        return leftStateTableId;
    }

    @JsonProperty
    public int rightStateTableId() {
        return rightStateTableId;
    }

    public JoinNode withStateTables(int leftId, int rightId) {
        return new JoinNode(inputs(), schema(), kind, leftKeys, rightKeys, nullSafe, residual, leftId, rightId);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new JoinNode(newInputs, schema(), kind, leftKeys, rightKeys, nullSafe, residual, leftStateTableId,
                rightStateTableId);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitJoin(this);
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder("Join(").append(kind.name().toLowerCase());
        if (!leftKeys.isEmpty()) {
            b.append(", keys=");
            for (int i = 0; i < leftKeys.size(); i++) {
                b.append(i > 0 ? ", " : "").append("$").append(leftKeys.get(i))
                        .append(nullSafe.get(i) ? " <=> $" : " = $").append(rightKeys.get(i));
            }
        }
        if (residual != null) {
            b.append(", residual=").append(residual);
        }
        return b.append(')').toString();
    }
}
