package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.empathytrainer.content.AckKind;
import org.empathytrainer.content.ActionKind;
import org.empathytrainer.content.Difficulty;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.Blocker;
import org.empathytrainer.records.StoreNotice;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.wizard.ChannelNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resource bundle and the code agree: every key the UI asks for exists, every key in the bundle is asked for, and
 * every value is a MessageFormat pattern that means what it says.
 */
class MessageKeysTest {
    /** Maven runs tests from the project root. */
    private static final Path MAIN = Path.of("src", "main", "java", "org", "empathytrainer");

    private static final Path BUNDLE_FILE =
            Path.of("src", "main", "resources", Messages.BUNDLE.replace('.', '/') + ".properties");

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    /** The start of a key the code completes at run time, as in {@code m.get("blocker." + b.id())}. */
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*\\.");
    /** What comes just before a literal that is certainly a key: {@code get(}, or either branch of a ternary. */
    private static final Pattern KEY_CONTEXT = Pattern.compile("(\\.get\\(|[?:])\\s*$");

    private static final Pattern LITERAL_OR_COMMENT = Pattern.compile(
            "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|//[^\\n]*|/\\*[\\s\\S]*?\\*/");

    private static final List<String> SOME_CHANNELS = List.of("phone", "chat", "email", "counter", "something-else");

    /** The values each dynamic prefix is completed with, taken from the code the keys are built from. */
    private static final Map<String, Supplier<Stream<String>>> DYNAMIC = Map.of(
            "blocker.", () -> Arrays.stream(Blocker.values()).map(Blocker::id),
            "ack.kind.", () -> Arrays.stream(AckKind.values()).map(AckKind::id),
            "action.kind.", () -> Arrays.stream(ActionKind.values()).map(ActionKind::id),
            "step.short.", () -> Arrays.stream(Step.values()).map(Step::id),
            "notice.", () -> Arrays.stream(StoreNotice.Kind.values()).map(StoreNotice.Kind::id),
            "sense.intensity.",
                    () -> IntStream.rangeClosed(ExpectedFeeling.MIN_INTENSITY, ExpectedFeeling.MAX_INTENSITY)
                            .mapToObj(String::valueOf),
            "channel.", () -> SOME_CHANNELS.stream().map(ChannelNames::key),
            "difficulty.", () -> Arrays.stream(Difficulty.values()).map(Difficulty::id));

    private static Properties bundle;
    private static List<Path> uiSources;
    private static List<Literal> literals;

    /** A key-shaped string literal in the UI code. */
    record Literal(String where, String text, boolean passedAsKey) {
        boolean isPrefix() {
            return PREFIX.matcher(text).matches();
        }
    }

