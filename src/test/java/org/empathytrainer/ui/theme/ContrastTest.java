package org.empathytrainer.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every palette is readable: each text colour against each background base.css draws it on reaches WCAG AA (4.5:1),
 * or AAA (7:1) for the projector, and the focus ring stands out from its background (3:1, WCAG 1.4.11). Reads the
 * palettes from the stylesheets themselves, so a colour changed there is checked here.
 */
class ContrastTest {
    /** Maven runs tests from the project root. */
    private static final Path CSS = Path.of("src", "main", "resources", "org", "empathytrainer", "css");

    private static final Pattern TOKEN = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})");
    private static final Pattern COMMENT = Pattern.compile("/\\*[\\s\\S]*?\\*/");

    /** A colour drawn on another, and where base.css does it. */
    record Pair(String fg, String bg, String where) {}

    /** Text, read from base.css: each text colour with every background it is drawn on. */
    static final List<Pair> TEXT = List.of(
            new Pair("fg-default", "bg-default", "body text, cards, text areas, lists, dialogs"),
            new Pair("fg-default", "bg-subtle", "buttons, app bar, footer, context pane, tone check, reply box"),
            new Pair("fg-default", "bg-inset", "step chips, customer's speech bubbles"),
            new Pair("fg-default", "accent-subtle", "hovered buttons, selected list cells, agent bubbles, why boxes"),
            new Pair("fg-muted", "bg-default", "muted text, record labels, tags, prompt text"),
            new Pair("fg-muted", "bg-subtle", "blocker line, step indicator, muted text in the context pane"),
            new Pair("fg-muted", "bg-inset", "the speaker's name in a customer's bubble"),
            new Pair("fg-muted", "accent-subtle", "the speaker's name in an agent's bubble"),
            new Pair("accent-fg", "bg-default", "eyebrows, scores"),
            new Pair("accent-fg", "accent-subtle", "in-progress chips, info banners, eyebrows in why boxes"),
            new Pair("fg-on-emphasis", "accent-emphasis", "primary buttons, the selected step and toggle"),
            new Pair("success-fg", "bg-subtle", "empathy markers and their advice in the tone check"),
            new Pair("success-fg", "success-subtle", "done chips and steps, good feedback"),
            new Pair("danger-fg", "bg-subtle", "pitfalls and their advice in the tone check"),
            new Pair("danger-fg", "danger-subtle", "error banners"),
            new Pair("warning-fg", "warning-subtle", "warning banners, changed chips, feedback on a mistake"));

    /** Not text, but what a keyboard user follows. */
    static final List<Pair> FOCUS = List.of(
            new Pair("focus", "bg-default", "focus ring on controls on the page"),
            new Pair("focus", "bg-subtle", "focus ring in the footer and the context pane"));

    static final double AA = 4.5;
    static final double AAA = 7;
    static final double NON_TEXT = 3;

    static double minimumFor(Theme theme) {
        return theme == Theme.PROJECTOR ? AAA : AA;
    }

    @Test
    void theRatioMatchesKnownValues() {
        assertThat(ratio("#000000", "#ffffff")).isCloseTo(21, within(1e-9));
        assertThat(ratio("#ffffff", "#000000")).isCloseTo(21, within(1e-9));
        assertThat(ratio("#0b5cad", "#0b5cad")).isCloseTo(1, within(1e-9));
        // #767676 is the lightest grey that passes AA on white; #777777 just fails.
        assertThat(ratio("#767676", "#ffffff")).isGreaterThanOrEqualTo(AA).isCloseTo(4.54, within(0.01));
        assertThat(ratio("#777777", "#ffffff")).isLessThan(AA);
        assertThat(luminance("#ffffff")).isCloseTo(1, within(1e-9));
        assertThat(luminance("#000000")).isCloseTo(0, within(1e-9));
        assertThat(luminance("#808080")).isCloseTo(0.2159, within(0.0001));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyPaletteDefinesExactlyTheTokensOfTheLightOne(Theme theme) throws IOException {
        assertThat(palette(theme).keySet())
                .as(theme.palette())
                .containsExactlyInAnyOrderElementsOf(palette(Theme.LIGHT).keySet());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textIsReadableOnEveryBackgroundItIsDrawnOn(Theme theme) throws IOException {
        Map<String, String> colours = palette(theme);
        List<String> failures = new ArrayList<>();
        check(colours, TEXT, minimumFor(theme), failures);
        check(colours, FOCUS, NON_TEXT, failures);

        assertThat(failures)
                .withFailMessage(
                        "%s: colour pairs below their minimum contrast:%n%s",
                        theme.palette(), String.join(System.lineSeparator(), failures))
                .isEmpty();
    }

    @Test
    void theBaseSheetUsesOnlyTokensThatEveryPaletteDefines() throws IOException {
        String base = COMMENT.matcher(Files.readString(CSS.resolve("base.css"), StandardCharsets.UTF_8))
                .replaceAll("");
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("-color-[a-z0-9-]+").matcher(base);
        while (m.find()) {
            used.add(m.group());
        }

        assertThat(Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(rgb|rgba|hsb|hsba)\\s*\\(")
                        .matcher(base)
                        .find())
                .as("base.css has a raw colour; use a token from the palettes")
                .isFalse();
        assertThat(palette(Theme.LIGHT).keySet()).containsAll(used);
        assertThat(used)
                .as("the pairs checked here are tokens base.css uses")
                .containsAll(tokensIn(TEXT))
                .containsAll(tokensIn(FOCUS));
    }

    /** JavaFX drops what follows a missing brace with no more than a logged warning, so check the sheets here. */
    @Test
    void everySheetClosesEveryRule() throws IOException {
        for (String sheet : List.of("base.css", "light.css", "dark.css", "projector.css")) {
            String css = COMMENT.matcher(Files.readString(CSS.resolve(sheet), StandardCharsets.UTF_8))
                    .replaceAll("");
            int depth = 0;
            int line = 1;
            for (char c : css.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                line += c == '\n' ? 1 : 0;
                assertThat(depth)
                        .as(sheet + " near line " + line + " (comments removed)")
                        .isBetween(0, 1);
            }
            assertThat(depth).as(sheet + ": a rule is not closed").isZero();
        }
    }

    private static void check(Map<String, String> colours, List<Pair> pairs, double minimum, List<String> failures) {
        for (Pair p : pairs) {
            double r = ratio(colours.get("-color-" + p.fg()), colours.get("-color-" + p.bg()));
            if (r < minimum) {
                failures.add(
                        String.format("%s on %s: %.2f:1, needs %.1f:1 (%s)", p.fg(), p.bg(), r, minimum, p.where()));
            }
        }
    }

    private static Set<String> tokensIn(List<Pair> pairs) {
        Set<String> tokens = new TreeSet<>();
        pairs.forEach(p -> {
            tokens.add("-color-" + p.fg());
            tokens.add("-color-" + p.bg());
        });
        return tokens;
    }

    /** The palette's tokens in file order, each a {@code #rrggbb} colour; anything else fails the test. */
    static Map<String, String> palette(Theme theme) throws IOException {
        String text = COMMENT.matcher(Files.readString(CSS.resolve(theme.palette()), StandardCharsets.UTF_8))
                .replaceAll("");
        Map<String, String> tokens = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String value = m.group(2).strip();
            assertThat(value).as("%s in %s", m.group(1), theme.palette()).matches(HEX);
            assertThat(tokens.put(m.group(1), value))
                    .as("%s defined twice in %s", m.group(1), theme.palette())
                    .isNull();
        }
        assertThat(tokens).as("tokens in %s", theme.palette()).isNotEmpty();
        return tokens;
    }

    /** WCAG 2 contrast ratio, from 1 (the same colour) to 21 (black on white), whichever colour is lighter. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of an sRGB colour written {@code #rrggbb}. */
    static double luminance(String hex) {
        Matcher m = HEX.matcher(hex);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        int rgb = Integer.parseInt(m.group(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
