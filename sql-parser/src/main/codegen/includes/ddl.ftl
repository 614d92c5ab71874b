<#--
  Streaming DDL in RisingWave's spelling: CREATE TABLE / SOURCE / MATERIALIZED VIEW /
  VIEW / SINK and DROP. Each CREATE method is called by Calcite's SqlCreate() after
  CREATE [OR REPLACE], with (Span s, boolean replace).
-->

/**
 * Parses the rest of CREATE TABLE: either {@code AS query}, or an optional column list
 * followed by INCLUDE, WITH and FORMAT ... ENCODE clauses.
 */
SqlCreate FreshetCreateTable(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final SqlNode query;
    final List<SqlNode> columns = new ArrayList<SqlNode>();
    final List<SqlNode> primaryKeys = new ArrayList<SqlNode>();
    final List<SqlNode> watermarks = new ArrayList<SqlNode>();
    final List<SqlNode> includes = new ArrayList<SqlNode>();
    SqlNodeList optionList = SqlNodeList.EMPTY;
    SqlFormatEncode formatEncode = null;
}
{
    <TABLE> {
        if (replace) {
            throw GrammarError.unsupported(s.end(this), "CREATE OR REPLACE TABLE is not supported");
        }
    }
    ifNotExists = IfNotExistsOpt()
    name = CompoundIdentifier()
    (
        <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY) {
            return new SqlCreateTable(s.end(this), ifNotExists, name, query);
        }
    |
        [ TableElementList(columns, primaryKeys, watermarks) ]
        ( AddInclude(includes) )*
        [ <WITH> optionList = OptionList() ]
        [ formatEncode = FormatEncodeClause() ]
        {
            return new SqlCreateTable(s.end(this), ifNotExists, name,
                new SqlNodeList(columns, Span.of(columns).pos()),
                primaryKeys.isEmpty() ? null : (SqlNodeList) primaryKeys.get(0),
                new SqlNodeList(watermarks, Span.of(watermarks).pos()),
                new SqlNodeList(includes, Span.of(includes).pos()),
                optionList, formatEncode);
        }
    )
}

/** Parses the rest of CREATE SOURCE; unlike a table, a source needs WITH (...). */
SqlCreate FreshetCreateSource(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final List<SqlNode> columns = new ArrayList<SqlNode>();
    final List<SqlNode> primaryKeys = new ArrayList<SqlNode>();
    final List<SqlNode> watermarks = new ArrayList<SqlNode>();
    final List<SqlNode> includes = new ArrayList<SqlNode>();
    final SqlNodeList optionList;
    SqlFormatEncode formatEncode = null;
}
{
    <SOURCE> {
        if (replace) {
            throw GrammarError.unsupported(s.end(this), "CREATE OR REPLACE SOURCE is not supported");
        }
    }
    ifNotExists = IfNotExistsOpt()
    name = CompoundIdentifier()
    [ TableElementList(columns, primaryKeys, watermarks) ]
    ( AddInclude(includes) )*
    <WITH> optionList = OptionList()
    [ formatEncode = FormatEncodeClause() ]
    {
        return new SqlCreateSource(s.end(this), ifNotExists, name,
            new SqlNodeList(columns, Span.of(columns).pos()),
            primaryKeys.isEmpty() ? null : (SqlNodeList) primaryKeys.get(0),
            new SqlNodeList(watermarks, Span.of(watermarks).pos()),
            new SqlNodeList(includes, Span.of(includes).pos()),
            optionList, formatEncode);
    }
}

/**
 * Parses {@code ( element, ... )} of CREATE TABLE or CREATE SOURCE: column
 * declarations, at most one table-level PRIMARY KEY (c1, ...) and WATERMARK clauses.
 */
