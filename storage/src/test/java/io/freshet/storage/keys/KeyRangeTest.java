package io.freshet.storage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Prefix ends and range membership. */
class KeyRangeTest {

    @Test
    void prefixEndIncrementsTheLastByteThatCanBeIncremented() {
        assertThat(KeyRange.prefixEnd(new byte[] {1, 2})).containsExactly(1, 3);
        assertThat(KeyRange.prefixEnd(new byte[] {1, (byte) 0xFF, (byte) 0xFF})).containsExactly(2);
        assertThat(KeyRange.prefixEnd(new byte[] {(byte) 0x7F})).containsExactly(0x80);
        assertThat(KeyRange.prefixEnd(new byte[] {(byte) 0xFF, (byte) 0xFF})).isNull();
        assertThat(KeyRange.prefixEnd(new byte[0])).isNull();
    }

    @Test
    void prefixRangeHoldsExactlyTheKeysWithThePrefix() {
        KeyRange range = KeyRange.withPrefix(new byte[] {1, (byte) 0xFF});
        assertThat(range.contains(new byte[] {1, (byte) 0xFF})).isTrue();
        assertThat(range.contains(new byte[] {1, (byte) 0xFF, (byte) 0xFF, 3})).isTrue();
        assertThat(range.contains(new byte[] {2})).isFalse();
        assertThat(range.contains(new byte[] {1, (byte) 0xFE, 9})).isFalse();
        assertThat(KeyRange.withPrefix(new byte[] {(byte) 0xFF}).toExclusive()).isNull();
        assertThat(KeyRange.withPrefix(new byte[0])).isEqualTo(KeyRange.all());
        assertThat(KeyRange.of(new byte[] {2}, new byte[] {1}).isEmpty()).isTrue();
        assertThat(KeyRange.all().contains(new byte[0])).isTrue();
    }
}
