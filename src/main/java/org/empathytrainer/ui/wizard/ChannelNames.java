package org.empathytrainer.ui.wizard;

/** Maps a case's channel to its key in the bundle; channels the bundle does not name show as "other". */
public final class ChannelNames {
    private ChannelNames() {}

    public static String key(String channel) {
        switch (channel) {
            case "phone":
            case "chat":
            case "email":
            case "counter":
                return channel;
            default:
                return "other";
        }
    }
}
