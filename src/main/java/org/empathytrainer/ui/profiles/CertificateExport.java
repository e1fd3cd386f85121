package org.empathytrainer.ui.profiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.empathytrainer.records.AtomicFiles;
import org.empathytrainer.ui.theme.FontScale;
import org.empathytrainer.ui.theme.Theme;
import org.empathytrainer.ui.theme.Themes;

/**
 * Saves a certificate as a PNG and prints it. Both draw it in the light palette at normal text size, whatever the
 * screen shows, so that it prints well. Call on the JavaFX thread.
 */
public final class CertificateExport {
    /** Pixels per CSS pixel in the PNG: 2246 x 1588 for an A4 certificate, about 190 dots per inch on paper. */
    public static final double PNG_SCALE = 2;

    private static final System.Logger LOG = System.getLogger(CertificateExport.class.getName());

    /** How a print went. */
    public enum PrintOutcome {
        PRINTED,
        CANCELLED,
        NO_PRINTER,
        FAILED
    }

    private CertificateExport() {}

    /**
     * Writes {@code node} (one not shown anywhere, as {@link CertificateView#build} makes) to {@code target} as a PNG,
     * atomically. Call on the JavaFX thread; {@link #capture} and {@link #writePng(BufferedImage, Path)} split the
     * work so that the slow part, encoding and writing, can run elsewhere.
     *
     * @throws IOException saying which file and why
     */
    public static void writePng(Node node, Path target) throws IOException {
        writePng(capture(node), target);
    }

    /** The certificate as a picture, ready to write from any thread. Call on the JavaFX thread. */
    public static BufferedImage capture(Node node) {
        WritableImage image = snapshot(node);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /**
     * Writes {@code picture} to {@code target} as a PNG, atomically (see {@link AtomicFiles}), so a failure never
     * leaves half a picture. Any thread.
     *
     * @throws IOException saying which file and why
     */
    public static void writePng(BufferedImage picture, Path target) throws IOException {
        try {
            AtomicFiles.write(
                    target,
                    out -> {
                        if (!ImageIO.write(picture, "png", out)) {
                            throw new IOException("this Java runtime cannot write PNG pictures");
                        }
                    },
                    null);
        } catch (IOException e) {
            throw new IOException(target + ": " + e.getMessage(), e);
        }
    }

    /** The certificate as a picture at {@link #PNG_SCALE}. */
    static WritableImage snapshot(Node node) {
        prepare(node);
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(PNG_SCALE, PNG_SCALE));
        // The page's own size, not its bounds: a border drawn half outside would add a pixel to the picture.
        params.setViewport(
                new Rectangle2D(0, 0, CertificateView.WIDTH * PNG_SCALE, CertificateView.HEIGHT * PNG_SCALE));
        return node.snapshot(params, null);
    }

    /**
     * Prints {@code node} (one not shown anywhere) on one landscape page, after the system's print dialog. Returns
     * {@link PrintOutcome#NO_PRINTER} at once when the system has no printer.
     */
    public static PrintOutcome print(Node node, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return PrintOutcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return PrintOutcome.CANCELLED;
        }
        prepare(node);
        Printer printer = job.getPrinter();
        PageLayout page = printer.createPageLayout(
                job.getJobSettings().getPageLayout().getPaper(), PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        double w = node.getLayoutBounds().getWidth();
        double h = node.getLayoutBounds().getHeight();
        double scale = Math.min(page.getPrintableWidth() / w, page.getPrintableHeight() / h);
        node.getTransforms().add(new Scale(scale, scale));
        if (job.printPage(page, node) && job.endJob()) {
            return PrintOutcome.PRINTED;
        }
        LOG.log(System.Logger.Level.WARNING, "Printing the certificate failed: {0}", job.getJobStatus());
        return PrintOutcome.FAILED;
    }

    /** Puts a node that is in no scene into one of its own, light and at normal size, and lays it out. */
    private static void prepare(Node node) {
        if (node.getScene() != null) {
            node.getScene().getRoot().applyCss();
            node.getScene().getRoot().layout();
            return;
        }
        StackPane holder = new StackPane(node);
        Scene scene = new Scene(holder);
        Themes.apply(scene, Theme.LIGHT);
        FontScale.apply(scene, FontScale.NORMAL);
        holder.applyCss();
        double width = holder.prefWidth(-1);
        holder.resize(width, holder.prefHeight(width));
        holder.layout();
    }
}
