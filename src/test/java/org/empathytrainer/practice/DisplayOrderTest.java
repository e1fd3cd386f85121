package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.empathytrainer.content.AckOption;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.junit.jupiter.api.Test;

class DisplayOrderTest {
    @Test
    void theSameQuestionIsAlwaysShownInTheSameOrder() {
        List<Integer> items = IntStream.rangeClosed(1, 7).boxed().toList();

        assertThat(DisplayOrder.of("porch-parcel/discuss", items))
                .isEqualTo(DisplayOrder.of("porch-parcel/discuss", new ArrayList<>(items)))
                .containsExactlyInAnyOrderElementsOf(items);
    }

    @Test
    void differentQuestionsAreShuffledDifferently() {
        List<Integer> items = IntStream.rangeClosed(1, 7).boxed().toList();

        assertThat(DisplayOrder.of("porch-parcel/discuss", items))
                .isNotEqualTo(DisplayOrder.of("frozen-bank-card/discuss", items));
    }

    /** The shipped cases list the best option first; shown that way, "pick the first" would always win. */
    @Test
    void theBestAcknowledgementIsNotAlwaysShownFirst() {
        Course course = ContentRepository.load(ContentSource.builtIn(), List.of());
        List<Integer> positions = new ArrayList<>();
        for (CustomerCase c : course.cases()) {
            List<AckOption> shown = DisplayOrder.options(c);
            positions.add(IntStream.range(0, shown.size())
                    .filter(i -> shown.get(i).best())
                    .findFirst()
                    .orElseThrow());
        }

        assertThat(positions).hasSize(course.cases().size()).anyMatch(p -> p > 0);
        assertThat(positions.stream().distinct().count()).isGreaterThan(2);
    }
}
