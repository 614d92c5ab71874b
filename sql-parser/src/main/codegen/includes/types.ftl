<#--
  Type names. FreshetTypeName is listed in dataTypeParserMethods, so Calcite's TypeName
  tries it first wherever a type is parsed. It covers every type name (PostgreSQL's,
  then Calcite's), because only here can the PostgreSQL array suffix `[]` follow any of
  them.
-->

/**
 * Parses a type name with PostgreSQL's names and any number of {@code []} suffixes
 * (each makes an ARRAY of what precedes it; a size inside the brackets is ignored, as
 * PostgreSQL ignores it).
 */
SqlTypeNameSpec FreshetTypeName() :
{
    SqlTypeNameSpec type;
    final Span s = Span.of();
    final SqlIdentifier name;
}
{
    (
        LOOKAHEAD(1)
        type = PostgresTypeName(s)
    |
        LOOKAHEAD(2)
        type = SqlTypeName(s)
    |
        LOOKAHEAD(2)
        type = RowOrStructTypeName()
    |
        LOOKAHEAD(2)
        type = MapTypeName()
    |
        name = CompoundIdentifier() {
            type = new SqlUserDefinedTypeNameSpec(name, name.getParserPosition());
        }
    )
    (
        LOOKAHEAD(1)
        <LBRACKET> [ <UNSIGNED_INTEGER_LITERAL> ] <RBRACKET> {
            type = new SqlCollectionTypeNameSpec(type, SqlTypeName.ARRAY,
                type.getParserPos().plus(getPos()));
        }
    )*
    { return type; }
}

/**
 * Parses PostgreSQL's own type names, and TIMESTAMP, whose WITH TIME ZONE form means
 * an absolute instant in PostgreSQL (Calcite's TIMESTAMP_WITH_LOCAL_TIME_ZONE).
 */
SqlTypeNameSpec PostgresTypeName(Span s) :
{
    int precision = RelDataType.PRECISION_NOT_SPECIFIED;
    SqlTypeName typeName = SqlTypeName.TIMESTAMP;
}
{
    (
        <INT2> { return PostgresTypes.basic(SqlTypeName.SMALLINT, getPos()); }
    |
        <INT4> { return PostgresTypes.basic(SqlTypeName.INTEGER, getPos()); }
    |
        <INT8> { return PostgresTypes.basic(SqlTypeName.BIGINT, getPos()); }
    |
        <FLOAT4> { return PostgresTypes.basic(SqlTypeName.REAL, getPos()); }
    |
        <FLOAT8> { return PostgresTypes.basic(SqlTypeName.DOUBLE, getPos()); }
    |
        <FLOAT> { s.add(this); }
        [ <LPAREN> precision = UnsignedIntLiteral() <RPAREN> ]
        { return PostgresTypes.floatType(precision, s.end(this)); }
    |
        <BOOL> { return PostgresTypes.basic(SqlTypeName.BOOLEAN, getPos()); }
    |
        <TEXT> { return PostgresTypes.basic(SqlTypeName.VARCHAR, getPos()); }
    |
        <BYTEA> { return PostgresTypes.basic(SqlTypeName.VARBINARY, getPos()); }
    |
        ( <JSONB> | <JSON> ) { return PostgresTypes.jsonb(getPos()); }
    |
        <SERIAL> { return new SerialTypeNameSpec(false, getPos()); }
    |
        <BIGSERIAL> { return new SerialTypeNameSpec(true, getPos()); }
    |
        <TIMESTAMPTZ> { s.add(this); }
        precision = PrecisionOpt()
        {
            return new SqlBasicTypeNameSpec(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE,
                precision, s.end(this));
        }
    |
        <TIMESTAMP> { s.add(this); }
        precision = PrecisionOpt()
        [
            LOOKAHEAD(3)
            <WITHOUT> <TIME> <ZONE>
        |
            LOOKAHEAD(2)
            <WITH> [ <LOCAL> ] <TIME> <ZONE> {
                typeName = SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE;
            }
        ]
        { return new SqlBasicTypeNameSpec(typeName, precision, s.end(this)); }
    )
}

/**
 * Parses {@code ROW(a INT, b VARCHAR)} or RisingWave's {@code STRUCT<a INT, b VARCHAR>}.
 * Fields are nullable unless declared NOT NULL, as in PostgreSQL (Calcite's own ROW
 * type makes them NOT NULL by default).
 */
SqlTypeNameSpec RowOrStructTypeName() :
{
    final Span s;
    final List<SqlIdentifier> fieldNames = new ArrayList<SqlIdentifier>();
    final List<SqlDataTypeSpec> fieldTypes = new ArrayList<SqlDataTypeSpec>();
}
{
    (
        <ROW> { s = span(); }
        <LPAREN>
        AddNullableField(fieldNames, fieldTypes)
        ( <COMMA> AddNullableField(fieldNames, fieldTypes) )*
        <RPAREN>
    |
        <STRUCT> { s = span(); }
        <LT>
        AddNullableField(fieldNames, fieldTypes)
        ( <COMMA> AddNullableField(fieldNames, fieldTypes) )*
        <GT>
    )
    {
        return new PostgresRowTypeNameSpec(s.end(this), fieldNames, fieldTypes);
    }
}

void AddNullableField(List<SqlIdentifier> fieldNames, List<SqlDataTypeSpec> fieldTypes) :
{
    final SqlIdentifier name;
    final SqlDataTypeSpec type;
    final boolean nullable;
}
{
    name = SimpleIdentifier()
    type = DataType()
    nullable = NullableOptDefaultTrue()
    {
        fieldNames.add(name);
        fieldTypes.add(type.withNullable(nullable));
    }
}

/**
 * Parses the type of a column in CREATE TABLE or CREATE SOURCE: any type, or a bare
 * INTERVAL (PostgreSQL's interval type, which Calcite has no single type for; it becomes
 * the user-defined type name {@code interval} for the planner to resolve).
 */
SqlDataTypeSpec ColumnType() :
{
    final SqlDataTypeSpec type;
}
{
    <INTERVAL> { return PostgresTypes.intervalType(getPos()); }
|
    type = DataType() { return type; }
}
