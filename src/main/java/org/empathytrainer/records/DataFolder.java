package org.empathytrainer.records;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the folder where the app keeps learners' data. In order: the {@code --data-dir} option, the
 * {@value #HOME_VARIABLE} environment variable, then the platform's usual place for application data.
 */
public final class DataFolder {
    public static final String HOME_VARIABLE = "EMPATHY_TRAINER_HOME";

    private static final String UNIX_NAME = "empathy-trainer";
    private static final String DISPLAY_NAME = "Empathy Trainer";

    private DataFolder() {}

    /** Resolves from this process's environment and system properties. */
    public static Path resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", ""));
    }

    /**
     * Resolves from the given inputs, so every platform's rule can be tested on any platform. Blank environment
     * values count as unset. The option and {@value #HOME_VARIABLE} may be relative to the working folder.
     */
    public static Path resolve(Optional<Path> option, Map<String, String> env, String osName, String userHome) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        Optional<String> home = value(env, HOME_VARIABLE);
        if (home.isPresent()) {
            return Path.of(home.get()).toAbsolutePath().normalize();
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return value(env, "APPDATA")
                    .map(Path::of)
                    .orElseGet(() -> home(userHome).resolve("AppData").resolve("Roaming"))
                    .resolve(DISPLAY_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home(userHome)
                    .resolve("Library")
                    .resolve("Application Support")
                    .resolve(DISPLAY_NAME);
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        return value(env, "XDG_DATA_HOME")
                .map(Path::of)
                .filter(Path::isAbsolute)
                .orElseGet(() -> home(userHome).resolve(".local").resolve("share"))
                .resolve(UNIX_NAME);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Path home(String userHome) {
        if (userHome == null || userHome.isBlank()) {
            throw new IllegalStateException("The home folder is unknown, so the data folder cannot be found; "
                    + "give one with --data-dir or " + HOME_VARIABLE);
        }
        return Path.of(userHome);
    }
}
