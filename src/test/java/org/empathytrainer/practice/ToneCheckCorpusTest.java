package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.Step;
import org.empathytrainer.content.ToneFacts;
import org.junit.jupiter.api.Test;

/**
 * Measures the tone check with the shipped content on a labelled corpus of agent replies written for the purpose
 * (src/test/resources/.../tone-corpus.txt): per-kind recall and precision, and how often a good reply is flagged.
 * Every fourth reply is held out: the rules were tuned on the others, so its figures say how the check holds on
 * replies nobody tuned it for. The thresholds apply to the whole corpus.
 */
class ToneCheckCorpusTest {
    private static final Course COURSE = ContentRepository.load(ContentSource.builtIn());
    private static final ToneCheck CHECK = ToneCheck.forCourse(COURSE);
    private static final Map<String, String> CASES = Map.of(
            "pp", "porch-parcel",
            "fb", "frozen-bank-card",
            "hl", "hotel-lost-booking",
            "mc", "missed-connection",
            "mb", "mobile-bill-shock",
            "pc", "power-cut-medical",
            "sr", "subscription-renewal",
            "wo", "wrong-order-allergy",
            "bb", "bill-after-bereavement");

    record Reply(
            int number,
            boolean heldOut,
            String caseId,
            Step step,
            Set<String> pitfalls,
            Set<String> markers,
            String text) {}

    /** What the check found for one reply. */
    record Outcome(Reply reply, Set<String> pitfalls, Set<String> markers) {
        boolean good() {
            return reply.pitfalls.isEmpty();
        }
    }

    @Test
    void holdsOnTheLabelledCorpus() throws IOException {
        assertThat(COURSE.problems()).isEmpty();
        List<Outcome> all = read().stream().map(ToneCheckCorpusTest::run).toList();
        List<Outcome> heldOut = all.stream().filter(o -> o.reply.heldOut).toList();
        List<Outcome> tuned = all.stream().filter(o -> !o.reply.heldOut).toList();
        Figures whole = new Figures(all);
        System.out.println("Tone check on the whole corpus\n" + whole.table());
        System.out.println("Tone check on the tuning part\n" + new Figures(tuned).table());
        System.out.println("Tone check on the held-out part (not tuned on)\n" + new Figures(heldOut).table());
        System.out.println("Misses and false alarms, whole corpus:");
        all.stream()
                .filter(o -> !o.pitfalls.equals(o.reply.pitfalls))
                .forEach(o -> System.out.println("  " + (o.reply.heldOut ? "[held-out] " : "") + "expected "
                        + o.reply.pitfalls + " found " + o.pitfalls + ": " + o.reply.text));

        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
        assertThat(all.stream().filter(Outcome::good).count()).isGreaterThanOrEqualTo(100);
        assertThat(heldOut.size() * 4).isGreaterThanOrEqualTo(all.size() - 3);
        for (String kind : whole.kinds) {
            assertThat(whole.expected(kind)).as("examples of " + kind).isGreaterThanOrEqualTo(15);
            assertThat(whole.recall(kind)).as("recall of " + kind).isGreaterThanOrEqualTo(0.90);
        }
        assertThat(whole.falseAlarmRate()).as("good replies with any pitfall").isLessThanOrEqualTo(0.05);
        assertThat(whole.praiseOnly()).as("flawed replies given only praise").isEmpty();
    }

    private static Outcome run(Reply r) {
        ToneFacts facts = COURSE.findCase(r.caseId).orElseThrow().toneFacts();
        ToneReport report = CHECK.report(r.text, facts, r.step);
        assertThat(report.status()).as(r.text).isEqualTo(ToneReport.Status.CHECKED);
        Set<String> pitfalls = new TreeSet<>();
        Set<String> markers = new TreeSet<>();
        for (ToneMatch m : report.findings()) {
            (m.pitfall() ? pitfalls : markers).add(m.group().id());
        }
        return new Outcome(r, pitfalls, markers);
    }

    /** Recall and precision per pitfall kind, false alarms on good replies, and praise given to flawed ones. */
    static final class Figures {
        final List<Outcome> outcomes;
        final Set<String> kinds = new TreeSet<>();

