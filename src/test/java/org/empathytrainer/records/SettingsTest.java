package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void theDefaultsAreTheLightThemeAtNormalSizeWithMotion() {
        assertThat(Settings.DEFAULTS).isEqualTo(new Settings("light", 100, false));
        assertThat(Settings.SCALES).containsExactly(100, 125, 150, 175, 200, 225, 250);
    }

    @Test
    void aSizeOutsideTheRangeIsRejectedWithTheSizesAllowed() {
        assertThatThrownBy(() -> new Settings("dark", 300, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scalePercent must be one of 100, 125, 150, 175, 200, 225, 250 (percent), not 300");
        assertThatThrownBy(() -> new Settings("dark", 75, false)).hasMessageEndingWith("not 75");
        assertThatThrownBy(() -> new Settings("dark", 130, false)).hasMessageEndingWith("not 130");
    }

    @Test
    void anUnknownThemeIsRejectedWithTheThemesAllowed() {
        assertThatThrownBy(() -> new Settings("blue", 100, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("theme must be one of light, dark, projector, not \"blue\"");
        assertThatThrownBy(() -> new Settings(null, 100, false)).hasMessageEndingWith("not missing");
    }

    @Test
    void theNearestScaleIsClampedToTheRangeAndRoundedToAStep() {
        assertThat(Settings.nearestScale(400)).isEqualTo(250);
        assertThat(Settings.nearestScale(-5)).isEqualTo(100);
        assertThat(Settings.nearestScale(130)).isEqualTo(125);
        assertThat(Settings.nearestScale(138)).isEqualTo(150);
        assertThat(Settings.nearestScale(175)).isEqualTo(175);
    }

    @Test
    void withersChangeOneValue() {
        Settings s =
                Settings.DEFAULTS.withTheme("projector").withScalePercent(200).withReducedMotion(true);

        assertThat(s).isEqualTo(new Settings("projector", 200, true));
        assertThatThrownBy(() -> s.withScalePercent(260)).isInstanceOf(IllegalArgumentException.class);
    }
}
