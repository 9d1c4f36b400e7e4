package be.accompaniment.examples;

import be.accompaniment.AccompanimentException;
import java.io.PrintStream;
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
        String command = args.isEmpty() || args.get(0).startsWith("--") ? "demo" : args.get(0);
        List<String> rest = args.isEmpty() || args.get(0).startsWith("--") ? args : args.subList(1, args.size());
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
                    out.println(Cli.USAGE);
                    return 0;
                default:
                    err.println("unknown command \"" + command + "\"");
                    err.println(Cli.USAGE);
                    return 2;
            }
        } catch (AccompanimentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
