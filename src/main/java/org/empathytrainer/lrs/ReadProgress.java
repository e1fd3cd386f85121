package org.empathytrainer.lrs;

/** Told after each page of statements read back from the store, on the thread that reads them. */
@FunctionalInterface
public interface ReadProgress {
    /**
     * @param pages      pages read so far
     * @param statements statements read so far; how many there are in all, the store does not say
     */
    void read(int pages, long statements);

    ReadProgress NONE = (pages, statements) -> {};
}
