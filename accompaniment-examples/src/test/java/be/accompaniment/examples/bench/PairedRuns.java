package be.accompaniment.examples.bench;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds of the project on a machine too noisy for separate JMH runs: each build is loaded in a class
 * loader of its own within one JVM, and the two advise the benchmark's households ({@link BenchData}) in alternation,
 * so that the machine's swings fall on both alike. Prints, per build, the median households per second of
 * sequential {@code adviseAll}, and the median and quartiles of the ratio of each round.
 *
 * <p>Run with {@code accompaniment-examples/scripts/paired.sh REVISION}, which builds the revision beside the working
 * tree. Only public API is called, by reflection, so any two revisions that have {@link BenchData} compare.
 */
public final class PairedRuns {
    private static final int WARM_UP_ROUNDS = 15;
    private static final int RUNS_PER_ROUND = 3;

    private PairedRuns() {}

    /**
     * Compares two builds.
     *
     * @param args the file holding the dependencies' class path; the base build's class path; the other build's;
     *     optionally the number of rounds (default 15)
     * @throws Exception if a build cannot be loaded or fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException(
                    "usage: PairedRuns DEPENDENCIES_FILE BASE_CLASSPATH NEW_CLASSPATH [ROUNDS]");
        }
        String dependencies = Files.readString(Path.of(args[0])).trim();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        Build base = new Build(args[1], dependencies);
        Build other = new Build(args[2], dependencies);
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            base.adviseAll();
            other.adviseAll();
        }
        double[] baseRates = new double[rounds];
        double[] otherRates = new double[rounds];
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long baseNanos = 0;
            long otherNanos = 0;
            for (int k = 0; k < RUNS_PER_ROUND; k++) {
                baseNanos += base.adviseAll();
                otherNanos += other.adviseAll();
            }
            baseRates[i] = perSecond(base.households() * RUNS_PER_ROUND, baseNanos);
            otherRates[i] = perSecond(other.households() * RUNS_PER_ROUND, otherNanos);
            ratios[i] = otherRates[i] / baseRates[i];
        }
        Arrays.sort(baseRates);
        Arrays.sort(otherRates);
        Arrays.sort(ratios);
        System.out.printf(
                Locale.ROOT,
                "base %.0f households/s, new %.0f households/s (medians of %d rounds); "
                        + "new/base median %.3f, quartiles %.3f – %.3f%n",
                baseRates[rounds / 2],
                otherRates[rounds / 2],
                rounds,
                ratios[rounds / 2],
                ratios[rounds / 4],
                ratios[(3 * rounds) / 4]);
    }

    private static double perSecond(long households, long nanos) {
        return households * 1e9 / nanos;
    }

    /** One build: its own class loader, the benchmark's directory, cases and advisor. */
    private static final class Build {
        private final Object advisor;
        private final List<?> cases;
        private final Method adviseAll;
        private final LocalDate day;

        Build(String classPath, String dependencies) throws ReflectiveOperationException, MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : (classPath + ":" + dependencies).split(":")) {
                if (!entry.isBlank()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            // the platform loader as parent: nothing of the project is shared between the two builds
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> data = loader.loadClass(BenchData.class.getName());
            Class<?> directoryType = loader.loadClass("be.accompaniment.actor.ActorDirectory");
            Object directory = invoke(data.getDeclaredMethod("directory"), null);
            this.cases = (List<?>) invoke(
                    data.getDeclaredMethod("cases", directoryType, int.class, long.class),
                    null,
                    directory,
                    BenchData.HOUSEHOLDS,
                    BenchData.CASES_SEED);
            Field day = data.getDeclaredField("DAY");
            day.setAccessible(true);
            this.day = (LocalDate) day.get(null);
            Class<?> region = loader.loadClass("be.accompaniment.territory.Region");
            Method bundled = loader.loadClass("be.accompaniment.rules.Rulebook").getMethod("bundled", region);
            Object wallonia = bundled.invoke(null, constant(region, "WALLONIA"));
            Object brussels = bundled.invoke(null, constant(region, "BRUSSELS_CAPITAL"));
            Class<?> network = loader.loadClass("be.accompaniment.coordination.PartnerNetwork");
            Class<?> advisorType = loader.loadClass("be.accompaniment.rules.PasserelleAdvisor");
            this.advisor = advisorType
                    .getMethod("compile", Collection.class, directoryType, network)
                    .invoke(
                            null,
                            List.of(wallonia, brussels),
                            directory,
                            network.getMethod("empty").invoke(null));
            this.adviseAll = advisorType.getMethod("adviseAll", List.class, LocalDate.class, boolean.class);
        }

        private static Object constant(Class<?> enumType, String name) {
            return Arrays.stream(enumType.getEnumConstants())
                    .filter(c -> ((Enum<?>) c).name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no constant " + name + " in " + enumType));
        }

        private static Object invoke(Method method, Object target, Object... args)
                throws IllegalAccessException, InvocationTargetException {
            method.setAccessible(true);
            return method.invoke(target, args);
        }

        long households() {
            return cases.size();
        }

        /** Advises the cases once on the calling thread; the time taken in nanoseconds. */
        long adviseAll() throws ReflectiveOperationException {
            long start = System.nanoTime();
            List<?> advices = (List<?>) adviseAll.invoke(advisor, cases, day, false);
            long nanos = System.nanoTime() - start;
            if (advices.size() != cases.size()) {
                throw new IllegalStateException("advised " + advices.size() + " of " + cases.size() + " households");
            }
            return nanos;
        }
    }
}
