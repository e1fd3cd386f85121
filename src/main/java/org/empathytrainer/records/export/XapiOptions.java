package org.empathytrainer.records.export;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the xAPI export says learners and activities live.
 *
 * @param homePage     the {@code account.homePage} of every learner: the system their account ids belong to
 * @param activityBase the start of every activity IRI; ends with {@code /} (added when missing)
 */
public record XapiOptions(String homePage, String activityBase) {
    public static final String DEFAULT_HOME_PAGE = "https://empathytrainer.org/learners";
    public static final String DEFAULT_ACTIVITY_BASE = "https://empathytrainer.org/xapi/";
    public static final XapiOptions DEFAULTS = new XapiOptions(DEFAULT_HOME_PAGE, DEFAULT_ACTIVITY_BASE);

    public XapiOptions {
        requireAbsolute(homePage, "home page");
        requireAbsolute(activityBase, "activity base");
        activityBase = activityBase.endsWith("/") ? activityBase : activityBase + "/";
    }

    public XapiOptions withHomePage(String url) {
        return new XapiOptions(url, activityBase);
    }

    public XapiOptions withActivityBase(String url) {
        return new XapiOptions(homePage, url);
    }

    private static void requireAbsolute(String url, String what) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The xAPI " + what + " is missing");
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getFragment() != null || uri.getQuery() != null) {
                throw new IllegalArgumentException("The xAPI " + what + " must be an absolute URL such as "
                        + DEFAULT_ACTIVITY_BASE + " without a query or fragment, not \"" + url + "\"");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "The xAPI " + what + " is not a valid URL: \"" + url + "\" (" + e.getReason() + ")", e);
        }
    }
}
