<#--
  Freshet's tokens. They are declared before Calcite's own (this file is included ahead of
  the token section of Parser.jj), so when two tokens match the same text JavaCC picks
  these. That matters for `$1` and `$$...$$`: Calcite counts `$` as a letter, so both
  would otherwise be read as identifiers.
-->

<DEFAULT, DQID, BTID> TOKEN :
{
    // PostgreSQL's positional parameter. It is handed to the parser as a HOOK (`?`) so
    // that every place Calcite accepts `?` (expressions, LIMIT, OFFSET, FETCH) accepts
    // `$n` too; FreshetSqlParser then gives each one the index n - 1.
    < DOLLAR_PARAMETER: "$" (["0"-"9"])+ > { matchedToken.kind = HOOK; }
|
    // PostgreSQL's dollar-quoted string without a tag: $$it's "raw" text$$.
    < DOLLAR_QUOTED_STRING: "$$" ( ~["$"] | ("$" ~["$"]) )* "$$" >
|
    // INTERVAL immediately followed by a string: the start of PostgreSQL's
    // INTERVAL '1 hour' or of the standard INTERVAL '1' HOUR. One token, so that
    // PostgresIntervalLiteral (a literal method) can see it before Calcite's
    // INTERVAL productions, which require a qualifier.
    < INTERVAL_STRING: "INTERVAL" ( [" ", "\t", "\n", "\r", "\f"] )+
        "'" ( (~["'"]) | ("''") )* "'" >
|
    // SELECT DISTINCT ON (...): one token, because Calcite's SELECT production has no
    // hook after DISTINCT. The opening parenthesis is part of the token, so
    // "DISTINCT one" still reads as DISTINCT followed by a column.
    < DISTINCT_ON: "DISTINCT" ( [" ", "\t", "\n", "\r", "\f"] )+ "ON"
        ( [" ", "\t", "\n", "\r", "\f"] )* "(" >
|
    // PostgreSQL's escape string E'...'. Calcite has the same token (as
    // C_STYLE_ESCAPED_STRING_LITERAL) but gives the literal a UTF-16 character set; this
    // one becomes a plain character literal, like any other string.
    < ESCAPE_STRING: ["e", "E"] "'" ( (~["'", "\\"]) | ("\\" ~[]) | "''" )* "'" >
|
    // Operators of includePosixOperators: ~, ~*, !~, !~*.
    < NEGATE: "!" >
|
    < TILDE: "~" >
}
