package be.accompaniment.rules;

import java.util.Arrays;

/**
 * The stable sort of a batch by household id, on primitive keys: each id is read once into a long that packs its first
 * characters after the prefix all ids share, the top bits of which are sorted together with the position in one
 * {@code long[]}; ids whose kept bits are equal are then ordered by their whole packs and strings.
 *
 * <p>A batch's ids are read where they are at hand: {@link #add(int, String)} keeps the head of each id (its first
 * {@value #HEAD_CHARACTERS} characters) while the advisor has the household in cache, from any thread, each position
 * once; {@link #permutation(boolean)} then finds the shared prefix and the packs from the heads alone, without
 * reading the strings again unless two ids are equal over their packs. Ids that the heads cannot order (a character
 * beyond Latin-1 in a head, a shared prefix longer than {@value #MAX_HEAD_PREFIX} characters) are packed from the
 * strings, as {@link #permutation(String[], boolean)} does.
 */
final class IdOrder {
    private static final int SMALL_RUN = 32;
    /** The longs of a head, eight Latin-1 characters each. */
    private static final int HEAD_LONGS = 3;

    static final int HEAD_CHARACTERS = HEAD_LONGS * Long.BYTES;
    /** The longest shared prefix after which a pack is still within the heads. */
    static final int MAX_HEAD_PREFIX = HEAD_CHARACTERS - Long.BYTES;

    private final String[] ids;
    private final long[] heads;
    // whether some head is not Latin-1: only ever set to true, by any adding thread, and read after the join that
    // follows the adds, so a plain field is enough
    private boolean wideHeads;

    /**
     * A batch of {@code size} ids, to be added one position at a time.
     *
     * @param size the number of ids
     */
    IdOrder(int size) {
        this.ids = new String[size];
        this.heads = new long[size * HEAD_LONGS];
    }

    /**
     * Keeps the id at a position and its head. Positions are written once each; distinct positions may be written from
     * different threads, before a join that precedes {@link #permutation(boolean)}.
     *
     * @param position the id's position in the batch
     * @param id the id, not null
     */
    void add(int position, String id) {
        ids[position] = id;
        int length = Math.min(id.length(), HEAD_CHARACTERS);
        int at = position * HEAD_LONGS;
        int c = 0;
        char wide = 0;
        for (int w = 0; w < HEAD_LONGS; w++) {
            long word = 0;
            for (int end = (w + 1) * Long.BYTES; c < end; c++) {
                char ch = c < length ? id.charAt(c) : 0;
                wide |= ch & 0xFF00;
                word = (word << Byte.SIZE) | (ch & 0xFF);
            }
            heads[at + w] = word;
        }
        if (wide != 0) {
            wideHeads = true;
        }
    }

    /** Whether every head added so far is Latin-1, and so packed. */
    boolean latin1Heads() {
        return !wideHeads;
    }

    /**
     * The positions of the batch's ids in ascending order, equal ids in position order.
     *
     * @param parallel whether to sort on the common fork-join pool
     * @return a permutation of {@code 0 .. size - 1}
     */
    int[] permutation(boolean parallel) {
        int n = ids.length;
        int prefix = wideHeads ? Integer.MAX_VALUE : headPrefix();
        if (prefix > MAX_HEAD_PREFIX) {
            return permutation(ids, parallel);
        }
        int word = prefix / Long.BYTES;
        int shift = (prefix % Long.BYTES) * Byte.SIZE;
        long[] packed = new long[n];
        for (int i = 0, at = word; i < n; i++, at += HEAD_LONGS) {
            packed[i] = shift == 0 ? heads[at] : (heads[at] << shift) | (heads[at + 1] >>> (Long.SIZE - shift));
        }
        return order(packed, ids, parallel);
    }

