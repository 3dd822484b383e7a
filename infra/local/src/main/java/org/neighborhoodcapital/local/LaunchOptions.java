package org.neighborhoodcapital.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options of the local launchers: {@code --name=value} or {@code --name value}, each with
 * an environment variable as fallback, then a default. Arguments win, so the stack script can pass
 * everything explicitly while a developer running a main from the IDE can rely on the environment.
 */
record LaunchOptions(Map<String, String> arguments, Map<String, String> environment) {

    static LaunchOptions parse(String[] args) {
        return parse(args, System.getenv());
    }

    static LaunchOptions parse(String[] args, Map<String, String> environment) {
        Map<String, String> arguments = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("Expected --name=value or --name value, got: " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                arguments.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                arguments.put(arg.substring(2), args[++i]);
            } else {
                arguments.put(arg.substring(2), "true");
            }
        }
        return new LaunchOptions(Map.copyOf(arguments), Map.copyOf(environment));
    }

    String text(String name, String environmentVariable, String fallback) {
        String value = arguments.get(name);
        if (value == null || value.isBlank()) {
            value = environment.get(environmentVariable);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    int port(String name, String environmentVariable, int fallback) {
        String value = text(name, environmentVariable, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " (or " + environmentVariable + ") must be a port number, got: " + value);
        }
    }

    long number(String name, String environmentVariable, long fallback) {
        String value = text(name, environmentVariable, Long.toString(fallback));
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " (or " + environmentVariable + ") must be a number, got: " + value);
        }
    }

    Path path(String name, String environmentVariable, String fallback) {
        return Path.of(text(name, environmentVariable, fallback)).toAbsolutePath().normalize();
    }
}
