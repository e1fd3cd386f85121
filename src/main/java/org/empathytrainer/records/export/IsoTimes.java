package org.empathytrainer.records.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Times and durations as the exports write them: ISO 8601, in UTC, to the millisecond at most. */
final class IsoTimes {
    private IsoTimes() {}

    /** For example {@code 2026-03-14T09:26:53Z}, or {@code 2026-03-14T09:26:53.120Z}; empty for null. */
    static String timestamp(Instant instant) {
        if (instant == null) {
            return "";
        }
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_FAST || seconds >= END_FAST) {
            return instant.truncatedTo(ChronoUnit.MILLIS).toString();
        }
        // Instant.toString's text, made without its formatter: an export writes several times per statement.
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int millis = instant.getNano() / 1_000_000;
        char[] text = new char[millis == 0 ? 20 : 24];
        digits(text, 0, t.getYear(), 4);
        text[4] = '-';
        digits(text, 5, t.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, t.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, t.getHour(), 2);
        text[13] = ':';
        digits(text, 14, t.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, t.getSecond(), 2);
        if (millis != 0) {
            text[19] = '.';
            digits(text, 20, millis, 3);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    /** Years 1000 to 9999, which Instant.toString writes as four digits with no sign. */
    private static final long FIRST_FAST = LocalDateTime.of(1000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    private static final long END_FAST = LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The time from {@code start} to {@code end}, when both are known and {@code end} is not before {@code start}. */
    static Optional<Duration> between(Instant start, Instant end) {
        if (start == null || end == null || end.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(start, end));
    }

    /**
     * An ISO 8601 duration in hours, minutes and seconds to the hundredth, the precision xAPI keeps: {@code PT1M30S},
     * {@code PT2H0M5.25S}, {@code PT0S}.
     */
    static String duration(Duration d) {
        long centis = d.toMillis() / 10;
        long hours = centis / 360_000;
        long minutes = centis / 6_000 % 60;
        BigDecimal seconds = BigDecimal.valueOf(centis % 6_000, 2).stripTrailingZeros();
        StringBuilder out = new StringBuilder("PT");
        if (hours > 0) {
            out.append(hours).append('H');
        }
        if (hours > 0 || minutes > 0) {
            out.append(minutes).append('M');
        }
        return out.append(seconds.toPlainString()).append('S').toString();
    }

    /** Whole seconds, rounded down, as the CSV gives them. */
    static String seconds(Duration d) {
        return Long.toString(d.getSeconds());
    }

    /** A score from 0 to 1 with a point for decimals and at most four of them: {@code 1}, {@code 0.5}, {@code 0.8333}. */
    static String score(double score) {
        return BigDecimal.valueOf(score)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
