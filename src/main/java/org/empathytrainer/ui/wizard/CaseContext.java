package org.empathytrainer.ui.wizard;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.RecordField;
import org.empathytrainer.content.Utterance;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Prose;
import org.empathytrainer.ui.kit.Ui;

/** Beside every step: what the customer said and what the agent can see on their screen. */
final class CaseContext extends VBox {

    private static final System.Logger LOG = System.getLogger(CaseContext.class.getName());
    private static final double IMAGE_WIDTH = 320;

    CaseContext(Messages m, Course course, CustomerCase c) {
        getStyleClass().add("context-pane");
        setId("caseContext");
        // Read-only text is set as runs of text rather than labels, which cost twice as much to open (see Prose).
        getChildren()
                .addAll(
                        Ui.text(m.get("context.conversation"), "section-title"),
                        Prose.paragraph(c.customer().about(), "muted"));
        for (Utterance u : c.conversation()) {
            getChildren().add(Bubbles.bubble(m, c, u));
        }
        if (c.image() != null) {
            getChildren().add(picture(course, c));
        }
        getChildren().add(Ui.text(c.agentView().title(), "section-title"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("record-grid");
        grid.setId("agentView");
        int row = 0;
        for (RecordField f : c.agentView().fields()) {
            TextFlow label = Prose.paragraph(f.label(), "record-label");
            label.setMinWidth(110);
            label.setMaxWidth(150);
            grid.addRow(row++, label, Prose.paragraph(f.value()));
        }
        getChildren().add(grid);
    }

    /** The case's picture, or its description where the picture cannot be shown. */
    private static Node picture(Course course, CustomerCase c) {
        try (InputStream in = course.openImage(c)) {
            Image image = new Image(in);
            if (image.isError()) {
                throw new IOException(String.valueOf(image.getException()));
            }
            ImageView view = new ImageView(image);
            view.setId("caseImage");
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(IMAGE_WIDTH, image.getWidth()));
            view.setAccessibleText(c.image().alt());
            Tooltip.install(view, new Tooltip(c.image().alt()));
            return view;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Picture of case " + c.id() + " not shown", e);
            Label alt = Ui.text(c.image().alt(), "muted");
            alt.setId("caseImage");
            return alt;
        }
    }
}
