package org.pilotops.bench;

import java.util.List;

/** {@code --name value} and {@code --flag} options of the bench commands. */
final class Args {

    private final List<String> args;

    Args(String[] args) {
        this.args = List.of(args);
    }

    long longValue(String name, long fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return Long.parseLong(args.get(i + 1).replace("_", "").replace(",", ""));
    }

    double doubleValue(String name, double fallback) {
        int i = args.indexOf(name);
        return i < 0 || i + 1 >= args.size() ? fallback : Double.parseDouble(args.get(i + 1));
    }

    boolean flag(String name) {
        return args.contains(name);
    }
}
