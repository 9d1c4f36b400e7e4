package be.accompaniment.examples;

import be.accompaniment.i18n.Language;
import java.util.List;
import java.util.Locale;

/** Small helpers shared by the commands: options and usage. */
final class Cli {
    static final String USAGE = String.join(
            "\n",
            "usage: accompaniment [command] [arguments] [--lang fr|nl|de|en]",
            "  demo                  the library at work on the bundled demo data (default)",
            "  advise FILE.json      ranked, explained passerelles for a household given as JSON",
            "  simulate FILE.json    run a scenario and write CSV, JSON and a chart",
            "  platform FILE.json    health report of a housing platform, with pictures",
            "  gaps FILE.json        coverage gaps of a territory's actors",
            "  speed-dating FILE.json  meeting rounds pairing complementary actors of a basin",
            "  help                  this text");

    private Cli() {}

    /** The language asked with {@code --lang}, English by default. */
    static Language language(List<String> args) {
        int i = args.indexOf("--lang");
        if (i >= 0 && i + 1 < args.size()) {
            return Language.valueOf(args.get(i + 1).toUpperCase(Locale.ROOT));
        }
        return Language.EN;
    }
}
