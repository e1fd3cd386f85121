package org.empathytrainer.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's text, from {@code i18n/messages.properties}. Keys with arguments use {@link MessageFormat} syntax. */
public final class Messages {
    public static final String BUNDLE = "org.empathytrainer.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
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
