package io.freshet.sql.parser.ddl;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseError;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlRowTypeNameSpec;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class CreateSourceParserTest {
  @Test void kafkaSourceWithStructuredTypes() {
    final SqlCreateSource create = parse("CREATE SOURCE IF NOT EXISTS clicks (\n"
        + "  user_id INT,\n"
        + "  address STRUCT<street VARCHAR, zip INT>,\n"
        + "  point ROW(x DOUBLE PRECISION, y DOUBLE PRECISION NOT NULL),\n"
        + "  tags VARCHAR[],\n"
        + "  scores INT[][],\n"
        + "  ts TIMESTAMPTZ,\n"
        + "  WATERMARK FOR ts AS ts - INTERVAL '10 seconds'\n"
        + ") INCLUDE key AS k\n"
        + "WITH (connector = 'kafka', topic = 'clicks', "
        + "properties.bootstrap.server = 'kafka:9092')\n"
        + "FORMAT PLAIN ENCODE JSON", SqlCreateSource.class);

    assertThat(create.getKind()).isEqualTo(SqlKind.OTHER_DDL);
    assertThat(create.isIfNotExists()).isTrue();
    assertThat(create.getName().getSimple()).isEqualTo("clicks");
    assertThat(create.getColumns()).extracting(SqlColumnDeclaration::getName)
        .containsExactly("user_id", "address", "point", "tags", "scores", "ts");

    final SqlRowTypeNameSpec address =
        (SqlRowTypeNameSpec) create.getColumns().get(1).getType().getTypeNameSpec();
    assertThat(address.getFieldNames()).extracting(id -> id.getSimple())
        .containsExactly("street", "zip");
    assertThat(address.getFieldTypes()).allMatch(t -> Boolean.TRUE.equals(t.getNullable()));
    final SqlRowTypeNameSpec point =
        (SqlRowTypeNameSpec) create.getColumns().get(2).getType().getTypeNameSpec();
    assertThat(point.getFieldTypes().get(1).getNullable()).isFalse();

    final SqlCollectionTypeNameSpec scores =
        (SqlCollectionTypeNameSpec) create.getColumns().get(4).getType().getTypeNameSpec();
    assertThat(scores.getElementTypeName()).isInstanceOf(SqlCollectionTypeNameSpec.class);

    assertThat(create.getColumns().get(5).getType().getTypeName().getSimple())
        .isEqualTo(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE.getName());
    assertThat(create.getWatermarks().get(0).getColumnName()).isEqualTo("ts");
    assertThat(create.getIncludes().get(0).getMetadataKind()).isEqualTo("KEY");
    assertThat(create.getOptionMap()).containsEntry("properties.bootstrap.server",
        "kafka:9092");
    assertThat(create.getFormatEncode().getEncode()).isEqualTo("JSON");

    assertThat(roundTrip(create)).isEqualTo("CREATE SOURCE IF NOT EXISTS clicks ("
        + "user_id INTEGER, address ROW(street VARCHAR, zip INTEGER), "
        + "point ROW(x DOUBLE, y DOUBLE NOT NULL), tags VARCHAR ARRAY, "
        + "scores INTEGER ARRAY ARRAY, ts TIMESTAMP WITH LOCAL TIME ZONE, "
        + "WATERMARK FOR ts AS ts - INTERVAL '10' SECOND) INCLUDE KEY AS k "
        + "WITH (connector = 'kafka', topic = 'clicks', "
        + "properties.bootstrap.server = 'kafka:9092') FORMAT PLAIN ENCODE JSON");
  }

  @Test void withoutColumnsOrFormat() {
    final SqlCreateSource create =
        parse("create source gen with (connector = 'datagen', rows.per.second = 1000)",
            SqlCreateSource.class);
    assertThat(create.getColumns()).isEmpty();
    assertThat(create.getFormatEncode()).isNull();
    assertThat(create.getOptions()).extracting(SqlOption::getKey)
        .containsExactly("connector", "rows.per.second");
    assertThat(create.getOptions().get(1).getValueText()).isEqualTo("1000");
    roundTrip(create);
  }

  @Test void upsertFormatAndPrimaryKey() {
    final SqlCreateSource create = parse("CREATE SOURCE s (k INT, v TEXT, PRIMARY KEY (k)) "
        + "WITH (connector = 'kafka') FORMAT UPSERT ENCODE AVRO "
        + "(schema.registry = 'http://r', message = 'v')", SqlCreateSource.class);
    assertThat(create.getPrimaryKey()).containsExactly("k");
    assertThat(create.getFormatEncode().getFormat()).isEqualTo("UPSERT");
    assertThat(create.getFormatEncode().getEncode()).isEqualTo("AVRO");
    assertThat(create.getFormatEncode().getOptions()).hasSize(2);
    roundTrip(create);
  }

  @Test void withIsRequired() {
    assertThat(parseError("create source s (a int)").getMessage())
        .isEqualTo("syntax error at end of input");
  }
}
