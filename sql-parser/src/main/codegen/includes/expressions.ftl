<#--
  PostgreSQL expression syntax: the `::` cast, INTERVAL '1 hour', $$dollar quoted$$
  strings, SELECT DISTINCT ON, and the word-level helpers the statements share.
-->

/**
 * Parses PostgreSQL's infix cast {@code expr::type}. It goes into Expression2's flat
 * operator list with DoubleColonCastOperator, whose precedence binds tighter than every
 * arithmetic and unary operator (as in PostgreSQL), and which builds a standard CAST.
 *
 * <p>{@code 'text'::interval} becomes an interval literal, read the way PostgreSQL reads
 * INTERVAL 'text'; any other expression cast to a bare {@code interval} becomes a CAST to
 * the user-defined type name {@code interval}.
 */
void PostgresInfixCast(List<Object> list, ExprContext exprContext, Span s) :
{
    final SqlDataTypeSpec dataType;
    final SqlIntervalQualifier qualifier;
    final SqlParserPos castPos;
}
{
    <INFIX_CAST> {
        checkNonQueryExpression(exprContext);
        castPos = getPos();
    }
    (
        LOOKAHEAD(2)
        <INTERVAL> qualifier = IntervalQualifier() {
            list.add(new SqlParserUtil.ToTreeListItem(DoubleColonCastOperator.INSTANCE, castPos));
            list.add(qualifier);
        }
    |
        <INTERVAL> {
            final SqlParserPos intervalPos = getPos();
            final SqlNode operand = DoubleColonCastOperator.foldableOperand(list);
            if (operand != null) {
                list.set(list.size() - 1,
                    PostgresIntervalParser.parse(
                        ((SqlLiteral) operand).getValueAs(String.class),
                        operand.getParserPosition().plus(intervalPos)));
            } else {
                list.add(new SqlParserUtil.ToTreeListItem(DoubleColonCastOperator.INSTANCE, castPos));
                list.add(PostgresTypes.intervalType(intervalPos));
            }
        }
    |
        dataType = DataType() {
            list.add(new SqlParserUtil.ToTreeListItem(DoubleColonCastOperator.INSTANCE, castPos));
            list.add(dataType);
        }
    )
}

/**
 * Parses {@code INTERVAL 'text'} with or without a qualifier. With one
 * ({@code INTERVAL '5' MINUTE}) it is Calcite's standard literal; without one
 * ({@code INTERVAL '1 hour 30 minutes'}) the text is read the way PostgreSQL reads it.
 */
SqlNode PostgresIntervalLiteral() :
{
    final Span s;
    final String text;
    final SqlIntervalQualifier qualifier;
}
{
    <INTERVAL_STRING> {
        s = span();
        text = SqlParserUtil.parseString(
            token.image.substring(token.image.indexOf('\'')));
    }
    (
        LOOKAHEAD(1)
        qualifier = IntervalQualifier() {
            return SqlParserUtil.parseIntervalLiteral(s.end(qualifier), 1, text,
                qualifier);
        }
    |
        {
            return PostgresIntervalParser.parse(text, s.end(this));
        }
    )
}

/**
 * Parses an escape string, {@code E'...'}, whose backslash escapes ({@code \n},
 * {@code \'}, {@code \u0041}, ...) are replaced by the characters they stand for.
 */
SqlNode EscapeStringLiteral() :
{
}
{
    <ESCAPE_STRING> {
        try {
            return SqlLiteral.createCharString(SqlParserUtil.parseCString(token.image),
                getPos());
        } catch (SqlParserUtil.MalformedUnicodeEscape e) {
            throw SqlUtil.newContextException(getPos(),
                RESOURCE.unicodeEscapeMalformed(e.i));
        }
    }
}

/** Parses a dollar-quoted string, {@code $$text$$}, whose text has no escapes. */
SqlNode DollarQuotedStringLiteral() :
{
}
{
    <DOLLAR_QUOTED_STRING> {
        return SqlLiteral.createCharString(
            token.image.substring(2, token.image.length() - 2), getPos());
    }
}

/**
 * Parses {@code DISTINCT ON (k1, k2, ...)} and the select item after it. The
 * DISTINCT_ON token reaches Calcite's SELECT production as the start of the first
 * select item, so this returns a marker call wrapping that item;
 * FreshetSqlParser then moves the keys into a DistinctOnQuantifier in the SELECT's
 * keyword list.
 */
