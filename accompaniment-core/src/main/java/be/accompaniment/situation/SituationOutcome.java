package be.accompaniment.situation;

/**
 * An outcome or decision recorded on a situation by an authority — a Walloon salubrity survey's classification, a
 * Brussels inspection's result, a bourgmestre's decision — as one constant of an outcome enum of its
 * {@link SituationKind kind}.
 *
 * <p>Outcome names are unique across the library, so that a rulebook can test "outcome in {NON_AMELIORABLE,
 * INTERDICTION_IMMEDIATE}" without naming the enum; {@link SituationKind#outcome(String)} resolves a name.
 */
public interface SituationOutcome {
    /** The kind of situation this outcome belongs to. */
    SituationKind kind();

    /** The constant's name, as written in rulebooks and JSON, e.g. {@code "NON_AMELIORABLE"}. */
    String name();
}
