package org.empathytrainer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    @Test
    void runningOutOfMemoryIsNotTakenForBrokenJson() {
        Reader exhausted = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                throw new OutOfMemoryError("no room to read the file");
            }

            @Override
            public void close() {}
        };

        assertThatThrownBy(() -> StrictJson.parse(exhausted))
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessage("no room to read the file");
    }

    @Test
    void aFieldGivenTwiceInANestedObjectIsRefusedWithItsWholePath() {
        String text = "{\"steps\": [{\"a\": 1}, {\"title\": \"x\",\n \"title\": \"y\"}]}";

        assertThatThrownBy(() -> StrictJson.parse(new StringReader(text)))
                .isInstanceOfSatisfying(DuplicateFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("steps[1].title");
                    assertThat(e.problem())
                            .isEqualTo("appears twice in the same object (the second at line 2 column 9); keep one");
                    assertThat(e.getMessage()).startsWith("the field \"steps[1].title\" appears twice");
                });
    }

    @Test
    void theSameNameInDifferentObjectsIsFine() throws IOException {
        String text = "{\"a\": {\"id\": 1}, \"b\": {\"id\": 2}, \"list\": [{\"id\": 3}, {\"id\": 4}], \"id\": 5}";

        assertThat(StrictJson.parse(new StringReader(text))
                        .getAsJsonObject()
                        .get("id")
                        .getAsInt())
                .isEqualTo(5);
    }
}
