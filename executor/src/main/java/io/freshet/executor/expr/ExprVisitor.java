package io.freshet.executor.expr;

/** Visitor over the kinds of {@link Expr}. */
public interface ExprVisitor<R> {
    R visitInputRef(InputRef e);

    R visitLiteral(Literal e);

    R visitParam(Param e);

    R visitCall(Call e);

    R visitAnd(And e);

    R visitOr(Or e);

    R visitCase(Case e);

    R visitCoalesce(Coalesce e);

    R visitFieldAccess(FieldAccess e);
}