SqlNode DistinctOnPrefix() :
{
    final Span s;
    final List<SqlNode> keys = new ArrayList<SqlNode>();
    final Span keySpan;
    final SqlNode item;
}
{
    <DISTINCT_ON> { s = span(); keySpan = span(); }
    AddExpression(keys, ExprContext.ACCEPT_SUB_QUERY)
    ( <COMMA> AddExpression(keys, ExprContext.ACCEPT_SUB_QUERY) )*
    <RPAREN>
    item = SelectExpression() {
        return DistinctOnQuantifier.marker(s.end(this),
            new SqlNodeList(keys, keySpan.end(this)), item);
    }
}

/**
 * Consumes one word of any kind: an identifier, a quoted identifier or a keyword,
 * reserved or not. Used where PostgreSQL or RisingWave accept arbitrary words (option
 * keys such as {@code scan.startup.timestamp.millis}, FORMAT and ENCODE names, session
 * variable names and values such as {@code on}). Unquoted words are folded like
 * unquoted identifiers. It consumes without lookahead, so it only appears where no
 * choice depends on it.
 */
JAVACODE SqlIdentifier AnyWord()
{
    final Token t = getNextToken();
    final SqlParserPos pos =
        new SqlParserPos(t.beginLine, t.beginColumn, t.endLine, t.endColumn);
    if (t.kind == QUOTED_IDENTIFIER) {
        return new SqlIdentifier(
            SqlParserUtil.stripQuotes(t.image, DQ, DQ, DQDQ, quotedCasing),
            pos.withQuoting(true));
    }
    if (!GrammarError.isWord(t.image)) {
        throw GrammarError.syntaxError(pos, t.kind == EOF ? null : t.image);
    }
    return new SqlIdentifier(SqlParserUtil.toCase(t.image, unquotedCasing), pos);
}

/** Parses a dotted name of words, such as {@code properties.bootstrap.server}. */
SqlIdentifier DottedWords() :
{
    final List<String> names = new ArrayList<String>();
    final List<SqlParserPos> positions = new ArrayList<SqlParserPos>();
    SqlIdentifier word;
}
{
    word = AnyWord() { names.add(word.getSimple()); positions.add(word.getParserPosition()); }
    (
        <DOT> word = AnyWord() {
            names.add(word.getSimple());
            positions.add(word.getParserPosition());
        }
    )*
    {
        return new SqlIdentifier(names, null, SqlParserPos.sum(positions), positions);
    }
}

/** Parses a string, a signed number or a word: a value in WITH (...) or SET. */
SqlNode OptionValue() :
{
    final SqlNode value;
}
{
    (
        value = StringLiteral()
    |
        value = EscapeStringLiteral()
    |
        value = DollarQuotedStringLiteral()
    |
        value = NumericLiteral()
    |
        value = AnyWord()
    )
    { return value; }
}

/** Parses {@code (key = value, ...)}: connector options or FORMAT ... ENCODE options. */
SqlNodeList OptionList() :
{
    final Span s;
    final List<SqlNode> list = new ArrayList<SqlNode>();
}
{
    <LPAREN> { s = span(); }
    AddOption(list)
    ( <COMMA> AddOption(list) )*
    <RPAREN> {
        return new SqlNodeList(list, s.end(this));
    }
}

void AddOption(List<SqlNode> list) :
{
    final Span s;
    final String key;
    final SqlIdentifier name;
    final SqlNode value;
}
{
    (
        <QUOTED_STRING> { s = span(); key = SqlParserUtil.parseString(token.image); }
    |
        name = DottedWords() { s = Span.of(name); key = String.join(".", name.names); }
    )
    <EQ>
    value = OptionValue() {
        list.add(new SqlOption(s.end(this), key, value));
    }
}

/** Parses an optional IF NOT EXISTS. */
boolean IfNotExistsOpt() :
{
}
{
    LOOKAHEAD(2) <IF> <NOT> <EXISTS> { return true; }
|
    { return false; }
}

/** Parses an optional IF EXISTS. */
boolean IfExistsOpt() :
{
}
{
    LOOKAHEAD(2) <IF> <EXISTS> { return true; }
|
    { return false; }
}

/**
 * Parses PostgreSQL's {@code current_schema()}; Calcite only knows the niladic
 * CURRENT_SCHEMA, which this call becomes.
 */
SqlNode CurrentSchemaCall() :
{
    final Span s;
}
{
    <CURRENT_SCHEMA> { s = span(); } <LPAREN> <RPAREN> {
        return SqlStdOperatorTable.CURRENT_SCHEMA.createCall(s.end(this));
    }
}
