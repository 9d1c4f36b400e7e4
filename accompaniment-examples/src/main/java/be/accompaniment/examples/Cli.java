package be.accompaniment.examples;

import be.accompaniment.i18n.Language;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    /** A wrong command line, as opposed to wrong data: {@link Main} prints it with the usage and exits with 2. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Checks a command's arguments: options among those named, each followed by its value, and at most as many other
     * arguments (files) as allowed.
     *
     * @return the arguments, unchanged
     * @throws UsageException naming the first argument that does not fit
     */
    static List<String> checked(List<String> args, int files, String... options) {
        List<String> known = List.of(options);
        int seen = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (!known.contains(a)) {
                    throw new UsageException("unknown option " + a + (known.isEmpty() ? "" : ", expected " + known));
                }
                if (i + 1 == args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                i++;
            } else if (++seen > files) {
                throw new UsageException(
                        files == 0 ? "takes no file, was given " + a : "takes one file, was also given " + a);
            }
        }
        return args;
    }

    /** The language asked with {@code --lang}, English by default. */
    static Language language(List<String> args) {
        int i = args.indexOf("--lang");
        if (i < 0 || i + 1 == args.size()) {
            return Language.EN;
        }
        return language(args.get(i + 1));
    }

    /** The language of a {@code --lang} value, in any case. */
    static Language language(String code) {
        for (Language language : Language.values()) {
            if (language.code().equals(code.toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        throw new UsageException("--lang must be fr, nl, de or en, was \"" + code + "\"");
    }

    /** The day of an {@code --on} value. */
    static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--on must be a date as YYYY-MM-DD, was \"" + value + "\"");
        }
    }
}
