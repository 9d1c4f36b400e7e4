package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The sort of a batch by household id: the same order as a stable sort on the strings, whatever the ids look like. */
class IdOrderProperties {
    /** Few characters, so that ids share prefixes and repeat; Latin-1, beyond, NUL, and a shared head sometimes. */
    private static final char[] ALPHABET = {'\0', '-', '0', '1', '9', 'a', 'z', 'é', 'ÿ', 'Ā', 'Ω', '\uFFFF'};

    private static Gen<String> ids(String head) {
        Gen<Integer> lengths = Generate.range(0, 14);
        Gen<Integer> chars = Generate.range(0, ALPHABET.length - 1);
        return rs -> {
            StringBuilder b = new StringBuilder(head);
            for (int i = lengths.generate(rs); i > 0; i--) {
                b.append(ALPHABET[chars.generate(rs)]);
            }
            return b.toString();
        };
    }

    private static Gen<String[]> batches() {
        Gen<Integer> sizes = Generate.range(0, 300);
        return Generate.pick(List.of("", "h-", "cpas-liège-dossier-2026-", "Ω")).flatMap(head -> rs -> {
            Gen<String> ids = ids(head);
            String[] out = new String[sizes.generate(rs)];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.generate(rs);
            }
            return out;
        });
    }

    /**
     * Batches of the shapes random ids rarely take: ids of wide characters only (packed sixteen bits a character),
     * ids longer than the packs, ids that agree over a whole pack after their shared prefix, in runs longer than the
     * insertion sort takes.
     */
    private static Gen<String[]> hardBatches() {
        Gen<Integer> sizes = Generate.range(2, 120);
        Gen<Integer> wide = Generate.range(0x100, 0x103);
        Gen<Integer> narrow = Generate.range('a', 'c');
        Gen<Integer> lengths = Generate.range(0, 6);
        Gen<Integer> shapes = Generate.range(0, 2);
        return rs -> {
            int shape = shapes.generate(rs);
            String[] out = new String[sizes.generate(rs)];
            for (int i = 0; i < out.length; i++) {
                StringBuilder b = new StringBuilder();
                switch (shape) {
                    case 0 -> {
                        for (int n = lengths.generate(rs) + 1; n > 0; n--) {
                            b.append((char) wide.generate(rs).intValue());
                        }
                    }
                    case 1 -> {
                        b.append("h-").append((char) narrow.generate(rs).intValue());
                        b.append(String.valueOf((char) narrow.generate(rs).intValue())
                                .repeat(520));
                        b.append((char) narrow.generate(rs).intValue());
                    }
                    default -> {
                        b.append(i == 0 ? "h-1" : "h-00000000-");
                        for (int n = lengths.generate(rs); n > 0; n--) {
                            b.append((char)
                                    (i % 3 == 0 ? wide : narrow).generate(rs).intValue());
                        }
                    }
                }
                out[i] = b.toString();
            }
            return out;
        };
    }

    private static int[] expected(String[] ids) {
        return IntStream.range(0, ids.length)
                .boxed()
                .sorted(Comparator.comparing(i -> ids[i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Sorts from the strings, and from the heads added one at a time as the advisor adds them. */
    private static void assertSortsLikeTheStrings(String[] ids, boolean parallel) {
        assertThat(IdOrder.permutation(ids, parallel))
                .as("%s", Arrays.toString(ids))
                .containsExactly(expected(ids));
        assertThat(IdOrderTest.byHeads(ids, parallel))
                .as("%s by heads", Arrays.toString(ids))
                .containsExactly(expected(ids));
    }

    @Test
    void sortsLikeAStableSortOfTheStrings() {
        qt().withExamples(400)
                .forAll(batches(), Generate.booleans())
                .checkAssert(IdOrderProperties::assertSortsLikeTheStrings);
    }

    @Test
    void sortsTheHardShapesLikeAStableSortOfTheStrings() {
        qt().withExamples(200)
                .forAll(hardBatches(), Generate.booleans())
                .checkAssert(IdOrderProperties::assertSortsLikeTheStrings);
    }

    /**
     * Batches of ids longer than the packs, sharing a prefix of any length up to beyond the heads, whose characters
     * after the first difference run against it: a pack taken from the wrong characters orders them wrongly.
     */
    private static Gen<String[]> longBatches() {
        Gen<Integer> sizes = Generate.range(2, 60);
        Gen<Integer> prefixes = Generate.range(0, IdOrder.HEAD_CHARACTERS + 2);
        Gen<Integer> lengths = Generate.range(1, 30);
        Gen<Integer> chars = Generate.range(0, 3);
        char[] alphabet = {'0', '9', 'a', 'z'};
        return rs -> {
            String shared = "x".repeat(prefixes.generate(rs));
            String[] out = new String[sizes.generate(rs)];
            for (int i = 0; i < out.length; i++) {
                StringBuilder b = new StringBuilder(shared);
                for (int n = lengths.generate(rs); n > 0; n--) {
                    b.append(alphabet[chars.generate(rs)]);
                }
                out[i] = b.toString();
            }
            return out;
        };
    }

    @Test
    void sortsLongIdsLikeAStableSortOfTheStrings() {
        qt().withExamples(400)
                .forAll(longBatches(), Generate.booleans())
                .checkAssert(IdOrderProperties::assertSortsLikeTheStrings);
    }

    @Test
    void aHeadIsLatin1WhenItsFirstCharactersAre() {
        qt().withExamples(1000)
                .forAll(ids(""))
                .checkAssert(id -> assertThat(IdOrderTest.latin1Head(id))
                        .as(id)
                        .isEqualTo(isLatin1(id.substring(0, Math.min(id.length(), IdOrder.HEAD_CHARACTERS)))));
    }

    @Test
    void keepsTheGivenOrderOfEqualIdsInLongRuns() {
        // more equal ids than the insertion sort of short runs takes, in two interleaved groups
        String[] ids = new String[200];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i % 2 == 0 ? "h-0000000000-b" : "h-0000000000-a";
        }
        int[] order = IdOrder.permutation(ids, false);
        assertThat(order).containsExactly(expected(ids));
        assertThat(order[0]).isEqualTo(1);
        assertThat(order[100]).isEqualTo(0);
    }

    @Test
    void anOrderedBatchIsLeftAsItIs() {
        String[] ids = {"h-1", "h-1", "h-10", "h-2", "h-2"};
        assertThat(IdOrder.permutation(ids, false)).containsExactly(0, 1, 2, 3, 4);
        assertThat(IdOrder.permutation(new String[0], true)).isEmpty();
        assertThat(IdOrder.permutation(new String[] {"only"}, false)).containsExactly(0);
    }

    @Test
    void packsCompareLikeTheStringsWhereTheyDiffer() {
        qt().withExamples(2000).forAll(ids(""), ids(""), Generate.booleans()).checkAssert((a, b, wide) -> {
            // eight bits a character only where both are Latin-1, as the sort does
            boolean latin1 = !wide && isLatin1(a) && isLatin1(b);
            int packs = Long.compareUnsigned(IdOrder.pack(a, 0, latin1), IdOrder.pack(b, 0, latin1));
            if (packs != 0) {
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(packs);
            }
        });
    }

    private static boolean isLatin1(String s) {
        return s.chars().allMatch(c -> c <= 0xFF);
    }
}
