package org.empathytrainer.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.empathytrainer.records.Settings;
import org.junit.jupiter.api.Test;

class FontScaleTest {
    @Test
    void theStepsGoFromNormalToTwoAndAHalfTimes() {
        assertThat(FontScale.STEPS).containsExactly(100, 125, 150, 175, 200, 225, 250);
        assertThat(FontScale.reset()).isEqualTo(100);
    }

    @Test
    void upAndDownMoveOneStepAndStopAtTheEnds() {
        assertThat(FontScale.up(100)).isEqualTo(125);
        assertThat(FontScale.up(225)).isEqualTo(250);
        assertThat(FontScale.up(250)).isEqualTo(250);
        assertThat(FontScale.down(125)).isEqualTo(100);
        assertThat(FontScale.down(100)).isEqualTo(100);
        assertThat(FontScale.down(250)).isEqualTo(225);
    }

    @Test
    void aSizeBetweenStepsMovesToTheNextStepInThatDirection() {
        assertThat(FontScale.up(130)).isEqualTo(150);
        assertThat(FontScale.down(130)).isEqualTo(125);
        assertThat(FontScale.nearest(130)).isEqualTo(125);
        assertThat(FontScale.nearest(999)).isEqualTo(250);
    }

    @Test
    void theRootFontSizeIsTheBaseSizeTimesTheScale() {
        assertThat(FontScale.fontSizePx(100)).isEqualTo(15);
        assertThat(FontScale.fontSizePx(125)).isEqualTo(18.75);
        assertThat(FontScale.fontSizePx(250)).isEqualTo(37.5);
    }

    @Test
    void theBaseSizeIsTheOneBaseCssSets() throws IOException {
        String base = Files.readString(
                Path.of("src", "main", "resources", "org", "empathytrainer", "css", "base.css"),
                StandardCharsets.UTF_8);
        Matcher root = Pattern.compile("\\.root\\s*\\{[^}]*-fx-font-size:\\s*([0-9.]+)px")
                .matcher(base);

        assertThat(root.find())
                .as("a px font size in the .root rule of base.css")
                .isTrue();
        assertThat(Double.parseDouble(root.group(1))).isEqualTo(FontScale.BASE_FONT_PX);
    }

    @Test
    void everyThemeIsOneTheSettingsFileKnowsAndBack() {
        assertThat(Theme.values()).extracting(Theme::id).containsExactlyElementsOf(Settings.THEMES);
        assertThat(Theme.byId("projector")).contains(Theme.PROJECTOR);
        assertThat(Theme.byId("sepia")).isEmpty();
        for (Theme t : Theme.values()) {
            assertThat(Theme.class.getResource("/org/empathytrainer/css/" + t.palette()))
                    .as(t.palette())
                    .isNotNull();
        }
    }
}
