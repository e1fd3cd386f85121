package org.empathytrainer.ui.wizard;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.kit.Footer;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.PaneCycle;
import org.empathytrainer.ui.kit.Ui;

/**
 * The case wizard: the step indicator, the case beside the current step's activity, and Back / Next. Next stays
 * disabled until the step is complete, and the footer says what is missing. The flow itself is the session's.
 *
 * <p>The window keeps one wizard and opens each case in it ({@link #open}): the frame (the split pane, its scroll
 * panes, the step indicator and the footer) stays in the scene between cases, hidden while another screen shows, so
 * that JavaFX styles only what belongs to the case. Everything of a case goes when the learner leaves it.
 */
public final class WizardView implements Screen {
    private final AppContext ctx;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final ScrollPane contextScroll = new ScrollPane();
    private final ScrollPane pageScroll = new ScrollPane();
    private final StepIndicator indicator;
    private final Label title;
    private final Label who;
    private final Label blocker = new Label();
    private final Button back;
    private final Button next;
    private final Button home;
    private final Button restart;
    /** The pages built so far, kept so that going back and on again only shows them again. */
    private final Map<WizardPage, PageView> built = new EnumMap<>(WizardPage.class);

    private final VBox pageSlot = new VBox();
    /**
     * Where the case shows beside the step: the scroll pane's content stays, as a scroll pane keeps a binding to the
     * content it had until it is given another.
     */
    private final VBox contextSlot = new VBox();
    /** The case open, or null between cases. */
    private CaseSession session;

    private PageView pageView;
    private WizardPage shown;
    /** What the summary in {@link #built} was made from, if there is one. */
    private Object summaryShows;

    public WizardView(AppContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.m = ctx.messages();
        root.setId("wizardView");
        indicator = new StepIndicator(m);
        title = Ui.text("", "screen-title");
        title.setId("caseTitle");
        who = Ui.text("", "muted");
        // The heading scrolls with the step, so at large text sizes the step keeps the height of the window.
        VBox header = new VBox(8, title, who, indicator);

        contextScroll.setContent(contextSlot);
        contextScroll.setFitToWidth(true);
        contextScroll.setMinWidth(260);
        // The case has no control of its own: the pane itself takes the focus, so the keyboard can scroll it.
        contextScroll.setId("contextScroll");
        contextScroll.setFocusTraversable(true);
        contextScroll.setAccessibleText(m.get("context.pane.accessible"));
        pageScroll.setFitToWidth(true);
        pageScroll.setId("pageScroll");
        pageScroll.setAccessibleText(m.get("wizard.pane.accessible"));
        contextScroll.getStyleClass().add("pane-scroll");
        pageScroll.getStyleClass().add("pane-scroll");
        VBox holder = new VBox(24, header, pageSlot);
        holder.getStyleClass().add("screen");
        pageScroll.setContent(holder);
        SplitPane split = new SplitPane(contextScroll, pageScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.36);
        root.setCenter(split);

        back = button("wizardBack", m.get("nav.back"), this::back);
        next = button("wizardNext", m.get("nav.next"), this::next);
        next.getStyleClass().add("primary");
        next.setDefaultButton(true);
        home = button("wizardHome", m.get("summary.home"), nav::home);
        home.getStyleClass().add("primary");
        restart = button("wizardRestart", m.get("card.restart"), () -> {
            if (session != null) {
                nav.restartCase(session.content().id());
            }
        });
        blocker.setId("wizardBlocker");
        HBox footer = Footer.of(blocker, restart, back, next, home);
        root.setBottom(footer);
        // The step's pane takes the focus only from F6, not from Tab: its controls are Tab's stops.
        PaneCycle.install(
                root,
                List.of(
                        new PaneCycle.Pane(contextScroll, () -> contextScroll),
                        new PaneCycle.Pane(pageScroll, () -> pageScroll),
                        new PaneCycle.Pane(footer, this::footerEntry)));
    }

    /** Where F6 lands in the footer: the first of its buttons that can be pressed now, Next first. */
    private Node footerEntry() {
        for (Button b : List.of(next, home, back, restart)) {
            if (b.isVisible() && !b.isDisabled()) {
                return b;
            }
        }
        return null;
    }

    /** The services the wizard was built with: a wizard serves one learner, or one classroom. */
    public AppContext context() {
        return ctx;
    }

