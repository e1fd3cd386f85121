package org.empathytrainer.ui.shell;

import java.util.Optional;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.StoreNotice;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Notice;

/** Turns what the store found when loading progress, and how saves go, into plain sentences for banners. */
public final class StoreNotices {
    /** The id of the banner about saving. */
    static final String SAVING = "saveFailed";

    private StoreNotices() {}

    /** What the window says about saving: that it failed, or that it works again; nothing while all goes well. */
    static Optional<Notice> saving(Messages m, SessionModel.Saving state, Optional<StoreException> failure) {
        switch (state) {
            case FAILING:
                return Optional.of(new Notice(
                        SAVING,
                        Notice.Kind.ERROR,
                        m.get(
                                "banner.save-failed",
                                failure.map(Exception::getMessage).orElse(""))));
            case RECOVERED:
                return Optional.of(new Notice(SAVING, Notice.Kind.INFO, m.get("banner.save-recovered")));
            default:
                return Optional.empty();
        }
    }

    public static Notice describe(Messages m, StoreNotice notice) {
        String movedTo = notice.movedTo() == null ? "" : notice.movedTo().toString();
        String text = m.get("notice." + notice.kind().id(), notice.file().toString(), movedTo, notice.detail());
        Notice.Kind kind = notice.kind().progressKept() ? Notice.Kind.WARNING : Notice.Kind.ERROR;
        return new Notice("notice-" + notice.kind().id(), kind, text);
    }
}
