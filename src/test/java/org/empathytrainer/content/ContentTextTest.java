package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Content files are read as strict UTF-8, whichever way the decoding goes. */
class ContentTextTest {
    @Test
    void aByteThatIsNotUtf8IsReportedWithItsLine() {
        byte[] latin1 = "{\n\"title\": \"Caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ContentText.decode(latin1))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("the byte 0xE9 on line 2 is not UTF-8");
    }

    @Test
    void aByteThatIsNotUtf8IsReportedWhenParsingToo() {
        byte[] latin1 = "{\n\"title\": \"Caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ContentText.parse(new ByteArrayInputStream(latin1)))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("the byte 0xE9 on line 2 is not UTF-8");
    }

    @Test
    void aByteThatIsNotUtf8IsReportedBeforeAnEarlierJsonSlipAndAtTheVeryEnd() {
        byte[] slipFirst =
                "{\n\"title\": \"a\",,\n\"customer\": \"Caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        byte[] truncatedAtTheEnd = Arrays.copyOf(good, good.length + 1);
        truncatedAtTheEnd[good.length] = (byte) 0xC3;

        assertThatThrownBy(() -> ContentText.parse(new ByteArrayInputStream(slipFirst)))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("the byte 0xE9 on line 3 is not UTF-8");
        assertThatThrownBy(() -> ContentText.parse(new ByteArrayInputStream(truncatedAtTheEnd)))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("the byte 0xC3 on line 1 is not UTF-8");
    }

    @Test
    void aFileIsParsedWithItsByteOrderMarkAndItsReplacementCharacter() throws Exception {
        String text = "{\"title\": \"a \uFFFD and caf\u00e9 \u2019\"}";

        assertThat(ContentText.parse(new ByteArrayInputStream(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)))
                        .getAsJsonObject()
                        .get("title")
                        .getAsString())
                .isEqualTo("a \uFFFD and caf\u00e9 \u2019");
    }

    @Test
    void theReplacementCharacterWrittenInTheFileIsKept() {
        String text = "{\"title\": \"a \uFFFD in the text, and caf\u00e9\"}";

        assertThat(ContentText.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() {
        String text = "{\"title\": \"caf\u00e9\"}";

        assertThat(ContentText.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(text);
        assertThat(ContentText.decode(("\uFEFF\uFFFD" + text).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("\uFFFD" + text);
    }
}
