package be.accompaniment.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads Guava's immutable lists and sets through Jackson's own list reader, so that a failure inside an element
 * reports its index in the JSON path ({@code $.members[2].birthYear}); Guava's module does not.
 */
final class IndexedCollections extends SimpleModule {
    private static final long serialVersionUID = 1L;

    IndexedCollections() {
        super("accompaniment-indexed-collections");
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findCollectionDeserializer(
                    CollectionType type,
                    DeserializationConfig config,
                    BeanDescription beanDesc,
                    TypeDeserializer elementTypeDeserializer,
                    JsonDeserializer<?> elementDeserializer) {
                Class<?> raw = type.getRawClass();
                if (raw == ImmutableList.class) {
                    return new Reader(type, ImmutableList::copyOf, null);
                }
                if (raw == ImmutableSortedSet.class) {
                    return new Reader(type, IndexedCollections::sortedSet, null);
                }
                if (raw == ImmutableSet.class) {
                    return new Reader(type, ImmutableSet::copyOf, null);
                }
                return null;
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object sortedSet(List<?> elements) {
        return ImmutableSortedSet.copyOf((List) elements);
    }

    /** Reads an {@code ArrayList} of the element type, then copies it into the immutable collection. */
    private static final class Reader extends StdDeserializer<Object> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;

        private final transient Function<List<?>, Object> copy;
        private final transient JsonDeserializer<Object> listReader;

        Reader(JavaType type, Function<List<?>, Object> copy, JsonDeserializer<Object> listReader) {
            super(type);
            this.copy = copy;
            this.listReader = listReader;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType listType = ctxt.getTypeFactory()
                    .constructCollectionType(ArrayList.class, getValueType().getContentType());
            return new Reader(getValueType(), copy, ctxt.findContextualValueDeserializer(listType, property));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return copy.apply((List<?>) listReader.deserialize(p, ctxt));
        }
    }
}
