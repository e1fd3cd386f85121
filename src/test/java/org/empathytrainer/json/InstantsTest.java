package org.empathytrainer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantsTest {

    @Test
    void readsEveryTimeTheAppWritesAsInstantParseDoes() {
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong() % 8_000_000_000L; // about 1716 to 2223
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant time = Instant.ofEpochSecond(seconds, nanos);
            assertThat(Instants.parse(time.toString())).isEqualTo(time);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-31T09:30:00.5Z",
                "2025-01-31T09:30:00.123456789Z",
                "2024-02-29T23:59:59Z",
                "2025-01-31T24:00:00Z",
                "2025-01-31T23:59:60Z",
                "+12025-01-31T09:30:00Z",
                "0999-12-31T23:59:59Z",
                "2025-01-31T09:30:00.Z"
            })
    void otherShapesAreReadAsInstantParseReadsThem(String text) {
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> Instants.parse(text)).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(Instants.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-02-30T09:30:00Z",
                "2025-13-01T09:30:00Z",
                "2025-01-31T09:30:00.1234567890Z",
                "2025-01-31 09:30:00Z",
                "2025-01-31T09:30:00",
                "2025-01-3aT09:30:00Z",
                "yesterday"
            })
    void whatIsNotATimeIsRefusedAsInstantParseRefusesIt(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Instants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