    /** The characters every head shares from the first, as heads count them (missing characters as zero). */
    private int headPrefix() {
        int n = ids.length;
        if (n == 0) {
            return 0;
        }
        // per word, the bits in which some head differs from the first
        long[] differ = new long[HEAD_LONGS];
        for (int i = HEAD_LONGS; i < heads.length; i += HEAD_LONGS) {
            for (int w = 0; w < HEAD_LONGS; w++) {
                differ[w] |= heads[i + w] ^ heads[w];
            }
        }
        for (int w = 0; w < HEAD_LONGS; w++) {
            if (differ[w] != 0) {
                return w * Long.BYTES + Long.numberOfLeadingZeros(differ[w]) / Byte.SIZE;
            }
        }
        return HEAD_CHARACTERS;
    }

    /**
     * The positions of the ids in ascending order, equal ids in their given order.
     *
     * @param ids the ids, not null, no element null
     * @param parallel whether to sort on the common fork-join pool
     * @return a permutation of {@code 0 .. ids.length - 1}
     */
    static int[] permutation(String[] ids, boolean parallel) {
        int n = ids.length;
        // one pass over the ids before packing them: their common prefix, and whether they are all Latin-1 (a test of
        // whole ids, which holds wherever the packed window falls)
        int prefix = Integer.MAX_VALUE;
        boolean latin1 = true;
        for (int i = 0; i < n; i++) {
            prefix = i == 0 ? prefix : commonPrefix(ids[0], ids[i], prefix);
            latin1 = latin1 && isLatin1(ids[i]);
        }
        prefix = n == 0 ? 0 : Math.min(prefix, ids[0].length());
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = pack(ids[i], prefix, latin1);
        }
        return order(packed, ids, parallel);
    }

    /**
     * The stable order of ids by their packs, which compare like the ids wherever two differ, then by the ids.
     *
     * @param packed the packs, one per id
     * @param ids the ids
     * @param parallel whether to sort on the common fork-join pool
     */
    private static int[] order(long[] packed, String[] ids, boolean parallel) {
        int n = ids.length;
        int[] order = new int[n];
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = compare(i - 1, i, packed, ids) <= 0;
        }
        if (sorted) {
            Arrays.setAll(order, i -> i);
            return order;
        }
        int indexBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            // the kept bits, made signed-comparable, then the position
            keys[i] = (((packed[i] >>> indexBits) << indexBits) ^ Long.MIN_VALUE) | i;
        }
        if (parallel) {
            Arrays.parallelSort(keys);
        } else {
            Arrays.sort(keys);
        }
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & indexMask);
        }
        // runs of equal kept bits are in position order: order them by whole pack and id, stably
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || (keys[i] & ~indexMask) != (keys[from] & ~indexMask)) {
                if (i - from > 1) {
                    sortRun(order, from, i, packed, ids);
                }
                from = i;
            }
        }
        return order;
    }

    private static void sortRun(int[] order, int from, int to, long[] packed, String[] ids) {
        if (to - from <= SMALL_RUN) {
            for (int i = from + 1; i < to; i++) {
                int x = order[i];
                int j = i - 1;
                while (j >= from && compare(order[j], x, packed, ids) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
            return;
        }
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = order[i];
        }
        // a stable sort: equal ids keep their position order
        Arrays.sort(run, (a, b) -> compare(a, b, packed, ids));
        for (int i = from; i < to; i++) {
            order[i] = run[i - from];
        }
    }

    private static int compare(int a, int b, long[] packed, String[] ids) {
        int c = Long.compareUnsigned(packed[a], packed[b]);
        return c != 0 ? c : ids[a].compareTo(ids[b]);
    }

    private static int commonPrefix(String a, String b, int atMost) {
        int max = Math.min(atMost, Math.min(a.length(), b.length()));
        int i = 0;
        while (i < max && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters of {@code s} from {@code from} on, packed big-end first into an unsigned long: eight of eight bits
     * when they are all Latin-1, else four of sixteen; missing characters count as zero. Where two packs differ, they
     * compare like the strings.
     */
    static long pack(String s, int from, boolean latin1) {
        int width = latin1 ? Byte.SIZE : Character.SIZE;
        int length = s.length();
        long packed = 0;
        for (int i = 0; i < Long.SIZE / width; i++) {
            int at = from + i;
            packed = (packed << width) | (at < length ? s.charAt(at) : 0);
        }
        return packed;
    }
}
