package be.accompaniment.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
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

    @Test
    void aMapperWithTheModuleNamesTheFailingIndexOfEachKindOfCollection() {
        // the library's mapper is built once; a mapper of its own shows what the module itself adds to Guava's
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new GuavaModule())
                .addModule(new IndexedCollections())
                .build();
        String numbers = "[3,1,3,\"x\"]";
        assertThat(failingPath(mapper, numbers, new TypeReference<ImmutableList<Integer>>() {}))
                .isEqualTo("$[3]");
        assertThat(failingPath(mapper, numbers, new TypeReference<ImmutableSet<Integer>>() {}))
                .isEqualTo("$[3]");
        assertThat(failingPath(mapper, numbers, new TypeReference<ImmutableSortedSet<Integer>>() {}))
                .isEqualTo("$[3]");
    }

    private static String failingPath(ObjectMapper mapper, String json, TypeReference<?> type) {
        try {
            mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            return AccompanimentJson.translate(e).where();
        }
        throw new AssertionError("read " + json + " as " + type.getType());
    }
}
