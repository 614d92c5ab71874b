<#--
  Session and utility statements in PostgreSQL's spelling: SET, RESET, SHOW, FLUSH,
  transaction control, EXPLAIN, DISCARD, DEALLOCATE, LISTEN, UNLISTEN. Each is listed
  in statementParserMethods and tried with LOOKAHEAD(2) before Calcite's statements.
-->

/**
 * Parses SET in PostgreSQL's forms:
 * {@code SET [SESSION | LOCAL] name {TO | =} {value [, ...] | DEFAULT}},
 * {@code SET [SESSION | LOCAL] TIME ZONE {value | LOCAL | DEFAULT}},
 * {@code SET [SESSION | LOCAL] TRANSACTION mode ...} and
 * {@code SET SESSION CHARACTERISTICS AS TRANSACTION mode ...}.
 */
SqlNode FreshetSetStatement() :
{
    final Span s;
    SetScope scope = SetScope.DEFAULT;
    final TransactionCharacteristics characteristics;
    final SqlIdentifier name;
    final List<SqlNode> values = new ArrayList<SqlNode>();
    SqlNode value;
}
{
    <SET> { s = span(); }
    (
        LOOKAHEAD(2)
        <SESSION> <CHARACTERISTICS> <AS> <TRANSACTION>
        characteristics = TransactionModes() {
            return new SqlSetTransaction(s.end(this), true, SetScope.SESSION,
                characteristics);
        }
    |
        [
            LOOKAHEAD(2)
            (
                <SESSION> { scope = SetScope.SESSION; }
            |
                <LOCAL> { scope = SetScope.LOCAL; }
            )
        ]
        (
            <TRANSACTION> characteristics = TransactionModes() {
                return new SqlSetTransaction(s.end(this), false, scope, characteristics);
            }
        |
            LOOKAHEAD(2)
            <TIME> <ZONE>
            (
                ( <LOCAL> | <DEFAULT_> ) {
                    return SqlSetVariable.toDefault(s.end(this), scope, "timezone");
                }
            |
                value = OptionValue() {
                    return new SqlSetVariable(s.end(this), scope, "timezone",
                        new SqlNodeList(Collections.singletonList(value), value.getParserPosition()));
                }
            )
        |
            name = DottedWords()
            ( <TO> | <EQ> )
            (
                <DEFAULT_> {
                    return SqlSetVariable.toDefault(s.end(this), scope,
                        String.join(".", name.names));
                }
            |
                value = OptionValue() { values.add(value); }
                ( <COMMA> value = OptionValue() { values.add(value); } )*
                {
                    return new SqlSetVariable(s.end(this), scope,
                        String.join(".", name.names),
                        new SqlNodeList(values, Span.of(values).pos()));
                }
            )
        )
    )
}

/**
 * Parses PostgreSQL's transaction modes, separated by commas or blanks:
 * {@code ISOLATION LEVEL ...}, {@code READ ONLY}, {@code READ WRITE},
 * {@code [NOT] DEFERRABLE}.
 */
TransactionCharacteristics TransactionModes() :
{
    final TransactionCharacteristics.Builder builder = TransactionCharacteristics.builder();
}
{
    [
        TransactionMode(builder)
        ( [ <COMMA> ] TransactionMode(builder) )*
    ]
    { return builder.build(); }
}

void TransactionMode(TransactionCharacteristics.Builder builder) :
{
}
{
    <ISOLATION> <LEVEL>
    (
        <SERIALIZABLE> { builder.isolationLevel(IsolationLevel.SERIALIZABLE); }
    |
        <REPEATABLE> <READ> { builder.isolationLevel(IsolationLevel.REPEATABLE_READ); }
    |
        LOOKAHEAD(2)
        <READ> <COMMITTED> { builder.isolationLevel(IsolationLevel.READ_COMMITTED); }
    |
        <READ> <UNCOMMITTED> { builder.isolationLevel(IsolationLevel.READ_UNCOMMITTED); }
    )
|
    LOOKAHEAD(2)
    <READ> <ONLY> { builder.readOnly(true); }
|
    <READ> <WRITE> { builder.readOnly(false); }
|
    <DEFERRABLE> { builder.deferrable(true); }
|
    <NOT> <DEFERRABLE> { builder.deferrable(false); }
}

/**
 * Parses {@code RESET name}, {@code RESET ALL}, {@code RESET TIME ZONE} and
 * {@code RESET TRANSACTION ISOLATION LEVEL}.
 */
