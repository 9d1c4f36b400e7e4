package be.accompaniment.pathway;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;

/**
 * Something that happened in a household's pathway, on a day: a situation opened, worsened or resolved, a contact,
 * a passerelle made or answered, a measure started or ended, the dwelling upgraded or the household relocated,
 * the pathway stabilised.
 *
 * <p>A {@link Pathway} is an append-only log of these events and checks their order. In JSON every event carries
 * its logical {@code "kind"}: {@code situation-opened}, {@code first-contact}, {@code passerelle-made},
 * {@code passerelle-answered}, {@code measure-started}, {@code measure-ended}, {@code dwelling-upgraded},
 * {@code household-relocated}, {@code situation-worsened}, {@code situation-resolved}, {@code stabilised}. Events
 * hold ids and codes only, never personal data.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SituationOpened.class, name = SituationOpened.KIND),
    @JsonSubTypes.Type(value = FirstContact.class, name = FirstContact.KIND),
    @JsonSubTypes.Type(value = PasserelleMade.class, name = PasserelleMade.KIND),
    @JsonSubTypes.Type(value = PasserelleAnswered.class, name = PasserelleAnswered.KIND),
    @JsonSubTypes.Type(value = MeasureStarted.class, name = MeasureStarted.KIND),
    @JsonSubTypes.Type(value = MeasureEnded.class, name = MeasureEnded.KIND),
    @JsonSubTypes.Type(value = DwellingUpgraded.class, name = DwellingUpgraded.KIND),
    @JsonSubTypes.Type(value = HouseholdRelocated.class, name = HouseholdRelocated.KIND),
    @JsonSubTypes.Type(value = SituationWorsened.class, name = SituationWorsened.KIND),
    @JsonSubTypes.Type(value = SituationResolved.class, name = SituationResolved.KIND),
    @JsonSubTypes.Type(value = Stabilised.class, name = Stabilised.KIND)
})
public sealed interface PathwayEvent
        permits SituationOpened,
                FirstContact,
                PasserelleMade,
                PasserelleAnswered,
                MeasureStarted,
                MeasureEnded,
                DwellingUpgraded,
                HouseholdRelocated,
                SituationWorsened,
                SituationResolved,
                Stabilised {
    /** The day the event happened. */
    LocalDate on();
}
