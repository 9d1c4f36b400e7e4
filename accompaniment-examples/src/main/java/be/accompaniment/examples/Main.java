package be.accompaniment.examples;

import be.accompaniment.AccompanimentException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;

/** The examples command line; without arguments it runs the demo on bundled data. */
public final class Main {
    private Main() {}

    /**
     * Runs a command; without arguments, the demo on bundled data.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        int status = run(Arrays.asList(args), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs a command and returns its exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        // options alone run the demo with them; --help is the help
        boolean demo =
                args.isEmpty() || (args.get(0).startsWith("--") && !args.get(0).equals("--help"));
        String command = demo ? "demo" : args.get(0);
        List<String> rest = demo ? args : args.subList(1, args.size());
        try {
            switch (command) {
                case "demo":
                    return DemoCommand.run(rest, out);
                case "advise":
                    return AdviseCommand.run(rest, out);
                case "simulate":
                    return SimulateCommand.run(rest, out);
                case "platform":
                    return PlatformCommand.run(rest, out);
                case "gaps":
                    return GapsCommand.run(rest, out);
                case "speed-dating":
                    return SpeedDatingCommand.run(rest, out);
                case "help":
                case "-h":
                case "--help":
                    out.println(Cli.USAGE);
                    return 0;
                default:
                    err.println("unknown command \"" + command + "\"");
                    err.println(Cli.USAGE);
                    return 2;
            }
        } catch (Cli.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(Cli.USAGE);
            return 2;
        } catch (AccompanimentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            // a file named on the command line that cannot be read, or an output that cannot be written
            IOException cause = e.getCause();
            err.println("error: " + e.getMessage() + ": "
                    + (cause instanceof NoSuchFileException ? "no such file" : cause.getMessage()));
            return 1;
        }
    }
}