    /** Shows {@code opened}, at the page its learner left it, in place of the case shown before. */
    public WizardView open(CaseSession opened) {
        close();
        session = opened;
        CustomerCase c = opened.content();
        title.setText(c.title());
        who.setText(m.get("case.who", c.customer().name(), m.get("channel." + ChannelNames.key(c.channel()))));
        contextSlot.getChildren().setAll(new CaseContext(m, ctx.course(), c));
        contextScroll.setVvalue(0);
        indicator.show(opened);
        opened.setChangeListener(p -> render());
        render();
        return this;
    }

    /** Lets go of the case shown and everything built for it. */
    private void close() {
        if (session == null) {
            return;
        }
        session.setChangeListener(p -> {});
        session = null;
        indicator.clear();
        pageSlot.getChildren().clear();
        built.clear();
        contextSlot.getChildren().clear();
        pageView = null;
        shown = null;
        summaryShows = null;
    }

    private Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public void next() {
        if (session != null && session.canAdvance()) {
            session.advance();
        }
    }

    @Override
    public boolean pages() {
        return true;
    }

    @Override
    public void back() {
        if (session != null) {
            session.back();
        }
    }

    private void render() {
        if (shown != session.page()) {
            shown = session.page();
            ctx.presentation().turnPage();
            ctx.presentation().cueProperty().set(StepCues.of(m, ctx.course(), session.content(), shown));
            show(shown);
            ctx.presentation().ballotProperty().set(pageView.ballot().orElse(null));
            pageScroll.setVvalue(0);
            Platform.runLater(() -> ctx.presentation().focus(initialFocus(), root));
        }
        indicator.render();
        boolean summary = session.page() == WizardPage.SUMMARY;
        back.setDisable(!session.canGoBack());
        next.setDisable(!session.canAdvance());
        next.setText(session.page() == WizardPage.FIX ? m.get("wizard.to-summary") : m.get("nav.next"));
        setShown(next, !summary);
        setShown(home, summary);
        setShown(restart, summary);
        blocker.setText(Footer.why(m, session.blocker()));
        next.setAccessibleHelp(blocker.getText());
    }

    /**
     * Shows {@code page}. A page built before stays in the scene, hidden, and comes back as the learner left it: taking
     * a page out of the scene and putting it back would have JavaFX work out the styles of all its nodes again. The
     * page shown is always the first in its slot, so a look-up by id finds it before the hidden ones. The summary is
     * built again when what it shows has changed: the answers, or a step's status or score.
     */
    private void show(WizardPage page) {
        if (pageView != null) {
            setShown(pageView.node(), false);
        }
        if (page == WizardPage.SUMMARY) {
            Object shows = summaryShows();
            PageView old = built.get(page);
            if (old != null && !shows.equals(summaryShows)) {
                pageSlot.getChildren().remove(old.node());
                built.remove(page);
            }
            summaryShows = shows;
        }
        pageView = built.computeIfAbsent(page, this::build);
        Node node = pageView.node();
        if (node.getParent() == null) {
            pageSlot.getChildren().add(0, node);
        } else {
            // Moves it to the front of the slot without taking it out of the scene.
            node.toBack();
            setShown(node, true);
        }
    }

    /** What the summary is made from, apart from the case itself; times are left out, as it shows none. */
    private Object summaryShows() {
        CaseProgress progress = session.progress();
        Map<Step, List<Object>> steps = new EnumMap<>(Step.class);
        progress.steps().forEach((step, r) -> steps.put(step, Arrays.asList(r.status(), r.score())));
        return List.of(progress.answers(), steps);
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private PageView build(WizardPage page) {
        switch (page) {
            case PLACE:
                return new PlacePage(ctx, session);
            case SENSE:
                return new SensePage(ctx, session);
            case DISCUSS:
                return new DiscussPage(ctx, session);
            case FIX:
                return new FixPage(ctx, session);
            case SUMMARY:
                return new SummaryPage(ctx, session);
            default:
                throw new IllegalArgumentException(page.toString());
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        if (session == null) {
            return root;
        }
        return session.page() == WizardPage.SUMMARY ? home : pageView.initialFocus();
    }

    @Override
    public void leave() {
        if (session != null) {
            session.checkpoint();
            close();
        }
    }
}
