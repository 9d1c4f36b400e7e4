package be.accompaniment.situation;

/**
 * The stage a situation has reached, derived from its dated milestones: one constant of the stage enum of its
 * {@link SituationKind kind} ({@link EvictionStage}, {@link InsalubrityStage}, …).
 *
 * <p>Stages of one kind are declared in the order a situation moves through them, so {@link #ordinal()} compares
 * progress. A rulebook names stages by {@link #name()}; {@link SituationKind#stage(String)} resolves a name.
 */
public interface SituationStage {
    /** The kind of situation this stage belongs to. */
    SituationKind kind();

    /** The constant's name, as written in rulebooks and JSON, e.g. {@code "HEARING_SET"}. */
    String name();

    /** The position of the stage among the stages of its kind, from 0 for the first. */
    int ordinal();
}
