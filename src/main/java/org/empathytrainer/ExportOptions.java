package org.empathytrainer;

import java.nio.file.Path;
import org.empathytrainer.records.export.XapiOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's export options, mixed into {@link Main}; {@link Exporting} carries them out. {@code --learner}
 * also tells the app whom to start as when there is no export.
 */
final class ExportOptions {
    @Option(
            names = "--export-csv",
            paramLabel = "FILE",
            description = "Save the learners' results as CSV in FILE and exit, without starting the app.")
    Path csv;

    @Option(
            names = "--export-xapi",
            paramLabel = "FILE",
            description = "Save the learners' results as xAPI statements (a JSON array) in FILE and exit.")
    Path xapi;

    @Option(
            names = "--learner",
            paramLabel = "NAME",
            description = {
                "With an export: only this learner's results (all learners' when absent).",
                "Without one: start the app as this learner; one with a PIN still gives it in the learner "
                        + "chooser, which also opens when nobody has that name."
            })
    String learner;

    @Option(
            names = "--xapi-home-page",
            paramLabel = "URL",
            description = {"With --export-xapi: the home page of the learners' accounts.", "Default: ${DEFAULT-VALUE}"},
            defaultValue = XapiOptions.DEFAULT_HOME_PAGE)
    String homePage;

    @Option(
            names = "--xapi-activity-base",
            paramLabel = "URL",
            description = {"With --export-xapi: the start of every activity IRI.", "Default: ${DEFAULT-VALUE}"},
            defaultValue = XapiOptions.DEFAULT_ACTIVITY_BASE)
    String activityBase;

    @Option(
            names = "--allow-missing-cases",
            description = "Export or send progress on cases the course does not have (their content was not loaded: "
                    + "give --content-dir for a trainer's cases) instead of refusing.")
    boolean allowMissingCases;

    /** Whether an export was asked for. */
    boolean requested() {
        return csv != null || xapi != null;
    }

    /** Refuses the export options where they mean nothing, rather than ignore them. */
    void check(CommandLine cli, boolean validate, boolean sending) {
        ParseResult given = cli.getParseResult();
        if (requested() && validate) {
            throw new ParameterException(cli, "--validate and the exports are separate commands; give one of them");
        }
        if (!requested() && !sending && allowMissingCases) {
            throw new ParameterException(cli, "--allow-missing-cases is only given with an export or --send-xapi");
        }
        if (xapi == null
                && (given.hasMatchedOption("--xapi-home-page") || given.hasMatchedOption("--xapi-activity-base"))) {
            throw new ParameterException(
                    cli, "--xapi-home-page and --xapi-activity-base are only given with " + "--export-xapi");
        }
    }
}