SqlNode FreshetResetStatement() :
{
    final Span s;
    final SqlIdentifier name;
}
{
    <RESET> { s = span(); }
    (
        <ALL> { return new SqlResetVariable(s.end(this), null); }
    |
        LOOKAHEAD(2)
        <TIME> <ZONE> { return new SqlResetVariable(s.end(this), "timezone"); }
    |
        LOOKAHEAD(3)
        <TRANSACTION> <ISOLATION> <LEVEL> {
            return new SqlResetVariable(s.end(this), "transaction_isolation");
        }
    |
        name = DottedWords() {
            return new SqlResetVariable(s.end(this), String.join(".", name.names));
        }
    )
}

/**
 * Parses SHOW: {@code SHOW TABLES | MATERIALIZED VIEWS | VIEWS | SOURCES | SINKS},
 * {@code SHOW CREATE type name}, {@code SHOW ALL} and {@code SHOW name} (including
 * {@code TIME ZONE} and {@code TRANSACTION ISOLATION LEVEL}).
 */
SqlNode FreshetShowStatement() :
{
    final Span s;
    final CatalogObjectType type;
    final SqlIdentifier name;
}
{
    <SHOW> { s = span(); }
    (
        <TABLES> { return new SqlShowObjects(s.end(this), CatalogObjectType.TABLE); }
    |
        LOOKAHEAD(2)
        <MATERIALIZED> <VIEWS> {
            return new SqlShowObjects(s.end(this), CatalogObjectType.MATERIALIZED_VIEW);
        }
    |
        <VIEWS> { return new SqlShowObjects(s.end(this), CatalogObjectType.VIEW); }
    |
        <SOURCES> { return new SqlShowObjects(s.end(this), CatalogObjectType.SOURCE); }
    |
        <SINKS> { return new SqlShowObjects(s.end(this), CatalogObjectType.SINK); }
    |
        <CREATE> type = CatalogObjectTypeName() name = CompoundIdentifier() {
            return new SqlShowCreate(s.end(this), type, name);
        }
    |
        <ALL> { return new SqlShowVariable(s.end(this), null); }
    |
        LOOKAHEAD(2)
        <TIME> <ZONE> { return new SqlShowVariable(s.end(this), "timezone"); }
    |
        LOOKAHEAD(3)
        <TRANSACTION> <ISOLATION> <LEVEL> {
            return new SqlShowVariable(s.end(this), "transaction_isolation");
        }
    |
        name = DottedWords() {
            return new SqlShowVariable(s.end(this), String.join(".", name.names));
        }
    )
}

/** Parses FLUSH, which waits until the session's writes are visible in every view. */
SqlNode FreshetFlushStatement() :
{
}
{
    <FLUSH> { return new SqlFlush(getPos()); }
}

/** Parses {@code BEGIN [WORK | TRANSACTION] [mode ...]} and {@code START TRANSACTION [mode ...]}. */
SqlNode FreshetBeginStatement() :
{
    final Span s;
    final TransactionCharacteristics characteristics;
}
{
    (
        <BEGIN> { s = span(); } [ <WORK> | <TRANSACTION> ]
    |
        <START> { s = span(); } <TRANSACTION>
    )
    characteristics = TransactionModes() {
        return new SqlBeginTransaction(s.end(this), characteristics);
    }
}

/** Parses {@code COMMIT [WORK | TRANSACTION]} and its synonym {@code END}. */
SqlNode FreshetCommitStatement() :
{
    final Span s;
}
{
    ( <COMMIT> | <END> ) { s = span(); }
    [ <WORK> | <TRANSACTION> ]
    { return new SqlCommitTransaction(s.end(this)); }
}

/** Parses {@code ROLLBACK [WORK | TRANSACTION]} and its synonym {@code ABORT}. */
SqlNode FreshetRollbackStatement() :
{
    final Span s;
}
{
    ( <ROLLBACK> | <ABORT> ) { s = span(); }
    [ <WORK> | <TRANSACTION> ]
    { return new SqlRollbackTransaction(s.end(this)); }
}

/**
 * Parses PostgreSQL's {@code EXPLAIN [( option [value], ... )] [VERBOSE] statement},
 * and Calcite's {@code EXPLAIN PLAN [...] FOR statement}, which keeps producing
 * Calcite's SqlExplain.
 */