    @BeforeAll
    static void readBundleAndSources() throws IOException {
        bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE_FILE, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        try (Stream<Path> files = Files.walk(MAIN.resolve("ui"))) {
            uiSources = Stream.concat(
                            files.filter(f -> f.toString().endsWith(".java")),
                            Stream.of(MAIN.resolve("App.java"), MAIN.resolve("AppWindow.java")))
                    .sorted()
                    .collect(Collectors.toList());
        }
        literals = new ArrayList<>();
        for (Path file : uiSources) {
            literals.addAll(keyLiterals(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() {
        Set<String> namespaces = bundle.stringPropertyNames().stream()
                .map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Literal literal : literals) {
            boolean looksLikeAKey = literal.passedAsKey()
                    || namespaces.contains(
                            literal.text().substring(0, literal.text().indexOf('.')));
            if (!literal.isPrefix() && looksLikeAKey && !bundle.containsKey(literal.text())) {
                missing.add(literal.where() + ": " + literal.text());
            }
        }
        for (String key : dynamicKeys()) {
            if (!bundle.containsKey(key)) {
                missing.add("built at run time: " + key);
            }
        }

        assertThat(uiSources).as("UI sources scanned").hasSizeGreaterThan(10);
        assertThat(literals).as("key literals found in the UI sources").hasSizeGreaterThan(50);
        assertThat(missing)
                .withFailMessage("Keys missing from %s:%n%s", BUNDLE_FILE, lines(missing))
                .isEmpty();
    }

    @Test
    void everyPrefixTheCodeBuildsKeysFromIsOneThisTestCanExpand() {
        List<String> unknown = literals.stream()
                .filter(l -> l.isPrefix() && !DYNAMIC.containsKey(l.text()))
                .map(l -> l.where() + ": \"" + l.text() + "\" + ...")
                .collect(Collectors.toList());

        assertThat(unknown)
                .withFailMessage(
                        "The UI builds keys from prefixes this test cannot expand, so it cannot"
                                + " tell whether their keys exist; add them to MessageKeysTest.DYNAMIC:%n%s",
                        lines(unknown))
                .isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> used = new TreeSet<>(dynamicKeys());
        literals.stream().map(Literal::text).forEach(used::add);

        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(used);

        assertThat(unused)
                .withFailMessage("Keys in %s that no code uses:%n%s", BUNDLE_FILE, lines(unused))
                .isEmpty();
    }

    @Test
    void noValueHasAStraightApostrophe() {
        Set<String> withQuote = bundle.stringPropertyNames().stream()
                .filter(k -> bundle.getProperty(k).contains("'"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(withQuote)
                .withFailMessage(
                        "In a MessageFormat pattern ' starts a quoted part; write ’ instead in:" + "%n%s",
                        lines(withQuote))
                .isEmpty();
    }

    @Test
    void everyValueIsAValidMessageFormatPattern() {
        List<String> invalid = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            try {
                new MessageFormat(bundle.getProperty(key));
            } catch (IllegalArgumentException e) {
                invalid.add(key + ": " + e.getMessage());
            }
        }

        assertThat(invalid)
                .withFailMessage("Values that are not MessageFormat patterns:%n%s", lines(invalid))
                .isEmpty();
    }

    @Test
    void theScanFindsKeysInCallsTernariesAndPrefixesButNotInComments() {
        String source = String.join(
                "\n",
                "class A {",
                "    void show() {",
                "        label.setText(m.get(\"home.title\"));",
                "        m.get(best ? \"place.feedback.best\" : \"place.feedback.other\");",
                "        String key = pitfall",
                "                ? \"tone.pitfall\" : \"tone.marker\";",
                "        m.get(\"blocker.\" + b.id());",
                "        url(\"base.css\");",
                "        // m.get(\"old.key\");",
                "        /* m.get(\"older.key\"); */ m.get(\"Not a key\", \"a // b\", \"home.story\");",
                "    }",
                "}");

        assertThat(keyLiterals("A.java", source))
                .containsExactly(
                        new Literal("A.java:3", "home.title", true),
                        new Literal("A.java:4", "place.feedback.best", true),
                        new Literal("A.java:4", "place.feedback.other", true),
                        new Literal("A.java:6", "tone.pitfall", true),
                        new Literal("A.java:6", "tone.marker", true),
                        new Literal("A.java:7", "blocker.", true),
                        new Literal("A.java:8", "base.css", false),
                        new Literal("A.java:10", "home.story", false));
    }

    @Test
    void dynamicPrefixesExpandToTheValuesTheCodeCanProduce() {
        assertThat(expand("channel."))
                .containsExactlyInAnyOrder(
                        "channel.phone", "channel.chat", "channel.email", "channel.counter", "channel.other");
        assertThat(expand("sense.intensity."))
                .hasSize(ExpectedFeeling.MAX_INTENSITY - ExpectedFeeling.MIN_INTENSITY + 1)
                .contains("sense.intensity." + ExpectedFeeling.MIN_INTENSITY);
        assertThat(expand("blocker.")).hasSize(Blocker.values().length).contains("blocker.text-too-long");
    }

    /** The keys the code builds at run time from the prefixes it uses. */
    private static Set<String> dynamicKeys() {
        return literals.stream()
                .filter(Literal::isPrefix)
                .map(Literal::text)
                .filter(DYNAMIC::containsKey)
                .flatMap(p -> expand(p).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expand(String prefix) {
        return DYNAMIC.get(prefix).get().map(v -> prefix + v).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Key-shaped string literals outside comments, with where they are and whether they are clearly keys. */
    static List<Literal> keyLiterals(String fileName, String source) {
        String code = source.replace("\r\n", "\n");
        List<Literal> found = new ArrayList<>();
        Matcher m = LITERAL_OR_COMMENT.matcher(code);
        while (m.find()) {
            String token = m.group();
            if (!token.startsWith("\"") || token.startsWith("\"\"\"")) {
                continue;
            }
            String text = token.substring(1, token.length() - 1);
            if (KEY.matcher(text).matches() || PREFIX.matcher(text).matches()) {
                int line = 1
                        + (int) code.substring(0, m.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                boolean passedAsKey = KEY_CONTEXT
                        .matcher(code.substring(Math.max(0, m.start() - 40), m.start()))
                        .find();
                found.add(new Literal(fileName + ":" + line, text, passedAsKey));
            }
        }
        return found;
    }

    private static String lines(Iterable<String> items) {
        return String.join(System.lineSeparator(), items);
    }
}
