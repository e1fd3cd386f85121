package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.empathytrainer.records.ProgressFixtures.CLOCK;
import static org.empathytrainer.records.ProgressFixtures.LEARNER;

import java.nio.file.Path;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.TextLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved texts longer than the limit are cut on load, with a notice naming them; the rest loads as saved. */
class LongTextLoadTest {
    @TempDir
    Path data;

    @Test
    void aTooLongSavedTextIsCutWithANoticeNeverRefused() throws Exception {
        LearnerProgress full = ProgressFixtures.full();
        CaseProgress porch = full.caseProgress("porch-parcel").orElseThrow();
        String huge = "I hear you. ".repeat(1000);
        CaseProgress longer = new CaseProgress(
                porch.caseId(),
                porch.caseVersion(),
                porch.page(),
                porch.answers().with(porch.answers().discuss().withOwnWords(huge)),
                porch.steps(),
                porch.startedAt(),
                porch.updatedAt(),
                porch.completedAt());
        LearnerProgress saved = full.with(longer).with(new StoryProgress(1, huge, null));
        new ProgressStore(data, CLOCK).save(saved);

        LoadResult result = new ProgressStore(data, CLOCK).load(LEARNER);

        String ownWords = result.progress()
                .caseProgress("porch-parcel")
                .orElseThrow()
                .answers()
                .discuss()
                .ownWords();
        assertThat(ownWords).hasSize(TextLimits.MAX_ANSWER).isEqualTo(huge.substring(0, TextLimits.MAX_ANSWER));
        assertThat(result.progress().story().reflection()).hasSize(TextLimits.MAX_ANSWER);
        assertThat(result.progress()
                        .caseProgress("porch-parcel")
                        .orElseThrow()
                        .answers()
                        .place())
                .isEqualTo(porch.answers().place());
        assertThat(result.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(StoreNotice.Kind.TEXT_CUT);
            assertThat(n.detail()).isEqualTo("story.reflection, cases.porch-parcel.answers.discuss.ownWords");
            assertThat(n.kind().progressKept()).isTrue();
        });
    }

    @Test
    void textsWithinTheLimitLoadWithoutNotice() throws Exception {
        new ProgressStore(data, CLOCK).save(ProgressFixtures.full());

        assertThat(new ProgressStore(data, CLOCK).load(LEARNER).notices()).isEmpty();
    }
}
