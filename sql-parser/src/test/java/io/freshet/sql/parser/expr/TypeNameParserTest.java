package io.freshet.sql.parser.expr;

import static io.freshet.sql.parser.ParserAssertions.parseExpression;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TypeNameParserTest {
  /** The type of {@code CAST(x AS <type>)}. */
  private static SqlTypeNameSpec typeOf(String type) {
    final SqlCall cast = (SqlCall) parseExpression("CAST(x AS " + type + ")");
    return ((SqlDataTypeSpec) cast.operand(1)).getTypeNameSpec();
  }

  @ParameterizedTest
  @CsvSource({
      "int2,                        SMALLINT",
      "smallint,                    SMALLINT",
      "int4,                        INTEGER",
      "integer,                     INTEGER",
      "int,                         INTEGER",
      "serial,                      INTEGER",
      "int8,                        BIGINT",
      "bigint,                      BIGINT",
      "bigserial,                   BIGINT",
      "float4,                      REAL",
      "real,                        REAL",
      "float(24),                   REAL",
      "float8,                      DOUBLE",
      "double precision,            DOUBLE",
      "float,                       DOUBLE",
      "float(53),                   DOUBLE",
      "bool,                        BOOLEAN",
      "boolean,                     BOOLEAN",
      "text,                        VARCHAR",
      "varchar,                     VARCHAR",
      "character varying,           VARCHAR",
      "bytea,                       VARBINARY",
      "date,                        DATE",
      "time,                        TIME",
      "time without time zone,      TIME",
      "timestamp,                   TIMESTAMP",
      "timestamp without time zone, TIMESTAMP",
      "timestamptz,                 TIMESTAMP_WITH_LOCAL_TIME_ZONE",
      "timestamp with time zone,    TIMESTAMP_WITH_LOCAL_TIME_ZONE",
      "timestamp with local time zone, TIMESTAMP_WITH_LOCAL_TIME_ZONE",
      "numeric,                     DECIMAL",
      "decimal,                     DECIMAL",
  })
  void basicTypes(String type, SqlTypeName expected) {
    final SqlBasicTypeNameSpec spec = (SqlBasicTypeNameSpec) typeOf(type);
    assertThat(spec.getTypeName().getSimple()).isEqualTo(expected.getName());
  }

  @Test void unlimitedTextAndNumeric() {
    assertThat(((SqlBasicTypeNameSpec) typeOf("text")).getPrecision())
        .isEqualTo(RelDataType.PRECISION_NOT_SPECIFIED);
    assertThat(((SqlBasicTypeNameSpec) typeOf("varchar")).getPrecision())
        .isEqualTo(RelDataType.PRECISION_NOT_SPECIFIED);
    assertThat(((SqlBasicTypeNameSpec) typeOf("numeric")).getPrecision())
        .isEqualTo(RelDataType.PRECISION_NOT_SPECIFIED);
    assertThat(((SqlBasicTypeNameSpec) typeOf("bytea")).getPrecision())
        .isEqualTo(RelDataType.PRECISION_NOT_SPECIFIED);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "varchar(20)            | 20 | -1",
      "character varying(30)  | 30 | -1",
      "char(3)                |  3 | -1",
      "numeric(10)            | 10 | -1",
      "numeric(10, 2)         | 10 |  2",
      "decimal(5,1)           |  5 |  1",
      "timestamp(3)           |  3 | -1",
      "timestamptz(6)         |  6 | -1",
  })
  void precisionAndScale(String type, int precision, int scale) {
    final SqlBasicTypeNameSpec spec = (SqlBasicTypeNameSpec) typeOf(type);
    assertThat(spec.getPrecision()).isEqualTo(precision);
    if (scale >= 0) {
      assertThat(spec.getScale()).isEqualTo(scale);
    }
  }

  @Test void serialIsRemembered() {
    assertThat(typeOf("serial")).isInstanceOf(SerialTypeNameSpec.class);
    assertThat(((SerialTypeNameSpec) typeOf("bigserial")).isBig()).isTrue();
    assertThat(((SerialTypeNameSpec) typeOf("serial")).isBig()).isFalse();
  }

  @Test void jsonTypesAreTheUserDefinedTypeJsonb() {
    for (String type : new String[] {"jsonb", "json", "JSONB"}) {
      final SqlTypeNameSpec spec = typeOf(type);
      assertThat(spec).isInstanceOf(SqlUserDefinedTypeNameSpec.class);
      assertThat(spec.getTypeName().getSimple()).isEqualTo(PostgresTypes.JSONB);
    }
  }

  @Test void arrays() {
    final SqlCollectionTypeNameSpec ints = (SqlCollectionTypeNameSpec) typeOf("int[]");
    assertThat(ints.getElementTypeName().getTypeName().getSimple()).isEqualTo("INTEGER");
    final SqlCollectionTypeNameSpec texts = (SqlCollectionTypeNameSpec) typeOf("text[3]");
    assertThat(texts.getElementTypeName().getTypeName().getSimple()).isEqualTo("VARCHAR");
    final SqlCollectionTypeNameSpec nested = (SqlCollectionTypeNameSpec) typeOf("int8[][]");
    assertThat(nested.getElementTypeName()).isInstanceOf(SqlCollectionTypeNameSpec.class);
    assertThat(typeOf("varchar(10)[]")).isInstanceOf(SqlCollectionTypeNameSpec.class);
    assertThat(typeOf("integer array")).isInstanceOf(SqlCollectionTypeNameSpec.class);
    assertThat(typeOf("jsonb[]")).isInstanceOf(SqlCollectionTypeNameSpec.class);
  }

  @Test void otherNamesAreUserDefinedTypes() {
    final SqlTypeNameSpec spec = typeOf("regclass");
    assertThat(spec).isInstanceOf(SqlUserDefinedTypeNameSpec.class);
    assertThat(spec.getTypeName().getSimple()).isEqualTo("regclass");
    assertThat(typeOf("pg_catalog.oid").getTypeName().names).containsExactly("pg_catalog", "oid");
  }
}
