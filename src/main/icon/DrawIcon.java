import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: two speech bubbles, the customer's and the agent's, the agent's holding a heart, with
 * four dots for the four steps of the method. Run with {@code java src/main/icon/DrawIcon.java OUT.png [SIZE]}; the
 * committed PNG, src/main/resources/org/empathytrainer/icon/empathy-trainer.png, was made with SIZE 256.
 */
public final class DrawIcon {
    private DrawIcon() {}

    public static void main(String[] args) throws IOException {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setColor(new Color(0x1d5f6b));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // The customer's bubble, behind, tail to the left.
        g.setColor(new Color(0xf2b544));
        g.fill(bubble(30, 40, 124, 92, true));
        // The agent's bubble, in front, tail to the right.
        g.setColor(Color.WHITE);
        g.fill(bubble(96, 88, 132, 100, false));
        g.setColor(new Color(0x1d5f6b));
        g.setStroke(new BasicStroke(6));
        g.draw(bubble(96, 88, 132, 100, false));

        g.setColor(new Color(0xe0565b));
        g.fill(heart(162, 140, 30));

        // The four steps of the method.
        g.setColor(Color.WHITE);
        for (int i = 0; i < 4; i++) {
            g.fill(new Ellipse2D.Double(89 + i * 22, 220, 12, 12));
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }

    private static Area bubble(double x, double y, double w, double h, boolean tailLeft) {
        Area a = new Area(new RoundRectangle2D.Double(x, y, w, h, 40, 40));
        double tx = tailLeft ? x + 30 : x + w - 30;
        double dir = tailLeft ? -1 : 1;
        GeneralPath tail = new GeneralPath();
        tail.moveTo(tx - 14, y + h - 4);
        tail.lineTo(tx + dir * 20, y + h + 26);
        tail.lineTo(tx + 14, y + h - 4);
        tail.closePath();
        a.add(new Area(tail));
        return a;
    }

    private static GeneralPath heart(double cx, double cy, double r) {
        GeneralPath p = new GeneralPath();
        p.moveTo(cx, cy + r);
        p.curveTo(cx - r * 1.6, cy - r * 0.1, cx - r * 0.9, cy - r * 1.3, cx, cy - r * 0.45);
        p.curveTo(cx + r * 0.9, cy - r * 1.3, cx + r * 1.6, cy - r * 0.1, cx, cy + r);
        p.closePath();
        return p;
    }
}