void TableElementList(List<SqlNode> columns, List<SqlNode> primaryKeys,
    List<SqlNode> watermarks) :
{
}
{
    <LPAREN>
    [
        AddTableElement(columns, primaryKeys, watermarks)
        ( <COMMA> AddTableElement(columns, primaryKeys, watermarks) )*
    ]
    <RPAREN> {
        int declared = primaryKeys.size();
        for (SqlNode column : columns) {
            if (((SqlColumnDeclaration) column).isPrimaryKey()) {
                declared++;
            }
        }
        if (declared > 1) {
            throw GrammarError.invalidDefinition(getPos(),
                "multiple primary keys are not allowed");
        }
    }
}

void AddTableElement(List<SqlNode> columns, List<SqlNode> primaryKeys,
    List<SqlNode> watermarks) :
{
    final Span s;
    final SqlIdentifier column;
    final SqlNode expression;
    final SqlNodeList keyColumns;
}
{
    LOOKAHEAD(2)
    <WATERMARK> { s = span(); } <FOR>
    column = SimpleIdentifier()
    <AS> expression = Expression(ExprContext.ACCEPT_SUB_QUERY) {
        watermarks.add(new SqlWatermark(s.end(this), column, expression));
    }
|
    LOOKAHEAD(2)
    <PRIMARY> <KEY>
    keyColumns = ParenthesizedSimpleIdentifierList() {
        primaryKeys.add(keyColumns);
    }
|
    AddColumnDeclaration(columns)
}

/** Parses {@code name type [NOT NULL | NULL] [PRIMARY KEY] [DEFAULT expr]}, in any order. */
void AddColumnDeclaration(List<SqlNode> columns) :
{
    final Span s;
    final SqlIdentifier name;
    final SqlDataTypeSpec type;
    Boolean nullable = null;
    boolean primaryKey = false;
    SqlNode defaultValue = null;
}
{
    name = SimpleIdentifier() { s = span(); }
    type = ColumnType()
    (
        <NOT> <NULL> { nullable = Boolean.FALSE; }
    |
        <NULL> { nullable = Boolean.TRUE; }
    |
        <PRIMARY> <KEY> { primaryKey = true; }
    |
        <DEFAULT_> defaultValue = Expression(ExprContext.ACCEPT_SUB_QUERY)
    )*
    {
        columns.add(new SqlColumnDeclaration(s.end(this), name, type, nullable,
            primaryKey, defaultValue));
    }
}

/**
 * Parses {@code INCLUDE kind ['header name' [type]] [AS column]}, which adds a column
 * holding Kafka message metadata (key, partition, offset, timestamp, header).
 */
void AddInclude(List<SqlNode> includes) :
{
    final Span s;
    final SqlIdentifier kind;
    String headerName = null;
    SqlDataTypeSpec headerType = null;
    SqlIdentifier alias = null;
}
{
    <INCLUDE> { s = span(); }
    kind = AnyWord()
    [
        <QUOTED_STRING> { headerName = SqlParserUtil.parseString(token.image); }
        [
            LOOKAHEAD({ getToken(1).kind != FORMAT && getToken(1).kind != AS })
            headerType = DataType()
        ]
    ]
    [ <AS> alias = SimpleIdentifier() ]
    {
        includes.add(new SqlIncludeColumn(s.end(this),
            kind.getSimple().toUpperCase(Locale.ROOT), headerName, headerType, alias));
    }
}

/** Parses {@code FORMAT name ENCODE name [( key = value, ... )]}. */
SqlFormatEncode FormatEncodeClause() :
{
    final Span s;
    final SqlIdentifier format;
    final SqlIdentifier encode;
    SqlNodeList optionList = SqlNodeList.EMPTY;
}
{
    <FORMAT> { s = span(); }
    format = AnyWord()
    <ENCODE>
    encode = AnyWord()
    [ optionList = OptionList() ]
    {
        return new SqlFormatEncode(s.end(this),
            format.getSimple().toUpperCase(Locale.ROOT),
            encode.getSimple().toUpperCase(Locale.ROOT), optionList);
    }
}

/**
 * Parses the rest of CREATE MATERIALIZED VIEW
 * {@code [IF NOT EXISTS] name [(columns)] [WITH (...)] AS query [EMIT ON WINDOW CLOSE]}.
 */
