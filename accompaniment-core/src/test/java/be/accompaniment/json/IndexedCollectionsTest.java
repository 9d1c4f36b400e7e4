package be.accompaniment.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.core.type.TypeReference;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import org.junit.jupiter.api.Test;

class IndexedCollectionsTest {
    private static final String CODES = "[\"62100\",\"62032\",\"62100\"]";
    private static final String BAD_SECOND = "[\"62032\",\"6203x\"]";

    @Test
    void readsImmutableListsInOrderAndNamesTheFailingIndex() {
        ImmutableList<NisCode> list = AccompanimentJson.read(CODES, new TypeReference<ImmutableList<NisCode>>() {});
        assertThat(list).containsExactly(NisCode.parse("62100"), NisCode.parse("62032"), NisCode.parse("62100"));
        assertThatThrownBy(() -> AccompanimentJson.read(BAD_SECOND, new TypeReference<ImmutableList<NisCode>>() {}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).where()).isEqualTo("$[1]"));
    }

    @Test
    void readsImmutableSetsWithoutDuplicatesAndNamesTheFailingIndex() {
        ImmutableSet<NisCode> set = AccompanimentJson.read(CODES, new TypeReference<ImmutableSet<NisCode>>() {});
        assertThat(set).containsExactly(NisCode.parse("62100"), NisCode.parse("62032"));
        assertThatThrownBy(() -> AccompanimentJson.read(BAD_SECOND, new TypeReference<ImmutableSet<NisCode>>() {}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).where()).isEqualTo("$[1]"));
    }

    @Test
    void readsImmutableSortedSetsInNaturalOrderAndNamesTheFailingIndex() {
        ImmutableSortedSet<NisCode> sorted =
                AccompanimentJson.read(CODES, new TypeReference<ImmutableSortedSet<NisCode>>() {});
        assertThat(sorted).containsExactly(NisCode.parse("62032"), NisCode.parse("62100"));
        assertThatThrownBy(
                        () -> AccompanimentJson.read(BAD_SECOND, new TypeReference<ImmutableSortedSet<NisCode>>() {}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).where()).isEqualTo("$[1]"));
    }
}
