package io.freshet.server.pgwire.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import io.freshet.executor.type.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgTypeTest {

    @Test
    void everyDataType_hasPostgresOid() {
        assertThat(PgType.oidOf(DataType.BOOLEAN)).isEqualTo(16);
        assertThat(PgType.oidOf(DataType.BYTEA)).isEqualTo(17);
        assertThat(PgType.oidOf(DataType.BIGINT)).isEqualTo(20);
        assertThat(PgType.oidOf(DataType.SMALLINT)).isEqualTo(21);
        assertThat(PgType.oidOf(DataType.INTEGER)).isEqualTo(23);
        assertThat(PgType.oidOf(DataType.TEXT)).isEqualTo(25);
        assertThat(PgType.oidOf(DataType.REAL)).isEqualTo(700);
        assertThat(PgType.oidOf(DataType.DOUBLE)).isEqualTo(701);
        assertThat(PgType.oidOf(DataType.NULL)).isEqualTo(705);
        assertThat(PgType.oidOf(DataType.varchar(20))).isEqualTo(1043);
        assertThat(PgType.oidOf(DataType.DATE)).isEqualTo(1082);
        assertThat(PgType.oidOf(DataType.TIME)).isEqualTo(1083);
        assertThat(PgType.oidOf(DataType.TIMESTAMP)).isEqualTo(1114);
        assertThat(PgType.oidOf(DataType.TIMESTAMPTZ)).isEqualTo(1184);
        assertThat(PgType.oidOf(DataType.INTERVAL)).isEqualTo(1186);
        assertThat(PgType.oidOf(DataType.numeric(10, 2))).isEqualTo(1700);
        assertThat(PgType.oidOf(DataType.JSONB)).isEqualTo(3802);
        assertThat(PgType.oidOf(DataType.struct(List.of(new Field("a", DataType.INTEGER))))).isEqualTo(2249);
    }

    @Test
    void arrays_haveTheArrayTypeOfTheirInnermostElement() {
        assertThat(PgType.oidOf(DataType.array(DataType.BOOLEAN))).isEqualTo(1000);
        assertThat(PgType.oidOf(DataType.array(DataType.SMALLINT))).isEqualTo(1005);
        assertThat(PgType.oidOf(DataType.array(DataType.INTEGER))).isEqualTo(1007);
        assertThat(PgType.oidOf(DataType.array(DataType.TEXT))).isEqualTo(1009);
        assertThat(PgType.oidOf(DataType.array(DataType.varchar(3)))).isEqualTo(1015);
        assertThat(PgType.oidOf(DataType.array(DataType.BIGINT))).isEqualTo(1016);
        assertThat(PgType.oidOf(DataType.array(DataType.REAL))).isEqualTo(1021);
        assertThat(PgType.oidOf(DataType.array(DataType.DOUBLE))).isEqualTo(1022);
        assertThat(PgType.oidOf(DataType.array(DataType.TIMESTAMP))).isEqualTo(1115);
        assertThat(PgType.oidOf(DataType.array(DataType.DATE))).isEqualTo(1182);
        assertThat(PgType.oidOf(DataType.array(DataType.TIMESTAMPTZ))).isEqualTo(1185);
        assertThat(PgType.oidOf(DataType.array(DataType.NUMERIC))).isEqualTo(1231);
        assertThat(PgType.oidOf(DataType.array(DataType.JSONB))).isEqualTo(3807);
        assertThat(PgType.oidOf(DataType.array(DataType.array(DataType.INTEGER)))).isEqualTo(1007);
        assertThat(PgType.oidOf(DataType.array(DataType.struct(List.of(new Field("a", DataType.INTEGER)))))).isEqualTo(2287);
    }

    @Test
    void typmod_encodesLengthPrecisionAndScaleAsPostgresDoes() {
        assertThat(PgType.typmodOf(DataType.varchar(20))).isEqualTo(24);
        assertThat(PgType.typmodOf(DataType.numeric(10, 2))).isEqualTo((10 << 16 | 2) + 4);
        assertThat(PgType.typmodOf(DataType.withFractionalDigits(TypeKind.TIMESTAMP, 3))).isEqualTo(3);
        assertThat(PgType.typmodOf(DataType.withFractionalDigits(TypeKind.TIMESTAMPTZ, 0))).isEqualTo(0);
        assertThat(PgType.typmodOf(DataType.array(DataType.varchar(5)))).isEqualTo(9);
        assertThat(PgType.typmodOf(DataType.TEXT)).isEqualTo(-1);
        assertThat(PgType.typmodOf(DataType.NUMERIC)).isEqualTo(-1);
        assertThat(PgType.typmodOf(DataType.INTERVAL)).isEqualTo(-1);
    }

    @Test
    void typlen_isFixedSizeOrMinusOne() {
        assertThat(PgType.typlenOf(DataType.BOOLEAN)).isEqualTo(1);
        assertThat(PgType.typlenOf(DataType.SMALLINT)).isEqualTo(2);
        assertThat(PgType.typlenOf(DataType.INTEGER)).isEqualTo(4);
        assertThat(PgType.typlenOf(DataType.BIGINT)).isEqualTo(8);
        assertThat(PgType.typlenOf(DataType.INTERVAL)).isEqualTo(16);
        assertThat(PgType.typlenOf(DataType.TEXT)).isEqualTo(-1);
        assertThat(PgType.typlenOf(DataType.NULL)).isEqualTo(-2);
        assertThat(PgType.typlenOf(DataType.array(DataType.INTEGER))).isEqualTo(-1);
    }

    @Test
    void parameterOids_mapBackToDataTypes() {
        assertThat(PgType.dataTypeOf(0)).isNull();
        assertThat(PgType.dataTypeOf(705)).isNull();
        assertThat(PgType.dataTypeOf(23)).isEqualTo(DataType.INTEGER);
        assertThat(PgType.dataTypeOf(1043)).isEqualTo(DataType.TEXT);
        assertThat(PgType.dataTypeOf(1184)).isEqualTo(DataType.TIMESTAMPTZ);
        assertThat(PgType.dataTypeOf(1007)).isEqualTo(DataType.array(DataType.INTEGER));
        assertThat(PgType.dataTypeOf(3807)).isEqualTo(DataType.array(DataType.JSONB));
        assertThatThrownBy(() -> PgType.dataTypeOf(2950)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PgType.dataTypeOf(2249)).isInstanceOf(IllegalArgumentException.class);
    }
}
