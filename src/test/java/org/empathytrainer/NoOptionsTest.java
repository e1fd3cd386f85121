package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Started with no options, main() skips the parser for a quicker start: it must start the app the parser would. */
class NoOptionsTest {
    @Test
    void anEmptyCommandLineAsksForWhatMainStartsWithoutParsing() {
        List<LaunchOptions> launched = new ArrayList<>();

        int status = Main.run(
                new String[0], new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), launched::add);

        assertThat(status).isZero();
        assertThat(launched).containsExactly(LaunchOptions.NONE);
    }
}
