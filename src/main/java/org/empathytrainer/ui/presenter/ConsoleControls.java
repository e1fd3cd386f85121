package org.empathytrainer.ui.presenter;

/**
 * What the presenter window's buttons do: the same as the keys, so a trainer with a mouse and one with a clicker
 * see the same room. While the screen is black the buttons that would change the slide do nothing, as the keys.
 */
final class ConsoleControls implements PresenterConsole.Controls {
    private final PresenterMode mode;

    ConsoleControls(PresenterMode mode) {
        this.mode = mode;
    }

    @Override
    public void back() {
        mode.unlessBlank(mode::back).run();
    }

    @Override
    public void next() {
        mode.unlessBlank(mode::next).run();
    }

    @Override
    public void reveal() {
        mode.unlessBlank(mode::reveal).run();
    }

    @Override
    public void blank() {
        mode.toggleBlank();
    }

    @Override
    public void swap() {
        mode.swapScreens();
    }

    @Override
    public void saveVotes() {
        mode.saveVotes();
    }

    @Override
    public void stop() {
        mode.leave();
    }
}
