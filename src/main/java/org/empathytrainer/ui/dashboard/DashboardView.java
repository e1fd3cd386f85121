package org.empathytrainer.ui.dashboard;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.empathytrainer.practice.Attempt;
import org.empathytrainer.practice.DashboardSummary;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The learner's progress: mastery of each step as a chart, the weakest step with a case to practise it, each case's
 * best and latest results, and every attempt, any of which opens read-only. Computed once when the screen opens, from
 * the progress the keeper holds. Opens a case through the navigator; never changes the learner's progress itself.
 */
public final class DashboardView implements Screen {
    private final AppContext ctx;
    private final Texts texts;
    private final StackPane root = new StackPane();
    private final ScrollPane overview;
    private final DashboardSummary summary;
    private AttemptList history;
    private Node firstFocus;
    private final VBox body = new VBox();
    private AttemptReview review;

    public DashboardView(AppContext ctx, Navigator nav) {
        this(ctx, nav, DashboardSummary.of(ctx.keeper().progress(), ctx.course()));
    }

    /** A dashboard of {@code summary}, already computed. */
    public DashboardView(AppContext ctx, Navigator nav, DashboardSummary summary) {
        this.ctx = ctx;
        this.summary = summary;
        this.texts = new Texts(ctx.messages(), ctx.clock().getZone());
        Messages m = ctx.messages();
        body.getStyleClass().add("screen");
        Label title = Ui.text(m.get("dashboard.title"), "screen-title");
        title.setId("dashboardTitle");
        title.setFocusTraversable(true);
        body.getChildren().add(title);
        firstFocus = title;
        if (summary.empty()) {
            emptyState(body, nav);
        } else {
            overview(body, nav);
        }
        overview = new ScrollPane(body);
        overview.setFitToWidth(true);
        overview.setId("dashboardOverview");
        root.setId("dashboard");
        root.getChildren().add(overview);
    }

    /** Adds a section at the end of the overview, e.g. the certificate and the exports. */
    public void addSection(Node section) {
        body.getChildren().add(section);
    }

    private void emptyState(VBox body, Navigator nav) {
        Messages m = ctx.messages();
        Label empty = Ui.text(m.get("dashboard.empty"), "body-text");
        empty.setId("dashboardEmpty");
        body.getChildren().add(empty);
        if (!ctx.course().cases().isEmpty()) {
            String first = ctx.course().cases().get(0).id();
            Button start = new Button(m.get("dashboard.empty.start"));
            start.setId("dashboardStart");
            start.getStyleClass().add("primary");
            start.setMnemonicParsing(true);
            start.setMinWidth(Button.USE_PREF_SIZE);
            start.setAccessibleText(m.get(
                    "dashboard.empty.start.accessible",
                    ctx.course().cases().get(0).title()));
            start.setOnAction(e -> nav.openCase(first));
            body.getChildren().add(start);
            firstFocus = start;
        }
    }

    private void overview(VBox body, Navigator nav) {
        Messages m = ctx.messages();
        SuggestionPanel suggestion = new SuggestionPanel(texts, summary, nav);
        history = new AttemptList(texts, summary.attempts(), this::openReview);
        body.getChildren()
                .addAll(
                        Ui.text(m.get("dashboard.intro", summary.attempts().size()), "muted"),
                        Ui.text(m.get("dashboard.mastery.title"), "section-title"),
                        Ui.text(m.get("dashboard.mastery.explain"), "muted"),
                        new MasteryChart(texts, summary.mastery(), summary.weakest()),
                        suggestion,
                        Ui.text(m.get("dashboard.cases.title"), "section-title"),
                        new CaseTable(texts, summary.cases()),
                        Ui.text(m.get("dashboard.history.title"), "section-title"),
                        Ui.text(m.get("dashboard.history.hint"), "muted"),
                        history);
        firstFocus = suggestion.practise().map(Node.class::cast).orElse(history.list());
    }

    /** Shows {@code attempt} read-only in place of the overview. */
    void openReview(Attempt attempt) {
        review = new AttemptReview(ctx, texts, attempt, this::closeReview);
        root.getChildren().setAll(review.node());
        ctx.presentation().turnPage();
        Platform.runLater(() -> review.initialFocus().requestFocus());
    }

    private void closeReview() {
        if (review == null) {
            return;
        }
        review = null;
        root.getChildren().setAll(overview);
        Node focus = history != null ? history.list() : firstFocus;
        Platform.runLater(focus::requestFocus);
    }

    /** The figures shown, for whoever hosts the screen. */
    public DashboardSummary summary() {
        return summary;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return firstFocus;
    }

    /** Page Up leaves a review for the overview. */
    @Override
    public void back() {
        closeReview();
    }
}
