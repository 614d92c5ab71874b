package io.freshet.sql.parser.expr;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * How PostgreSQL's type names map onto Calcite's type specifications; the grammar's
 * PostgresTypeName production builds its results here.
 *
 * <ul>
 *   <li>{@code int2} SMALLINT, {@code int4}/{@code serial} INTEGER, {@code int8}/{@code
 *       bigserial} BIGINT (serials as {@link SerialTypeNameSpec});</li>
 *   <li>{@code float4} REAL; {@code float8}, {@code double precision} and {@code float}
 *       DOUBLE ({@code float(p)} REAL for p up to 24, as in PostgreSQL);</li>
 *   <li>{@code bool} BOOLEAN; {@code text} VARCHAR without a length; {@code bytea}
 *       VARBINARY;</li>
 *   <li>{@code timestamptz} and {@code timestamp with time zone}
 *       TIMESTAMP_WITH_LOCAL_TIME_ZONE: an absolute instant shown in the session's zone,
 *       which is what PostgreSQL's timestamptz is;</li>
 *   <li>{@code json} and {@code jsonb} the user-defined type name {@code jsonb}, and a
 *       bare {@code interval} the user-defined type name {@code interval}: the planner
 *       resolves both.</li>
 * </ul>
 */
public final class PostgresTypes {
  /** Name of the user-defined type that {@code json} and {@code jsonb} become. */
  public static final String JSONB = "jsonb";
  /** Name of the user-defined type that a bare {@code interval} type becomes. */
  public static final String INTERVAL = "interval";

  private PostgresTypes() {
  }

  /** A Calcite type without precision. */
  public static SqlTypeNameSpec basic(SqlTypeName typeName, SqlParserPos pos) {
    return new SqlBasicTypeNameSpec(typeName, RelDataType.PRECISION_NOT_SPECIFIED, pos);
  }

  /** PostgreSQL's {@code float(p)}: REAL for a precision of 1 to 24, otherwise DOUBLE. */
  public static SqlTypeNameSpec floatType(int precision, SqlParserPos pos) {
    return basic(precision >= 1 && precision <= 24 ? SqlTypeName.REAL : SqlTypeName.DOUBLE,
        pos);
  }

  /** The user-defined type name {@code jsonb}. */
  public static SqlTypeNameSpec jsonb(SqlParserPos pos) {
    return userDefined(JSONB, pos);
  }

  /** The user-defined type {@code interval}: PostgreSQL's interval type, unqualified. */
  public static SqlDataTypeSpec intervalType(SqlParserPos pos) {
    return new SqlDataTypeSpec(userDefined(INTERVAL, pos), pos);
  }

  /**
   * A user-defined type name. Its identifier counts as quoted, so that unparsing quotes
   * it where it is a keyword ({@code "interval"}) and reading it back gives the same name.
   */
  private static SqlTypeNameSpec userDefined(String name, SqlParserPos pos) {
    return new SqlUserDefinedTypeNameSpec(new SqlIdentifier(name, pos.withQuoting(true)), pos);
  }
}
