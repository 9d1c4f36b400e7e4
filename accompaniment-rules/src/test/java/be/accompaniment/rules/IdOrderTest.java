package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The sort of a batch by household id on crafted ids: the shapes random ids rarely take (wide characters right after
 * the shared prefix, ids longer than a pack, ids equal over a whole pack), each compared with a stable sort of the
 * strings.
 */
class IdOrderTest {
    private static int[] expected(String... ids) {
        return IntStream.range(0, ids.length)
                .boxed()
                .sorted(Comparator.comparing(i -> ids[i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The order of a batch whose ids are added one at a time, last position first, as threads may add them. */
    static int[] byHeads(String[] ids, boolean parallel) {
        IdOrder order = new IdOrder(ids.length);
        for (int i = ids.length - 1; i >= 0; i--) {
            order.add(i, ids[i]);
        }
        return order.permutation(parallel);
    }

    /** Whether the head of an id, added alone to a batch, is Latin-1. */
    static boolean latin1Head(String id) {
        IdOrder order = new IdOrder(1);
        order.add(0, id);
        return order.latin1Heads();
    }

    /** Sorts from the strings, and from the heads added one at a time as the advisor adds them. */
    private static void assertSortsLikeTheStrings(String... ids) {
        for (boolean parallel : new boolean[] {false, true}) {
            assertThat(IdOrder.permutation(ids, parallel))
                    .as("%s, parallel %s", Arrays.toString(ids), parallel)
                    .containsExactly(expected(ids));
            assertThat(byHeads(ids, parallel))
                    .as("%s by heads, parallel %s", Arrays.toString(ids), parallel)
                    .containsExactly(expected(ids));
        }
    }

    @Nested
    class Permutation {
        @Test
        void sortsIdsOfWideCharactersOnly() {
            // no Latin-1 character in any pack: sixteen bits a character, never eight
            assertSortsLikeTheStrings("\u0200", "\u0101\u0100");
            assertSortsLikeTheStrings("\u0200\u0300", "\u0200\u0101\u0100", "\u0101\u0100", "\u01ff");
        }

        @Test
        void sortsAWideCharacterRightAfterTheSharedPrefix() {
            assertSortsLikeTheStrings("h-\u0100b", "h-za", "h-\u0100a", "h-a\u0100", "h-");
        }

        @Test
        void sortsAWideCharacterBeyondThePackedCharacters() {
            assertSortsLikeTheStrings("h-00000000\u0100", "h-00000000z", "h-00000000\u00ff", "h-00000001");
        }

        @Test
        void sortsIdsThatArePrefixesOfEachOther() {
            assertSortsLikeTheStrings("h-12345", "h-1234", "h-123456789012", "h-12", "h-1", "h-");
        }

        @Test
        void sortsIdsEqualOverAWholePackByWhatFollows() {
            assertSortsLikeTheStrings("cpas-2026-00000000-c", "cpas-2026-00000000-a", "cpas-2026-00000000-b");
        }

        @Test
        void sortsIdsLongerThanFiveHundredCharactersByTheirFirstDifference() {
            String tail = "z".repeat(600);
            String other = "a".repeat(600);
            assertSortsLikeTheStrings("h-b" + other, "h-a" + tail, "h-c" + other, "h-a" + other);
        }

        @Test
        void keepsTheGivenOrderOfDuplicates() {
            String[] ids = {"h-2", "h-1", "h-2", "h-1", "h-2"};
            assertThat(IdOrder.permutation(ids, false)).containsExactly(1, 3, 0, 2, 4);
        }

        @Test
        void sortsRunsOfEqualPacksShorterAndLongerThanTheSmallRun() {
            // a run of equal kept bits takes the insertion sort up to 32 ids, a stable merge sort beyond
            for (int size : new int[] {2, 31, 32, 33, 100}) {
                // equal over the packed characters after the shared prefix "h-"
                String[] ids = new String[size + 1];
                ids[0] = "h-1";
                for (int i = 1; i <= size; i++) {
                    ids[i] = "h-00000000-" + (char) ('z' - i % 7) + (i % 3);
                }
                assertSortsLikeTheStrings(ids);
            }
        }

        @Test
        void leavesASingleIdTwoOrderedIdsAndASortedBatchAsTheyAre() {
            assertThat(IdOrder.permutation(new String[] {"h-9"}, false)).containsExactly(0);
            assertThat(IdOrder.permutation(new String[] {"h-1", "h-2"}, false)).containsExactly(0, 1);
            assertThat(IdOrder.permutation(new String[] {"h-2", "h-1"}, false)).containsExactly(1, 0);
            assertThat(IdOrder.permutation(new String[] {"a", "b", "b", "c\u0100"}, false))
                    .containsExactly(0, 1, 2, 3);
        }
    }

    @Nested
    class Heads {
        @Test
        void sortsIdsWhoseSharedPrefixEndsAnywhereInTheHeads() {
            // the pack then starts within the first, second or third long of the heads, or right at one's start
            for (int prefix : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 23, 24, 30}) {
                String shared = "x".repeat(prefix);
                assertSortsLikeTheStrings(
                        shared + "b",
                        shared + "a9",
                        shared + "a10",
                        shared,
                        shared + "a" + "z".repeat(30),
                        shared + "b");
            }
        }

        @Test
        void packsFromTheFirstDifferenceEvenWhenLaterCharactersAgree() {
            // the ids differ in their first eight characters, agree over the next eight and differ again, the other
            // way: a pack taken after the agreeing characters would order them backwards
            String zeros = "0".repeat(Long.BYTES - 1);
            assertSortsLikeTheStrings(
                    "a" + zeros + "0".repeat(Long.BYTES) + "z", "b" + zeros + "0".repeat(Long.BYTES) + "a");
        }

        @Test
        void findsTheSharedPrefixByTheCharactersThatDiffer() {
            // '@' and '0' have no bit in common, and the second characters have: only a difference shows the prefix
            assertSortsLikeTheStrings("@b", "0b", "1a");
        }

        @Test
        void sortsIdsEqualOverTheirHeadsByWhatFollows() {
            String head = "h-" + "0".repeat(IdOrder.HEAD_CHARACTERS);
            assertSortsLikeTheStrings(head + "c", "h-1", head + "a", head, head + "b");
        }

        @Test
        void tellsAWideCharacterInTheHeadAndNotOneBeyond() {
            String beyond = "h-" + "0".repeat(IdOrder.HEAD_CHARACTERS - 2) + "\u0100";
            assertThat(latin1Head(beyond)).isTrue();
            assertThat(latin1Head("h-\u0100")).isFalse();
            assertThat(latin1Head("h-\u00ff")).isTrue();
            assertSortsLikeTheStrings(beyond, "h-\u0100", "h-\u00ff", "h-" + "0".repeat(IdOrder.HEAD_CHARACTERS));
        }

        @Test
        void sortsNoIdAndOneId() {
            assertThat(new IdOrder(0).permutation(false)).isEmpty();
            IdOrder one = new IdOrder(1);
            one.add(0, "h-1");
            assertThat(one.latin1Heads()).isTrue();
            assertThat(one.permutation(true)).containsExactly(0);
        }
    }

    @Nested
    class Pack {
        @Test
        void packsEightLatin1CharactersOfEightBitsBigEndFirst() {
            assertThat(IdOrder.pack("h-abcdefghij", 2, true)).isEqualTo(0x6162636465666768L);
            assertThat(IdOrder.pack("h-\u00ff", 2, true)).isEqualTo(0xff00000000000000L);
        }

        @Test
        void packsFourCharactersOfSixteenBitsOtherwise() {
            assertThat(IdOrder.pack("h-\u0100bcde", 2, false)).isEqualTo(0x0100006200630064L);
            assertThat(IdOrder.pack("ab", 0, false)).isEqualTo(0x0061006200000000L);
        }

        @Test
        void countsMissingCharactersAsZero() {
            assertThat(IdOrder.pack("h-", 2, true)).isZero();
            assertThat(IdOrder.pack("h-a", 2, true)).isEqualTo(0x6100000000000000L);
        }
    }
}
