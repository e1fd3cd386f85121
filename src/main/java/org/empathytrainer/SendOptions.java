package org.empathytrainer;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The command line's options for sending results to a learning record store, mixed into {@link Main}; {@link
 * Sending} carries them out. The key and secret never come from the command line, which other users can see.
 */
final class SendOptions {
    @Option(
            names = "--send-xapi",
            description = "Send the learners' results not yet sent to the learning record store (LRS) of the settings "
                    + "and exit, without starting the app: 0 all sent, 1 some not sent (a line each says why). The "
                    + "key and secret come from the settings, or from EMPATHY_TRAINER_LRS_KEY and "
                    + "EMPATHY_TRAINER_LRS_SECRET.")
    boolean send;

    @Option(
            names = "--resend-all",
            description = "With --send-xapi: send every result of every learner in the data folder again, and those "
                    + "the LRS refused before. Safe: statement ids are stable, so the LRS keeps one copy of each.")
    boolean resendAll;

    @Option(
            names = "--lrs-endpoint",
            paramLabel = "URL",
            description = "With --send-xapi: the LRS's xAPI endpoint, instead of the one in the settings, such as "
                    + "https://lrs.example.org/data/xAPI/")
    String endpoint;

    /** Refuses the sending options where they mean nothing, or with a command they cannot go with. */
    void check(CommandLine cli, boolean otherCommand) {
        if (send && otherCommand) {
            throw new ParameterException(
                    cli, "--send-xapi is a command of its own; give it without --validate or " + "an export");
        }
        if (!send && (resendAll || endpoint != null)) {
            throw new ParameterException(cli, "--resend-all and --lrs-endpoint are only given with --send-xapi");
        }
    }
}