SqlCreate FreshetCreateMaterializedView(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    SqlNodeList columnNames = null;
    SqlNodeList optionList = SqlNodeList.EMPTY;
    final SqlNode query;
    boolean emitOnWindowClose = false;
}
{
    <MATERIALIZED> <VIEW> {
        if (replace) {
            throw GrammarError.unsupported(s.end(this),
                "CREATE OR REPLACE MATERIALIZED VIEW is not supported");
        }
    }
    ifNotExists = IfNotExistsOpt()
    name = CompoundIdentifier()
    [ columnNames = ParenthesizedSimpleIdentifierList() ]
    [ <WITH> optionList = OptionList() ]
    <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    [ <EMIT> <ON> <WINDOW> <CLOSE> { emitOnWindowClose = true; } ]
    {
        return new SqlCreateMaterializedView(s.end(this), ifNotExists, name,
            columnNames, optionList, query, emitOnWindowClose);
    }
}

/** Parses the rest of CREATE [OR REPLACE] VIEW {@code [IF NOT EXISTS] name [(columns)] AS query}. */
SqlCreate FreshetCreateView(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    SqlNodeList columnNames = null;
    final SqlNode query;
}
{
    <VIEW>
    ifNotExists = IfNotExistsOpt()
    name = CompoundIdentifier()
    [ columnNames = ParenthesizedSimpleIdentifierList() ]
    <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    {
        return new SqlCreateView(s.end(this), replace, ifNotExists, name, columnNames,
            query);
    }
}

/**
 * Parses the rest of CREATE SINK
 * {@code [IF NOT EXISTS] name FROM object | AS query WITH (...) [FORMAT ... ENCODE ...]}.
 */
SqlCreate FreshetCreateSink(Span s, boolean replace) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    SqlIdentifier from = null;
    SqlNode query = null;
    final SqlNodeList optionList;
    SqlFormatEncode formatEncode = null;
}
{
    <SINK> {
        if (replace) {
            throw GrammarError.unsupported(s.end(this), "CREATE OR REPLACE SINK is not supported");
        }
    }
    ifNotExists = IfNotExistsOpt()
    name = CompoundIdentifier()
    (
        <FROM> from = CompoundIdentifier()
    |
        <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    )
    <WITH> optionList = OptionList()
    [ formatEncode = FormatEncodeClause() ]
    {
        return new SqlCreateSink(s.end(this), ifNotExists, name, from, query, optionList,
            formatEncode);
    }
}

/** Parses the name of a kind of catalog object: TABLE, MATERIALIZED VIEW, VIEW, SOURCE or SINK. */
CatalogObjectType CatalogObjectTypeName() :
{
}
{
    <TABLE> { return CatalogObjectType.TABLE; }
|
    <MATERIALIZED> <VIEW> { return CatalogObjectType.MATERIALIZED_VIEW; }
|
    <VIEW> { return CatalogObjectType.VIEW; }
|
    <SOURCE> { return CatalogObjectType.SOURCE; }
|
    <SINK> { return CatalogObjectType.SINK; }
}

/**
 * Parses the rest of DROP
 * {@code TABLE|MATERIALIZED VIEW|VIEW|SOURCE|SINK [IF EXISTS] name, ... [CASCADE|RESTRICT]}.
 */
SqlDrop FreshetDropObjects(Span s, boolean replace) :
{
    final CatalogObjectType type;
    final boolean ifExists;
    final List<SqlNode> names = new ArrayList<SqlNode>();
    SqlIdentifier name;
    boolean cascade = false;
}
{
    type = CatalogObjectTypeName()
    ifExists = IfExistsOpt()
    name = CompoundIdentifier() { names.add(name); }
    ( <COMMA> name = CompoundIdentifier() { names.add(name); } )*
    [
        <CASCADE> { cascade = true; }
    |
        <RESTRICT>
    ]
    {
        return new SqlDropObjects(s.end(this), type, ifExists,
            new SqlNodeList(names, Span.of(names).pos()), cascade);
    }
}
