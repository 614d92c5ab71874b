<#--
  Entry points that FreshetSqlParser calls instead of Calcite's SqlStmtList and
  SqlStmtEof: PostgreSQL accepts empty statements, so any number of semicolons may
  come before, between and after statements.
-->

/** Parses statements separated by semicolons; empty statements are skipped. */
SqlNodeList FreshetStatementList() :
{
    final List<SqlNode> statements = new ArrayList<SqlNode>();
    SqlNode statement;
}
{
    ( <SEMICOLON> )*
    [
        statement = SqlStmt() { statements.add(statement); }
        (
            <SEMICOLON>
            [ statement = SqlStmt() { statements.add(statement); } ]
        )*
    ]
    <EOF>
    {
        return new SqlNodeList(statements, Span.of(statements).pos());
    }
}

/** Parses exactly one statement, which semicolons may surround. */
SqlNode FreshetStatementEof() :
{
    final SqlNode statement;
}
{
    ( <SEMICOLON> )*
    statement = SqlStmt()
    ( <SEMICOLON> )*
    <EOF>
    { return statement; }
}
