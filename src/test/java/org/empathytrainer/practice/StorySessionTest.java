package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.empathytrainer.practice.Fixtures.MORNING;
import static org.empathytrainer.practice.Fixtures.NOON;
import static org.empathytrainer.practice.Fixtures.clockAt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.empathytrainer.content.Scene;
import org.empathytrainer.content.Story;
import org.junit.jupiter.api.Test;

class StorySessionTest {
    private final Story story = Fixtures.story();
    private final List<StoryProgress> checkpoints = new ArrayList<>();
    private final List<StoryProgress> changes = new ArrayList<>();

    private StorySession session(StoryProgress progress, Instant now) {
        StorySession session = new StorySession(story, progress, clockAt(now), checkpoints::add);
        session.setChangeListener(changes::add);
        return session;
    }

    private StorySession atReflection() {
        return session(new StoryProgress(story.scenes().size(), "", null), MORNING);
    }

    @Test
    void scenesAreShownOneAtATimeInOrderThenTheReflection() {
        StorySession s = session(StoryProgress.NEW, MORNING);
        assertThat(s.sceneCount()).isEqualTo(4);

        List<String> shown = new ArrayList<>();
        while (!s.atReflection()) {
            shown.add(s.scene().map(Scene::id).orElseThrow());
            s.advance();
        }

        assertThat(shown).containsExactly("arrival", "faces", "words", "umbrella");
        assertThat(s.scene()).isEmpty();
        assertThat(checkpoints).extracting(StoryProgress::scene).containsExactly(1, 2, 3, 4);
        assertThat(s.progress().completed()).isFalse();
    }

    @Test
    void theReflectionMustBeWrittenBeforeTheStoryEnds() {
        StorySession s = atReflection();

        assertThat(s.reflectionBlocker()).contains(Blocker.REFLECTION_MISSING);
        assertThat(s.canAdvance()).isFalse();
        assertThatIllegalStateException().isThrownBy(s::advance);

        s.updateReflection("   ");
        assertThat(s.reflectionBlocker()).contains(Blocker.REFLECTION_MISSING);

        s.updateReflection("a".repeat(TextLimits.MAX_ANSWER + 1));
        assertThat(s.reflectionBlocker()).contains(Blocker.TEXT_TOO_LONG);
        assertThat(s.canAdvance()).isFalse();

        s.updateReflection("A nurse once sat with me.");
        assertThat(s.reflectionBlocker()).isEmpty();
        assertThat(s.canAdvance()).isTrue();
        assertThat(s.progress().completed()).isFalse();
    }

    @Test
    void anUnwrittenReflectionDoesNotBlockTheScenes() {
        StorySession s = session(StoryProgress.NEW, MORNING);

        assertThat(s.canAdvance()).isTrue();
    }

    @Test
    void finishingTheReflectionCompletesTheStoryAtTheClocksTime() {
        StorySession s = atReflection();
        s.updateReflection("A nurse once sat with me.");

        s.advance();

        assertThat(s.progress().completedAt()).isEqualTo(MORNING);
        assertThat(s.progress().reflection()).isEqualTo("A nurse once sat with me.");
        assertThat(s.atReflection()).isTrue();
        assertThat(checkpoints).last().isEqualTo(s.progress());
    }

    @Test
    void finishingAgainKeepsTheFirstCompletionTime() {
        StoryProgress done = new StoryProgress(story.scenes().size(), "Written", MORNING);
        StorySession s = session(done, NOON);
        s.updateReflection("Rewritten");

        s.advance();

        assertThat(s.progress().completedAt()).isEqualTo(MORNING);
        assertThat(s.progress().reflection()).isEqualTo("Rewritten");
    }

    @Test
    void backShowsThePreviousSceneAndKeepsTheReflection() {
        StorySession s = atReflection();
        s.updateReflection("Half a thought");

        s.back();

        assertThat(s.scene()).map(Scene::id).contains("umbrella");
        assertThat(s.progress().reflection()).isEqualTo("Half a thought");
        assertThat(checkpoints).last().isEqualTo(s.progress());
    }

    @Test
    void backOnTheFirstSceneDoesNothing() {
        StorySession s = session(StoryProgress.NEW, MORNING);

        assertThat(s.canGoBack()).isFalse();
        s.back();

        assertThat(s.progress()).isEqualTo(StoryProgress.NEW);
        assertThat(checkpoints).isEmpty();
    }

    @Test
    void writingTheReflectionIsAnnouncedButNotSavedUntilAMoveOrCheckpoint() {
        StorySession s = atReflection();

        s.updateReflection("Draft");
        s.updateReflection("Draft");

        assertThat(changes).extracting(StoryProgress::reflection).containsExactly("Draft");
        assertThat(checkpoints).isEmpty();

        s.checkpoint();
        assertThat(checkpoints)
                .singleElement()
                .extracting(StoryProgress::reflection)
                .isEqualTo("Draft");
    }

    @Test
    void progressPastAShortenedStoryResumesAtTheReflection() {
        StorySession s = session(new StoryProgress(9, "Kept", null), MORNING);

        assertThat(s.atReflection()).isTrue();
        assertThat(s.progress().scene()).isEqualTo(story.scenes().size());
        assertThat(s.progress().reflection()).isEqualTo("Kept");
        s.back();
        assertThat(s.scene()).map(Scene::id).contains("umbrella");
    }
}
