package org.empathytrainer.lrs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Which statements to read back: those about {@code activity} (with {@code related_activities=true}: also those
 * whose context names it, as every statement of this app names the course), optionally since a time.
 *
 * @param activity the activity IRI, such as the course's
 * @param since    only statements stored after this, if given
 * @param limit    statements per page asked of the store; 0 leaves it to the store
 */
public record StatementQuery(String activity, Optional<Instant> since, int limit) {
    public StatementQuery {
        if (activity == null || activity.isBlank()) {
            throw new IllegalArgumentException("the activity to read statements about is required");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
        }
    }

    /** Every statement about {@code activity} and its parts. */
    public static StatementQuery about(String activity) {
        return new StatementQuery(activity, Optional.empty(), 0);
    }

    public StatementQuery withLimit(int perPage) {
        return new StatementQuery(activity, since, perPage);
    }

    /** The query string of the first page's {@code GET statements}. */
    String queryString() {
        StringBuilder q = new StringBuilder("activity=")
                .append(URLEncoder.encode(activity, StandardCharsets.UTF_8))
                .append("&related_activities=true");
        since.ifPresent(t -> q.append("&since=").append(URLEncoder.encode(t.toString(), StandardCharsets.UTF_8)));
        if (limit > 0) {
            q.append("&limit=").append(limit);
        }
        return q.toString();
    }
}
