package be.accompaniment.territory;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import be.accompaniment.law.Period;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;

/** One parsed row of a REFNIS list (Statbel's CSV or the bundled resource), before the rows are checked together. */
final class RefnisRow {
    static final String LEVEL = "LVL_REFNIS";
    static final String CODE = "CD_REFNIS";
    static final String PARENT = "CD_SUP_REFNIS";
    static final String NAME_DE = "TX_REFNIS_DE";
    static final String NAME_FR = "TX_REFNIS_FR";
    static final String NAME_NL = "TX_REFNIS_NL";
    static final String START = "DT_VLDT_START";
    static final String END = "DT_VLDT_END";

    private final String where;
    private final AdministrativeLevel level;
    private final NisCode code;
    private final NisCode parent;
    private final ImmutableSortedMap<Language, String> names;
    private final Period validity;

    /** A row; {@code parent} is null when the row has none ({@code "-"}). */
    RefnisRow(
            String where,
            AdministrativeLevel level,
            NisCode code,
            NisCode parent,
            ImmutableSortedMap<Language, String> names,
            Period validity) {
        this.where = where;
        this.level = level;
        this.code = code;
        this.parent = parent;
        this.names = names;
        this.validity = validity;
    }

    /** The position of the row, e.g. {@code "REFNIS CSV line 12"}. */
    String where() {
        return where;
    }

    AdministrativeLevel level() {
        return level;
    }

    NisCode code() {
        return code;
    }

    Optional<NisCode> parent() {
        return Optional.ofNullable(parent);
    }

    ImmutableSortedMap<Language, String> names() {
        return names;
    }

    Period validity() {
        return validity;
    }

    /** A failure at this row, in a column. */
    InvalidInputException fail(String column, String problem) {
        return new InvalidInputException(where + ", " + column, problem);
    }

    /** The column holding the name in a language. */
    static String nameColumn(Language language) {
        switch (language) {
            case NL:
                return NAME_NL;
            case DE:
                return NAME_DE;
            default:
                return NAME_FR;
        }
    }
}
