package be.accompaniment.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class LegalReferenceTest {
    @Test
    void citesTitleAndArticle() {
        assertThat(LegalReference.of("Code judiciaire", "art. 1344ter").citation())
                .isEqualTo("Code judiciaire, art. 1344ter");
        assertThat(LegalReference.of("Code judiciaire").citation()).isEqualTo("Code judiciaire");
    }

    @Test
    void flagsUnverifiedReferencesInItsText() {
        LegalReference ref = LegalReference.builder()
                .title("AR 10 juillet 1990")
                .verified(false)
                .build();
        assertThat(ref).hasToString("AR 10 juillet 1990 (unverified)");
        assertThat(LegalReference.of("Code judiciaire", "art. 731")).hasToString("Code judiciaire, art. 731");
        assertThat(LegalReference.of("T").verified()).isTrue();
    }

    @Test
    void rejectsBlankTitle() {
        assertThatThrownBy(() -> LegalReference.of(" "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("legal reference: title: must not be blank, was \" \"");
    }

    @Test
    void rejectsBlankArticleNamingTheText() {
        assertThatThrownBy(() -> LegalReference.of("Code judiciaire", ""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("legal reference Code judiciaire: article: must not be blank, was \"\"");
    }

    @Test
    void rejectsBlankUrl() {
        assertThatThrownBy(() -> LegalReference.builder().title("T").url("  ").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("legal reference T: url: must not be blank, was \"  \"");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(
                        LegalReference.of("A", "art. 1"),
                        LegalReference.builder().title("A").article("art. 1").build())
                .addEqualityGroup(LegalReference.of("A"))
                .addEqualityGroup(LegalReference.of("A", "art. 2"))
                .addEqualityGroup(
                        LegalReference.builder().title("A").verified(false).build())
                .addEqualityGroup(LegalReference.builder()
                        .title("A")
                        .url("https://example.org")
                        .build())
                .testEquals();
    }

    @Test
    void nullHostility() {
        new NullPointerTester().testAllPublicStaticMethods(LegalReference.class);
        new NullPointerTester().testAllPublicInstanceMethods(LegalReference.builder());
    }
}
