package io.freshet.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The entry point of {@code bench/run}: {@code <benchmark> [options]} runs one benchmark,
 * {@code --help} lists them, {@code <benchmark> --help} lists its options.
 */
public final class BenchMain {
    private static final List<Benchmark> BENCHMARKS = List.of(new PgBench(), new Maintenance());

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || isHelp(args[0])) {
            usage();
            return args.length == 0 ? 2 : 0;
        }
        Benchmark b = BENCHMARKS.stream().filter(x -> x.name().equals(args[0])).findFirst().orElse(null);
        if (b == null) {
            System.err.println("unknown benchmark: " + args[0]);
            usage();
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (rest.length > 0 && isHelp(rest[0])) {
            usage(b);
            return 0;
        }
        try {
            b.run(Options.parse(b.options(), rest));
            return 0;
        } catch (Options.UsageException e) {
            System.err.println("bench/run " + b.name() + ": " + e.getMessage());
            usage(b);
            return 2;
        } catch (Exception e) {
            System.err.println("bench/run " + b.name() + " failed:");
            e.printStackTrace();
            return 1;
        }
    }

    private static boolean isHelp(String a) {
        return a.equals("--help") || a.equals("-h") || a.equals("help");
    }

    private static void usage() {
        System.out.println("usage: bench/run <benchmark> [--option value ...]");
        System.out.println("       bench/run <benchmark> --help     the benchmark's options");
        System.out.println();
        System.out.println("benchmarks:");
        for (Benchmark b : BENCHMARKS) {
            System.out.printf("  %-12s %s%n", b.name(), b.summary());
        }
        System.out.println();
        System.out.println("Each prints one key=value line per measurement on standard output (progress on standard");
        System.out.println("error). See bench/README.md.");
    }

    private static void usage(Benchmark b) {
        System.out.println("usage: bench/run " + b.name() + " [--option value ...]");
        System.out.println(b.summary());
        System.out.println();
        for (Options.Spec s : b.options()) {
            String def = s.defaultValue() == null ? "" : " (default " + s.defaultValue() + ")";
            System.out.printf("  --%-16s %s%s%n", s.name(), s.description(), def);
        }
    }
}