        Figures(List<Outcome> outcomes) {
            this.outcomes = outcomes;
            outcomes.forEach(o -> kinds.addAll(o.reply.pitfalls));
        }

        long expected(String kind) {
            return outcomes.stream()
                    .filter(o -> o.reply.pitfalls.contains(kind))
                    .count();
        }

        long found(String kind) {
            return outcomes.stream().filter(o -> o.pitfalls.contains(kind)).count();
        }

        long both(String kind) {
            return outcomes.stream()
                    .filter(o -> o.pitfalls.contains(kind) && o.reply.pitfalls.contains(kind))
                    .count();
        }

        double recall(String kind) {
            return expected(kind) == 0 ? 1 : (double) both(kind) / expected(kind);
        }

        double precision(String kind) {
            return found(kind) == 0 ? 1 : (double) both(kind) / found(kind);
        }

        double falseAlarmRate() {
            long good = outcomes.stream().filter(Outcome::good).count();
            long flagged = outcomes.stream()
                    .filter(o -> o.good() && !o.pitfalls.isEmpty())
                    .count();
            return good == 0 ? 0 : (double) flagged / good;
        }

        List<Outcome> praiseOnly() {
            return outcomes.stream()
                    .filter(o -> !o.good() && o.pitfalls.isEmpty() && !o.markers.isEmpty())
                    .toList();
        }

        long flawedMissed() {
            return outcomes.stream()
                    .filter(o -> !o.good() && o.pitfalls.isEmpty())
                    .count();
        }

        String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "  %-20s %8s %8s %8s%n", "pitfall", "examples", "recall", "precision"));
            for (String kind : kinds) {
                b.append(String.format(
                        Locale.ROOT,
                        "  %-20s %8d %7.1f%% %8.1f%%%n",
                        kind,
                        expected(kind),
                        100 * recall(kind),
                        100 * precision(kind)));
            }
            long good = outcomes.stream().filter(Outcome::good).count();
            b.append(String.format(
                    Locale.ROOT,
                    "  replies %d, good %d; good replies with any pitfall %.1f%%; flawed replies with no pitfall found %d,"
                            + " of them given only praise %d%n",
                    outcomes.size(),
                    good,
                    100 * falseAlarmRate(),
                    flawedMissed(),
                    praiseOnly().size()));
            Set<String> markerKinds = new TreeSet<>();
            outcomes.forEach(o -> markerKinds.addAll(o.reply.markers));
            b.append("  markers (labelled loosely, no threshold): ");
            b.append(markerKinds.stream()
                    .map(k -> {
                        long e = outcomes.stream()
                                .filter(o -> o.reply.markers.contains(k))
                                .count();
                        long hit = outcomes.stream()
                                .filter(o -> o.reply.markers.contains(k) && o.markers.contains(k))
                                .count();
                        return String.format(Locale.ROOT, "%s %.0f%% of %d", k, 100.0 * hit / e, e);
                    })
                    .collect(Collectors.joining(", ")));
            return b.append('\n').toString();
        }
    }

    static List<Reply> read() throws IOException {
        List<Reply> replies = new ArrayList<>();
        try (InputStream in = ToneCheckCorpusTest.class.getResourceAsStream("tone-corpus.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" \\| ", 5);
                if (f.length != 5 || !CASES.containsKey(f[0])) {
                    throw new IllegalStateException(
                            "tone-corpus.txt line " + (i + 1) + ": not case | step | pitfalls | markers | reply");
                }
                int number = replies.size() + 1;
                replies.add(new Reply(
                        number,
                        number % 4 == 0,
                        CASES.get(f[0]),
                        f[1].equals("d") ? Step.DISCUSS : Step.FIX,
                        labels(f[2]),
                        labels(f[3]),
                        f[4]));
            }
        }
        return replies;
    }

    private static Set<String> labels(String field) {
        return field.equals("-") ? Set.of() : new LinkedHashSet<>(List.of(field.split(",")));
    }
}
