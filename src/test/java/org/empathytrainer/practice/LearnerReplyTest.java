package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LearnerReplyTest {

    private static CaseAnswers answers(String ownWords, String commitment) {
        return CaseAnswers.EMPTY
                .with(DiscussAnswer.EMPTY.withOwnWords(ownWords))
                .with(FixAnswer.EMPTY.withCommitment(commitment));
    }

    @Test
    void joinsTheAcknowledgementAndTheCommitmentAsTwoParagraphs() {
        assertThat(LearnerReply.assemble(answers("  Three weeks is too long.\n", "\nI will refund you today.  ")))
                .isEqualTo("Three weeks is too long.\n\nI will refund you today.");
    }

    @Test
    void leavesOutAPartNotWritten() {
        assertThat(LearnerReply.assemble(answers("   ", "I will refund you today.")))
                .isEqualTo("I will refund you today.");
        assertThat(LearnerReply.assemble(answers("Three weeks is too long.", "")))
                .isEqualTo("Three weeks is too long.");
    }

    @Test
    void isEmptyWhenNothingIsWritten() {
        assertThat(LearnerReply.assemble(CaseAnswers.EMPTY)).isEmpty();
    }
}
