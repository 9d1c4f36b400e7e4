package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    @Test
    void searchFormWritesLigaturesAndSharpSOut() {
        // NFKD leaves œ, æ and ß whole: they are written out as French and German readers type them
        assertThat(PlaceNames.searchForm("Sœurs-Œuvres")).isEqualTo("soeurs oeuvres");
        assertThat(PlaceNames.searchForm("Æbleby")).isEqualTo("aebleby");
        assertThat(PlaceNames.searchForm("Großstraße")).isEqualTo("grossstrasse");
    }

    @Test
    void searchKeysAddTheUmlautsWrittenOutAndTheNameWithoutItsQualifier() {
        assertThat(PlaceNames.searchKeys("Lüttich")).containsExactly("luttich", "luettich");
        assertThat(PlaceNames.searchKeys("Beveren (Sint-Niklaas)")).containsExactly("beveren sint niklaas", "beveren");
        assertThat(PlaceNames.searchKeys("Büllingen (Bütgenbach)"))
                .containsExactly("bullingen butgenbach", "buellingen buetgenbach", "bullingen", "buellingen");
    }

    @Test
    void searchKeysKeepANameThatIsOnlyAQualifierOrHasNoOpeningParenthesis() {
        assertThat(PlaceNames.searchKeys("Liège")).containsExactly("liege");
        assertThat(PlaceNames.searchKeys("(Liège)")).containsExactly("liege");
        assertThat(PlaceNames.searchKeys("Liège 2)")).containsExactly("liege 2");
        assertThat(PlaceNames.searchKeys(" ")).isEmpty();
    }
}
