package be.accompaniment.rules;

import be.accompaniment.household.Consent;
import be.accompaniment.household.Household;
import be.accompaniment.household.Income;
import be.accompaniment.household.Member;
import be.accompaniment.situation.Situation;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * Reads a block of a batch's households before they are advised, so that their loads from memory overlap.
 *
 * <p>In a batch too large for the processor's caches, each household's first reads wait for memory: the case, then the
 * household, then its lists, then their elements, each read only once the one before it has arrived. Advised one
 * after the other, the households wait one after the other. Read level by level across a block instead — every case's
 * household, then every household's lists, then every list's elements — the reads of one level do not depend on one
 * another, and the processor has them in flight together. The advisor then finds the block's objects in its caches.
 *
 * <p>What is read is summed, and the sum kept, so that the compiler keeps the reads. One per thread (not thread-safe).
 */
final class ReadAhead {
    /** The households read ahead at a time: enough loads in flight, few enough objects to stay in the caches. */
    static final int BLOCK = 16;

    private final Household[] households = new Household[BLOCK];
    private long sum;

    /**
     * Reads the households of cases {@code from} (inclusive) to {@code to} (exclusive), at most {@link #BLOCK}: the
     * household, its id and commune, and every situation, member, consent and income.
     *
     * @return the sum of what was read: each list's size, the id's length and the commune's code, each situation's
     *     number of milestones, each member's year of birth, each consent's year, each income's monthly cents
     */
    long read(Case[] cases, int from, int to) {
        int n = to - from;
        Household[] h = households;
        long read = 0;
        for (int j = 0; j < n; j++) {
            h[j] = cases[from + j].household();
        }
        for (int j = 0; j < n; j++) {
            Household x = h[j];
            read += x.situations().size()
                    + x.members().size()
                    + x.consents().size()
                    + x.incomes().size();
            read += x.id().value().length() + x.commune().intValue();
        }
        for (int j = 0; j < n; j++) {
            Household x = h[j];
            ImmutableList<Situation> situations = x.situations();
            for (int k = 0; k < situations.size(); k++) {
                read += situations.get(k).milestones().size();
            }
            ImmutableList<Member> members = x.members();
            for (int k = 0; k < members.size(); k++) {
                read += members.get(k).birthYear();
            }
            ImmutableList<Consent> consents = x.consents();
            for (int k = 0; k < consents.size(); k++) {
                read += consents.get(k).givenOn().getYear();
            }
            ImmutableList<Income> incomes = x.incomes();
            for (int k = 0; k < incomes.size(); k++) {
                read += incomes.get(k).monthlyCents();
            }
        }
        // the households are not kept beyond the block
        Arrays.fill(h, 0, n, null);
        sum += read;
        return read;
    }
}
