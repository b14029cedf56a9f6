package no.farvel.core.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeightTableTest {
    @Test
    void findsEveryFeaturePutThroughSeveralGrowthsAndNoOther() {
        WeightTable table = new WeightTable();
        int count = 200_000;
        for (int i = 0; i < count; i++) {
            String line = "w:stem" + i + "\t0.1\t0.2";
            table.put(line, 0, line.indexOf('\t'), i, -i);
        }
        assertThat(table.size()).isEqualTo(count);
        for (int i = 0; i < count; i += 997) {
            int slot = table.find("w:stem" + i);
            assertThat(slot).isNotNegative();
            assertThat(table.hostile(slot)).isEqualTo((float) i);
            assertThat(table.accusation(slot)).isEqualTo((float) -i);
        }
        assertThat(table.find("w:stem" + count)).isEqualTo(-1);
        assertThat(table.find("b:stem1 stem2")).isEqualTo(-1);
    }

    @Test
    void aNameIsHashedWhereItStandsAndAgainAsAString() {
        String line = "xxt:not even you\t1.0\t0.0";
        assertThat(WeightTable.hash(line, 2, line.indexOf('\t')))
                .isEqualTo(WeightTable.hash("t:not even you", 0, "t:not even you".length()));
        assertThat(WeightTable.hash("t:not even you", 0, 14)).isNotEqualTo(WeightTable.hash("t:not even yo", 0, 13));
    }

    @Test
    void puttingANameAgainReplacesItsWeights() {
        WeightTable table = new WeightTable();
        table.put("k:a b", 0, 5, 1f, 2f);
        table.put("k:a b", 0, 5, 3f, 4f);
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.hostile(table.find("k:a b"))).isEqualTo(3f);
    }
}
