package org.empathytrainer.ui.profiles;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.records.profiles.TrashedProfile;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;
import org.empathytrainer.ui.theme.Appearance;

/**
 * Who is learning: the learners as buttons (a PIN asked for in place), a form for a new learner, and Manage
 * (rename, delete, restore the recently deleted). With no learner at all it is a welcome with only the form, so the
 * very first start creates a learner without a detour. Calls {@code onChosen} on the JavaFX thread once a learner is
 * picked (and their PIN checked) or created.
 */
public final class ProfileChooser implements Screen {
    private static final System.Logger LOG = System.getLogger(ProfileChooser.class.getName());

    private final Messages m;
    private final ProfileStore store;
    private final Consumer<Profile> onChosen;
    private final ScrollPane root;
    private final Label title = Ui.text("", "screen-title");
    private final Label intro = Ui.text("", "muted");
    private final Label notice = Ui.text("", "notice");
    private final Label status = Ui.text("", "status");
    private final Button guest;
    private final ProfileCards cards;
    private final PinPrompt pinPrompt;
    private final NewLearnerForm form;
    private final ManageProfiles manage;
    private boolean welcome;
    /** Set once saving a learner failed for a reason of the disk: the guest is offered from then on. */
    private boolean storageFailed;

    /**
     * @param background runs the slow PIN hashing off the JavaFX thread
     * @param onChosen   called with the learner to continue as
     */
    public ProfileChooser(
            Messages m, ProfileStore store, Appearance appearance, Executor background, Consumer<Profile> onChosen) {
        this.m = Objects.requireNonNull(m);
        this.store = Objects.requireNonNull(store);
        this.onChosen = Objects.requireNonNull(onChosen);
        guest = new Button(m.get("profiles.guest"));
        cards = new ProfileCards(m);
        pinPrompt = new PinPrompt(m, store, background, onChosen, this::cancelPin, this::failed);
        form = new NewLearnerForm(m, store, background, onChosen, this::storageFailed);
        manage = new ManageProfiles(m, store, appearance, this::changed);
        title.setId("profilesTitle");
        intro.setId("profilesIntro");
        notice.setId("profilesNotice");
        status.setId("profilesStatus");
        guest.setId("continueAsGuest");
        guest.setMnemonicParsing(true);
        VBox body = new VBox(
                title, intro, notice, guest, status, cards.node(), pinPrompt.node(), form.node(), manage.node());
        body.getStyleClass().addAll("screen", "profile-chooser");
        root = new ScrollPane(body);
        root.setFitToWidth(true);
        root.setId("profileChooser");
        showPin(false);
        refresh();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return welcome ? form.focusTarget() : cards.first().orElse(form.focusTarget());
    }

    /**
     * Offers to go on without a learner's file when the list of learners cannot be kept (the data folder is blocked,
     * unreadable, read-only or cannot be made, or saving a learner failed): nobody should be locked out of practising
     * by a disk problem.
     */
    public void offerGuest(Runnable onGuest) {
        guest.setOnAction(e -> onGuest.run());
        refresh();
    }

    /** Reads the learners again and shows them, as after a change made elsewhere. */
    public void refresh() {
        List<Profile> profiles = store.list();
        List<TrashedProfile> trash = store.trash();
        welcome = profiles.isEmpty();
        title.setText(m.get(welcome ? "profiles.welcome.title" : "profiles.title"));
        intro.setText(m.get(welcome ? "profiles.welcome.intro" : "profiles.intro"));
        String notices = String.join(
                "\n",
                store.notices().stream().map(n -> ProfileTexts.notice(m, n)).toList());
        notice.setText(notices);
        show(notice, !notices.isEmpty());
        show(status, !status.getText().isEmpty());
        cards.show(profiles, this::pick);
        show(cards.node(), !welcome && !pinPrompt.node().isVisible());
        form.showTitle(!welcome);
        manage.show(profiles, trash);
        show(manage.node(), !welcome || !trash.isEmpty());
        show(guest, guest.getOnAction() != null && (storageFailed || !store.canWrite()));
    }

    private void storageFailed() {
        storageFailed = true;
        refresh();
    }

    private void pick(Profile p) {
        if (!p.hasPin()) {
            onChosen.accept(p);
            return;
        }
        showPin(true);
        pinPrompt.ask(p);
    }

    private void cancelPin() {
        String asked = pinPrompt.asked();
        showPin(false);
        refresh();
        focus(asked == null ? null : "profile-" + asked);
    }

    private void showPin(boolean asking) {
        show(pinPrompt.node(), asking);
        show(cards.node(), !asking && !welcome);
    }

    private void changed(String text, String focusId) {
        status.setText(text);
        showPin(false);
        refresh();
        focus(focusId);
    }

    private void failed(ProfileException e) {
        showPin(false);
        status.setText(ProfileTexts.error(m, e, false));
        refresh();
        focus(null);
    }

    private void focus(String id) {
        Platform.runLater(() -> {
            Node target = id == null ? null : root.getContent().lookup("#" + id);
            (target != null ? target : initialFocus()).requestFocus();
        });
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** The exception a background task failed with, as a ProfileException (an unexpected one as STORAGE). */
    static ProfileException asProfileException(Throwable t) {
        if (t instanceof ProfileException) {
            return (ProfileException) t;
        }
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure with the learners' profiles", t);
        return new ProfileException(ProfileException.Problem.STORAGE, "", String.valueOf(t.getMessage()), t);
    }
}
