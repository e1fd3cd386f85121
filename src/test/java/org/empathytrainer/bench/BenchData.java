package org.empathytrainer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.empathytrainer.content.ActionKind;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;

/**
 * The data the in-process benchmarks work on: a folder of many cases, and a learner with a long history. Shared with
 * {@code BenchDataTest}, which checks that both are what a real learner and a real trainer would produce.
 */
public final class BenchData {
    /** The shipped case every generated case is a copy of. */
    public static final Path TEMPLATE_CASE = Path.of("assets", "cases", "porch-parcel.json");

    private static final String TEMPLATE_ID = "\"id\": \"porch-parcel\"";
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private BenchData() {}

    /** Deletes a folder the benchmarks made, with everything in it. */
    public static void delete(Path dir) throws IOException {
        if (dir == null || Files.notExists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    /** Writes {@code count} copies of the template case into {@code dir}, each with an id of its own. */
    public static Path caseFolder(Path dir, int count) throws IOException {
        String template = Files.readString(TEMPLATE_CASE, StandardCharsets.UTF_8);
        if (!template.contains(TEMPLATE_ID)) {
            throw new IllegalStateException(TEMPLATE_CASE + " no longer has " + TEMPLATE_ID);
        }
        Files.createDirectories(dir);
        for (int i = 1; i <= count; i++) {
            String id = String.format("generated-case-%03d", i);
            Files.writeString(
                    dir.resolve(id + ".json"),
                    template.replace(TEMPLATE_ID, "\"id\": \"" + id + "\""),
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    /**
     * A learner who finished every case of {@code course} and has {@code attempts} earlier finished attempts in their
     * history, spread over the cases, each with every step answered and scored.
     */
    public static LearnerProgress learner(String name, Course course, int attempts) {
        List<CaseProgress> finished = new ArrayList<>();
        for (CustomerCase c : course.cases()) {
            finished.add(finish(c));
        }
        List<CaseProgress> history = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            CaseProgress p = finished.get(i % finished.size());
            Duration shift = Duration.ofHours(i);
            history.add(new CaseProgress(
                    p.caseId(),
                    p.caseVersion(),
                    p.page(),
                    p.answers(),
                    p.steps(),
                    p.startedAt().plus(shift),
                    p.updatedAt().plus(shift),
                    p.completedAt().plus(shift)));
        }
        Map<String, CaseProgress> current = new LinkedHashMap<>();
        finished.forEach(p -> current.put(p.caseId(), p));
        StoryProgress story = new StoryProgress(0, "Slowing down to listen changed the whole evening.", START);
        return new LearnerProgress(name, story, current, history);
    }

    /** One attempt at {@code c} taken to the summary the way the wizard does, every step answered. */
    public static CaseProgress finish(CustomerCase c) {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        CaseSession s = new CaseSession(c, CaseProgress.start(c.id(), c.version(), START), clock, p -> {});
        s.updatePlace(p -> p.withRetelling("I ordered a present for my father and it never came; the tracking says it"
                        + " was left on my porch, and now I am afraid it is lost before his birthday.")
                .withConcern(c.place().concerns().get(0).id())
                .check());
        s.advance();
        s.updateSense(a -> {
            for (ExpectedFeeling f : c.sense().feelings()) {
                a = a.with(f.emotion(), f.intensity());
            }
            return a;
        });
        s.advance();
        s.updateDiscuss(d -> d.withOption(c.discuss().options().get(0).id())
                .check()
                .withOwnWords("I am so sorry, that is really worrying with the birthday on Saturday. I will find out"
                        + " what happened to your parcel right now."));
        s.advance();
        s.updateFix(f -> {
            for (ActionOption a : c.fix().actions()) {
                if (a.kind() == ActionKind.HELPFUL) {
                    f = f.toggle(a.id(), true);
                }
            }
            return f.withCommitment("I will call you back before five today with the carrier's answer.");
        });
        s.advance();
        return s.progress();
    }
}
