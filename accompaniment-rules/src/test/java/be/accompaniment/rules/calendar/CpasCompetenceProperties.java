package be.accompaniment.rules.calendar;

import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import org.junit.jupiter.api.Test;

class CpasCompetenceProperties {
    @Test
    void answerIsOneOfTheCommunesGivenOrNamesTheMissingField() {
        qt().forAll(CalendarGenerators.competenceFacts()).check(facts -> {
            try {
                CompetentCpas cpas = CpasCompetence.resolve(facts);
                return facts.residenceIn().filter(cpas.commune()::equals).isPresent()
                        || facts.registeredAtAdmissionIn()
                                .filter(cpas.commune()::equals)
                                .isPresent();
            } catch (InvalidInputException e) {
                return e.where().endsWith("residenceIn") || e.where().endsWith("registeredAtAdmissionIn");
            }
        });
    }

    @Test
    void listedEstablishmentWinsOverResidence() {
        qt().forAll(CalendarGenerators.competenceFacts())
                .check(f -> f.establishment().isEmpty()
                        || f.registeredAtAdmissionIn().isEmpty()
                        || CpasCompetence.resolve(f).ground() == CompetenceGround.LISTED_ESTABLISHMENT);
    }

    @Test
    void factsRoundTripThroughJson() {
        qt().forAll(CalendarGenerators.competenceFacts())
                .check(f -> AccompanimentJson.read(AccompanimentJson.write(f), CompetenceFacts.class)
                        .equals(f));
    }
}
