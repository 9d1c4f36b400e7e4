package be.accompaniment.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.household.Household;
import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.passerelle.Passerelle;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.rules.Advice;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.Suggestion;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's advisor example, run on the bundled demo data, so that the README cannot drift from the API. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleAdvisesTheEsneuxHouseholdFirstTowardsItsCpas() {
        String directoryJson = AccompanimentJson.write(DemoData.directory());
        String householdJson =
                AccompanimentJson.write(DemoData.demoCase("../advise-demo.json").household());
        List<String> lines = new ArrayList<>();

        // README: begin
        ActorDirectory directory = AccompanimentJson.read(directoryJson, ActorDirectory.class);
        PasserelleAdvisor advisor = PasserelleAdvisor.compile(Rulebook.bundled(Region.WALLONIA), directory);
        Household household = AccompanimentJson.read(householdJson, Household.class);
        Actor referrer = directory.actor(ActorId.of("pcs-esneux")).orElseThrow();
        Advice advice = advisor.advise(household, referrer, LocalDate.of(2026, 3, 2));
        for (Suggestion s : advice.suggestions()) {
            lines.add(s.urgency() + " " + s.label(Language.FR) + " → "
                    + s.bestTarget().map(t -> t.actor().name()).orElse("?")
                    + s.deadlineOn().map(d -> " by " + d).orElse(""));
            s.conditions().forEach(c -> lines.add("   because " + c.text()));
        }
        Passerelle p = advice.suggestions().get(0).toPasserelle(PasserelleId.of("p-1"));
        // README: end

        assertThat(lines.get(0)).startsWith("HIGH ").contains("→ CPAS d'Esneux by 2026-03-07");
        assertThat(lines.get(1)).isEqualTo("   because stage HEARING_SET in [FILED, CPAS_NOTIFIED, HEARING_SET]");
        assertThat(p.status()).isEqualTo(PasserelleStatus.REQUESTED);
        assertThat(p.receiver()).isEqualTo(ActorId.of("cpas-esneux"));
    }
}
