package io.freshet.sql.parser.ddl;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseError;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.sql.parser.FreshetParseException;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class CreateTableParserTest {
  @Test void columnsConstraintsDefaultsAndWatermark() {
    final SqlCreateTable create = parse("CREATE TABLE IF NOT EXISTS orders (\n"
        + "  id BIGINT PRIMARY KEY,\n"
        + "  customer VARCHAR NOT NULL DEFAULT 'anonymous',\n"
        + "  amount NUMERIC(10, 2) NULL,\n"
        + "  tags TEXT[],\n"
        + "  ts TIMESTAMP(3),\n"
        + "  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND\n"
        + ")", SqlCreateTable.class);

    assertThat(create.getKind()).isEqualTo(SqlKind.CREATE_TABLE);
    assertThat(create.getName().toString()).isEqualTo("orders");
    assertThat(create.isIfNotExists()).isTrue();
    assertThat(create.isCreateTableAs()).isFalse();
    assertThat(create.getColumns()).extracting(SqlColumnDeclaration::getName)
        .containsExactly("id", "customer", "amount", "tags", "ts");
    assertThat(create.getPrimaryKey()).containsExactly("id");

    final SqlColumnDeclaration id = create.getColumns().get(0);
    assertThat(id.isPrimaryKey()).isTrue();
    assertThat(id.isNullable()).isFalse();
    final SqlColumnDeclaration customer = create.getColumns().get(1);
    assertThat(customer.isNullable()).isFalse();
    assertThat(customer.getDefaultValue().toString()).isEqualTo("'anonymous'");
    final SqlColumnDeclaration amount = create.getColumns().get(2);
    assertThat(amount.isNullable()).isTrue();
    final SqlBasicTypeNameSpec amountType =
        (SqlBasicTypeNameSpec) amount.getType().getTypeNameSpec();
    assertThat(amountType.getTypeName().getSimple()).isEqualTo("DECIMAL");
    assertThat(amountType.getPrecision()).isEqualTo(10);
    assertThat(amountType.getScale()).isEqualTo(2);
    assertThat(create.getColumns().get(3).getType().getTypeNameSpec())
        .isInstanceOf(SqlCollectionTypeNameSpec.class);

    assertThat(create.getWatermarks()).hasSize(1);
    final SqlWatermark watermark = create.getWatermarks().get(0);
    assertThat(watermark.getColumnName()).isEqualTo("ts");
    assertThat(watermark.getExpression().getKind()).isEqualTo(SqlKind.MINUS);

    assertThat(create.getOptions()).isEmpty();
    assertThat(create.getFormatEncode()).isNull();
    assertThat(roundTrip(create)).isEqualTo("CREATE TABLE IF NOT EXISTS orders ("
        + "id BIGINT PRIMARY KEY, customer VARCHAR NOT NULL DEFAULT 'anonymous', "
        + "amount DECIMAL(10, 2) NULL, tags VARCHAR ARRAY, ts TIMESTAMP(3), "
        + "WATERMARK FOR ts AS ts - INTERVAL '5' SECOND)");
  }

  @Test void tableLevelPrimaryKey() {
    final SqlCreateTable create =
        parse("create table t (a int, b int, primary key (a, b))", SqlCreateTable.class);
    assertThat(create.getPrimaryKey()).containsExactly("a", "b");
    assertThat(create.getColumns()).noneMatch(SqlColumnDeclaration::isPrimaryKey);
    assertThat(roundTrip(create))
        .isEqualTo("CREATE TABLE t (a INTEGER, b INTEGER, PRIMARY KEY (a, b))");
  }

  @Test void twoPrimaryKeysAreRejected() {
    final FreshetParseException e =
        parseError("create table t (a int primary key, b int, primary key (b))");
    assertThat(e.getMessage()).isEqualTo("multiple primary keys are not allowed");
    assertThat(e.sqlState()).isEqualTo(FreshetParseException.INVALID_TABLE_DEFINITION);
  }

  @Test void connectorIncludeAndFormat() {
    final SqlCreateTable create = parse("CREATE TABLE events (user_id INT, payload JSONB)\n"
        + "INCLUDE KEY AS msg_key\n"
        + "INCLUDE partition\n"
        + "INCLUDE offset AS msg_offset\n"
        + "INCLUDE timestamp AS msg_ts\n"
        + "INCLUDE header 'trace-id' bytea AS trace\n"
        + "WITH (\n"
        + "  connector = 'kafka',\n"
        + "  topic = 'events',\n"
        + "  properties.bootstrap.server = 'localhost:9092',\n"
        + "  scan.startup.mode = earliest,\n"
        + "  scan.startup.timestamp.millis = 1700000000000,\n"
        + "  'odd.Key' = -1.5\n"
        + ") FORMAT PLAIN ENCODE JSON (schema.registry = 'http://registry:8081')",
        SqlCreateTable.class);

    assertThat(create.getIncludes()).extracting(SqlIncludeColumn::getMetadataKind)
        .containsExactly("KEY", "PARTITION", "OFFSET", "TIMESTAMP", "HEADER");
    assertThat(create.getIncludes()).extracting(SqlIncludeColumn::getAlias)
        .containsExactly("msg_key", null, "msg_offset", "msg_ts", "trace");
    final SqlIncludeColumn header = create.getIncludes().get(4);
    assertThat(header.getHeaderName()).isEqualTo("trace-id");
    assertThat(header.getHeaderType().getTypeNameSpec().getTypeName().getSimple())
        .isEqualTo("VARBINARY");

    final Map<String, String> options = create.getOptionMap();
    assertThat(options).containsExactly(
        Map.entry("connector", "kafka"),
        Map.entry("topic", "events"),
        Map.entry("properties.bootstrap.server", "localhost:9092"),
        Map.entry("scan.startup.mode", "earliest"),
        Map.entry("scan.startup.timestamp.millis", "1700000000000"),
        Map.entry("odd.Key", "-1.5"));
    assertThat(create.getOption("topic")).contains("events");
    assertThat(create.getOption("missing")).isEmpty();

    final SqlFormatEncode format = create.getFormatEncode();
    assertThat(format.getFormat()).isEqualTo("PLAIN");
    assertThat(format.getEncode()).isEqualTo("JSON");
    assertThat(format.getOptionMap()).containsExactly(
        Map.entry("schema.registry", "http://registry:8081"));

    assertThat(roundTrip(create)).isEqualTo("CREATE TABLE events (user_id INTEGER, "
        + "payload \"jsonb\") INCLUDE KEY AS msg_key INCLUDE PARTITION "
        + "INCLUDE OFFSET AS msg_offset INCLUDE TIMESTAMP AS msg_ts "
        + "INCLUDE HEADER 'trace-id' VARBINARY AS trace WITH (connector = 'kafka', "
        + "topic = 'events', properties.bootstrap.server = 'localhost:9092', "
        + "scan.startup.mode = earliest, scan.startup.timestamp.millis = 1700000000000, "
        + "'odd.Key' = -1.5) FORMAT PLAIN ENCODE JSON "
        + "(schema.registry = 'http://registry:8081')");
  }

  @Test void withoutColumns() {
    final SqlCreateTable create = parse("CREATE TABLE t WITH (connector = 'datagen') "
        + "FORMAT PLAIN ENCODE JSON", SqlCreateTable.class);
    assertThat(create.getColumns()).isEmpty();
    assertThat(create.getOptionMap()).containsEntry("connector", "datagen");
    roundTrip(create);
  }

  @Test void asQuery() {
    final SqlCreateTable create =
        parse("CREATE TABLE s.copy AS SELECT a, b FROM t WHERE a > 1", SqlCreateTable.class);
    assertThat(create.isCreateTableAs()).isTrue();
    assertThat(create.getName().names).containsExactly("s", "copy");
    assertThat(create.getQuery()).isInstanceOf(SqlSelect.class);
    assertThat(create.getColumns()).isEmpty();
    assertThat(roundTrip(create))
        .isEqualTo("CREATE TABLE s.copy AS SELECT a, b FROM t WHERE a > 1");
  }

  @Test void serialColumns() {
    final SqlCreateTable create =
        parse("create table t (id serial primary key, big bigserial, n int4)",
            SqlCreateTable.class);
    final List<SqlColumnDeclaration> columns = create.getColumns();
    assertThat(columns.get(0).isSerial()).isTrue();
    assertThat(columns.get(0).getType().getTypeName().getSimple()).isEqualTo("INTEGER");
    assertThat(columns.get(1).isSerial()).isTrue();
    assertThat(columns.get(1).getType().getTypeName().getSimple()).isEqualTo("BIGINT");
    assertThat(columns.get(2).isSerial()).isFalse();
    assertThat(((SqlBasicTypeNameSpec) columns.get(2).getType().getTypeNameSpec())
        .getTypeName().getSimple()).isEqualTo(SqlTypeName.INTEGER.getName());
    assertThat(roundTrip(create))
        .isEqualTo("CREATE TABLE t (id SERIAL PRIMARY KEY, big BIGSERIAL, n INTEGER)");
  }

  @Test void orReplaceIsNotSupported() {
    final FreshetParseException e = parseError("create or replace table t (a int)");
    assertThat(e.sqlState()).isEqualTo(FreshetParseException.FEATURE_NOT_SUPPORTED);
    assertThat(e.getMessage()).isEqualTo("CREATE OR REPLACE TABLE is not supported");
  }

  @Test void columnNamedLikeKeywords() {
    final SqlCreateTable create = parse("create table t (name text, value int, key int, "
        + "source text, sink text, flush int, watermark int, \"offset\" int)",
        SqlCreateTable.class);
    assertThat(create.getColumns()).extracting(SqlColumnDeclaration::getName).containsExactly(
        "name", "value", "key", "source", "sink", "flush", "watermark", "offset");
    roundTrip(create);
  }

  @Test void quotedNamesKeepTheirCase() {
    final SqlCreateTable create = parse("CREATE TABLE \"MyTable\" (\"Col\" INT, \"select\" TEXT) "
        + "WITH (\"Key.Part\" = 1)", SqlCreateTable.class);
    assertThat(create.getName().getSimple()).isEqualTo("MyTable");
    assertThat(create.getColumns()).extracting(SqlColumnDeclaration::getName)
        .containsExactly("Col", "select");
    assertThat(create.getOptionMap()).containsOnlyKeys("Key.Part");
    assertThat(roundTrip(create)).isEqualTo("CREATE TABLE \"MyTable\" (\"Col\" INTEGER, "
        + "\"select\" VARCHAR) WITH ('Key.Part' = 1)");
  }
}
