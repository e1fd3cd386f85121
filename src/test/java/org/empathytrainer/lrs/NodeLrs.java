package org.empathytrainer.lrs;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.testing.NpmFolder;

/**
 * A real learning record store on a loopback port: Learning Locker's statement service, the npm package {@code
 * xapi-statements} 5.0.1 (GPL-3.0, for the tests only, never shipped). The small project in {@code src/test/lrs} (its
 * versions pinned by package-lock.json) is copied to {@code target/lrs-server} and installed there with {@code npm
 * ci} the first time. Started with node and the in-memory repositories, its test authorisation takes any Basic
 * credentials. Without node and npm the calling test is skipped, except in CI ({@code CI=true}), where it fails.
 */
public final class NodeLrs implements AutoCloseable {
    private static final Path SOURCE = Path.of("src", "test", "lrs");
    private static final Path WORK = Path.of("target", "lrs-server");
    private static final List<String> FILES = List.of("package.json", "package-lock.json");
    private static final String MAIN = "node_modules/xapi-statements/dist/index.js";

    private final Process process;
    private final int port;
    private final Path log;

    private NodeLrs(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Installs the store if need be; skips the test when Node.js or npm is not installed. */
    static void requireInstalled() {
        NpmFolder.require("the real learning record store", SOURCE, WORK, FILES, Path.of(MAIN));
    }

    /** Starts the store on a free loopback port and waits until it listens. */
    public static NodeLrs start() throws IOException, InterruptedException {
        requireInstalled();
        int port = freePort();
        Path log = WORK.resolve("lrs-" + port + ".log");
        ProcessBuilder node = new ProcessBuilder("node", MAIN)
                .directory(WORK.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = node.environment();
        env.put("AUTH_REPO", "test");
        env.put("EVENTS_REPO", "test");
        env.put("MODELS_REPO", "memory");
        env.put("STORAGE_REPO", "memory");
        env.put("EXPRESS_PORT", Integer.toString(port));
        Process process = node.start();
        process.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "The LRS stopped at start (status " + process.exitValue() + "):\n" + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new NodeLrs(process, port, log);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("The LRS did not listen on port " + port + " within 60 s:\n" + Files.readString(log));
    }

    int port() {
        return port;
    }

    /** The xAPI endpoint, ending with {@code /}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port + "/xAPI/";
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
