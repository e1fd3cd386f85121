package org.empathytrainer.ui.kit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The UI's text, from {@code i18n/messages.properties}. Keys with arguments use {@link MessageFormat} syntax. */
public final class Messages {
    public static final String BUNDLE = "org.empathytrainer.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Each text's format, parsed once: parsing every time was a tenth of the work of opening a case. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        // A MessageFormat is not safe to share between threads; exports format texts on a background thread.
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The language and conventions the texts are formatted for. */
    public Locale locale() {
        return locale;
    }

    /** A score from 0 to 1 as a whole percentage, e.g. "75 %". */
    public String percent(double score) {
        return get("score.percent", Math.round(score * 100));
    }
}