SqlNode FreshetExplainStatement() :
{
    final Span s;
    SqlNodeList optionList = SqlNodeList.EMPTY;
    boolean verbose = false;
    final SqlNode statement;
    SqlExplainLevel detailLevel = SqlExplainLevel.EXPPLAN_ATTRIBUTES;
    final SqlExplain.Depth depth;
    final SqlExplainFormat format;
}
{
    <EXPLAIN> { s = span(); }
    (
        LOOKAHEAD(2)
        <PLAN>
        [ detailLevel = ExplainDetailLevel() ]
        depth = ExplainDepth()
        (
            LOOKAHEAD(2)
            <AS> <XML> { format = SqlExplainFormat.XML; }
        |
            LOOKAHEAD(2)
            <AS> <JSON> { format = SqlExplainFormat.JSON; }
        |
            <AS> <DOT_FORMAT> { format = SqlExplainFormat.DOT; }
        |
            { format = SqlExplainFormat.TEXT; }
        )
        <FOR> statement = SqlQueryOrDml() {
            return new SqlExplain(s.end(this), statement,
                detailLevel.symbol(SqlParserPos.ZERO),
                depth.symbol(SqlParserPos.ZERO),
                format.symbol(SqlParserPos.ZERO),
                nDynamicParams);
        }
    |
        [
            LOOKAHEAD({ getToken(1).kind == LPAREN && getToken(2).kind != SELECT
                && getToken(2).kind != VALUES && getToken(2).kind != WITH
                && getToken(2).kind != TABLE && getToken(2).kind != LPAREN })
            optionList = ExplainOptionList()
        ]
        [ LOOKAHEAD(1) <VERBOSE> { verbose = true; } ]
        statement = ExplainableStatement() {
            return new SqlExplainStatement(s.end(this), optionList, verbose, statement);
        }
    )
}

/** Parses {@code ( option [value], ... )} of EXPLAIN, such as {@code (FORMAT JSON, COSTS false)}. */
SqlNodeList ExplainOptionList() :
{
    final Span s;
    final List<SqlNode> list = new ArrayList<SqlNode>();
}
{
    <LPAREN> { s = span(); }
    AddExplainOption(list)
    ( <COMMA> AddExplainOption(list) )*
    <RPAREN> { return new SqlNodeList(list, s.end(this)); }
}

void AddExplainOption(List<SqlNode> list) :
{
    final SqlIdentifier name;
    SqlNode value = null;
}
{
    name = AnyWord()
    [
        LOOKAHEAD({ getToken(1).kind != COMMA && getToken(1).kind != RPAREN })
        value = OptionValue()
    ]
    {
        list.add(new SqlExplainOption(
            value == null ? name.getParserPosition()
                : name.getParserPosition().plus(value.getParserPosition()),
            name.getSimple(), value));
    }
}

/**
 * Parses a statement that EXPLAIN accepts: a query, INSERT, UPDATE, DELETE,
 * CREATE MATERIALIZED VIEW, CREATE SINK or CREATE TABLE ... AS.
 */
SqlNode ExplainableStatement() :
{
    final SqlNode statement;
}
{
    (
        statement = SqlCreate() {
            if (!SqlExplainStatement.isExplainable(statement)) {
                throw GrammarError.unsupported(statement.getParserPosition(),
                    "EXPLAIN accepts a query, INSERT, UPDATE, DELETE, "
                        + "CREATE MATERIALIZED VIEW, CREATE SINK or CREATE TABLE ... AS");
            }
        }
    |
        statement = SqlInsert()
    |
        statement = SqlUpdate()
    |
        statement = SqlDelete()
    |
        statement = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    )
    { return statement; }
}

/** Parses {@code DISCARD ALL | PLANS | SEQUENCES | TEMP | TEMPORARY}. */
SqlNode FreshetDiscardStatement() :
{
    final Span s;
    final SqlIdentifier what;
}
{
    <DISCARD> { s = span(); }
    what = AnyWord() {
        return new SqlDiscard(s.end(this), what.getSimple().toUpperCase(Locale.ROOT));
    }
}

/** Parses {@code DEALLOCATE [PREPARE] {name | ALL}}. */
SqlNode FreshetDeallocateStatement() :
{
    final Span s;
    final SqlIdentifier name;
}
{
    <DEALLOCATE> { s = span(); }
    [ LOOKAHEAD(<PREPARE> (<ALL> | SimpleIdentifier())) <PREPARE> ]
    (
        <ALL> { return new SqlDeallocate(s.end(this), null); }
    |
        name = SimpleIdentifier() { return new SqlDeallocate(s.end(this), name.getSimple()); }
    )
}

/** Parses {@code LISTEN channel}. */
SqlNode FreshetListenStatement() :
{
    final Span s;
    final SqlIdentifier channel;
}
{
    <LISTEN> { s = span(); }
    channel = SimpleIdentifier() { return new SqlListen(s.end(this), channel.getSimple()); }
}

/** Parses {@code UNLISTEN channel} and {@code UNLISTEN *}. */
SqlNode FreshetUnlistenStatement() :
{
    final Span s;
    final SqlIdentifier channel;
}
{
    <UNLISTEN> { s = span(); }
    (
        <STAR> { return new SqlUnlisten(s.end(this), null); }
    |
        channel = SimpleIdentifier() { return new SqlUnlisten(s.end(this), channel.getSimple()); }
    )
}
