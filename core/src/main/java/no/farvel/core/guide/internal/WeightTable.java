package no.farvel.core.guide.internal;

/**
 * The two weights of every feature of a tone model, found by a 64-bit hash of the feature's name rather than by the
 * name itself: an open-addressing table of primitive arrays. With a quarter of a million features a language (stop 46,
 * three-word features in), a map of strings to float arrays held some 130 bytes a feature and the Norwegian models no
 * longer fitted beside a pack in a 96 MB heap; this table holds 16 bytes a slot at most half full. Two names share a
 * hash with a probability of about one in 10^8 for a whole model, and a name the model does not have finds a stranger's
 * weights with a probability of about one in 10^13 a look-up. Filled once by {@link ToneModel#read}, then only read,
 * so safe to share between threads once published.
 */
final class WeightTable {
    private static final long EMPTY = 0L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long[] keys;
    private float[] hostile;
    private float[] accusation;
    private int size;

    WeightTable() {
        allocate(1 << 16);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        hostile = new float[capacity];
        accusation = new float[capacity];
    }

    /** The hash of {@code text}'s characters {@code [from, to)}: FNV-1a over the chars, then a finalising mix. */
    static long hash(CharSequence text, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }

    /** Sets the weights of the feature named by {@code line}'s characters {@code [from, to)}. */
    void put(CharSequence line, int from, int to, float hostileWeight, float accusationWeight) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = hash(line, from, to);
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        hostile[slot] = hostileWeight;
        accusation[slot] = accusationWeight;
    }

    /** The slot of {@code feature}, or -1 when the model has no weight for it. */
    int find(String feature) {
        int slot = slot(hash(feature, 0, feature.length()));
        return keys[slot] == EMPTY ? -1 : slot;
    }

    float hostile(int slot) {
        return hostile[slot];
    }

    float accusation(int slot) {
        return accusation[slot];
    }

    int size() {
        return size;
    }

    /** The slot that holds {@code key}, or the empty one where it would go (linear probing). */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        float[] oldHostile = hostile;
        float[] oldAccusation = accusation;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                hostile[slot] = oldHostile[i];
                accusation[slot] = oldAccusation[i];
            }
        }
    }
}
