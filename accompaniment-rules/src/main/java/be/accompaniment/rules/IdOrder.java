package be.accompaniment.rules;

import java.util.Arrays;

/**
 * The stable sort of a batch by household id, on primitive keys: each id is read once into a long that packs its first
 * characters after the prefix all ids share, the top bits of which are sorted together with the position in one
 * {@code long[]}; ids whose kept bits are equal are then ordered by their whole packs and strings. Not instantiable.
 */
final class IdOrder {
    private static final int SMALL_RUN = 32;

    private IdOrder() {}

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
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            packed[i] = pack(ids[i], prefix, latin1);
            sorted &= i == 0 || compare(i - 1, i, packed, ids) <= 0;
        }
        int[] order = new int[n];
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
