package be.accompaniment.law;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/** Generators of law values for property tests. */
public final class LawGenerators {
    private LawGenerators() {}

    /** Days from 1990 to about 2060. */
    public static Gen<LocalDate> dates() {
        return integers().between(0, 25_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    /** References with and without article, address and verification. */
    public static Gen<LegalReference> references() {
        Gen<String> words = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
        return words.zip(words, booleans().all(), booleans().all(), (title, article, withArticle, verified) -> {
            LegalReference.Builder b =
                    LegalReference.builder().title("Loi " + title).verified(verified);
            if (withArticle) {
                b.article("art. " + article).url("https://example.org/" + article);
            }
            return b.build();
        });
    }

    /** Open or closed periods. */
    public static Gen<Period> periods() {
        return dates().zip(
                        integers().between(-1, 4000),
                        (from, length) -> length < 0 ? Period.from(from) : Period.of(from, from.plusDays(length)));
    }

    /** Dated integer values of one to five steps, possibly ending with a repeal. */
    public static Gen<DatedValue<Integer>> datedIntegers() {
        return lists().of(integers().between(0, 20_000))
                .ofSizeBetween(1, 5)
                .zip(references(), booleans().all(), (offsets, ref, repeal) -> {
                    TreeSet<Integer> days = new TreeSet<>(offsets);
                    List<DatedValue.Step<Integer>> steps = new ArrayList<>();
                    int i = 0;
                    for (int day : days) {
                        LocalDate from = LocalDate.of(1995, 1, 1).plusDays(day);
                        boolean last = ++i == days.size();
                        steps.add(
                                last && repeal && days.size() > 1
                                        ? DatedValue.Step.end(from, ref)
                                        : DatedValue.Step.of(from, day * 7, ref));
                    }
                    return DatedValue.of("generated", steps);
                });
    }
}
