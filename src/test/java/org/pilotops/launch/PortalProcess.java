package org.pilotops.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the packaged WAR in a process of its own, single node: no Hazelcast (even
 * {@code --nocluster} would open port 6900), no phone-home, and a fresh root directory each time, since a
 * reused one redeploys the previous application; it is removed when the portal stops (about 200 MB each).
 */
public final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final URI baseUri;
    private final Path log;
    /** Payara's root directory when this class chose it, removed at {@link #close()}; else null. */
    private final Path rootDir;

    private PortalProcess(Process process, URI baseUri, Path log, Path rootDir) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
        this.rootDir = rootDir;
    }

    /**
     * Starts the portal and waits until its login page answers.
     *
     * @param jvmOptions extra options for the Payara JVM, e.g. the database coordinates as {@code -D…}
     * @param settings   the portal's {@code PILOTOPS_*} environment (see {@link #run}); the launcher passes
     *                   its own, so every documented setting reaches the portal
     * @param logFile    where its output goes; null to share this process's console
     */
    public static PortalProcess start(Path microJar, Path war, int port, Path workDir, List<String> jvmOptions,
                                      Map<String, String> settings, Path logFile) {
        try {
            Path rootDir = Files.createDirectories(workDir).resolve("payara-" + System.nanoTime());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
                    "-jar", microJar.toString(),
                    "--deploy", war.toString(), "--contextroot", "/",
                    "--port", Integer.toString(port),
                    "--nohazelcast", "--disablephonehome",
                    "--rootdir", rootDir.toString()));
            return spawn(command, settings, port, logFile, rootDir);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Payara Micro", e);
        }
    }

    /**
     * Runs a command that starts the portal on this port (such as the operator's {@code ops/start}) and
     * waits until its login page answers. Its {@code PILOTOPS_*} environment is exactly {@code environment}:
     * a test's portal gets only what the test gives it, never a developer's own settings, and the launcher
     * hands on its whole {@code PILOTOPS_*} environment ({@link #settingsOf}).
     */
    public static PortalProcess run(List<String> command, Map<String, String> environment, int port, Path logFile) {
        return spawn(command, environment, port, logFile, null);
    }

    private static PortalProcess spawn(List<String> command, Map<String, String> environment, int port, Path logFile,
                                       Path rootDir) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("PILOTOPS_"));
            builder.environment().putAll(environment);
            if (logFile == null) {
                builder.inheritIO();
            } else {
                builder.redirectOutput(logFile.toFile());
            }
            PortalProcess portal = new PortalProcess(builder.start(), URI.create("http://localhost:" + port + "/"), logFile, rootDir);
            portal.awaitReady(Duration.ofMinutes(5));
            return portal;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + command, e);
        }
    }

    /** The {@code PILOTOPS_*} variables of an environment: the portal's settings, as README documents them. */
    public static Map<String, String> settingsOf(Map<String, String> environment) {
        Map<String, String> settings = new java.util.TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("PILOTOPS_")) {
                settings.put(name, value);
            }
        });
        return settings;
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + logHint());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(baseUri.resolve("login.xhtml"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Payara Micro did not answer within " + timeout + logHint());
    }

    private String logHint() {
        return log == null ? "" : "; see " + log;
    }

    public URI baseUri() {
        return baseUri;
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /**
     * Stops it as Ctrl-C in its terminal does: SIGINT to its whole process group (the launcher's JVM, the
     * embedded MariaDB and Payara Micro alike), then waits for it to end. The command must have been started
     * as the leader of a process group of its own ({@code setsid}), as a shell's foreground job is.
     */
    public int interrupt(Duration timeout) throws InterruptedException, IOException {
        int signalled = new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start().waitFor();
        if (signalled != 0) {
            throw new IllegalStateException("kill -INT of process group " + process.pid() + " answered " + signalled);
        }
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Still running " + timeout + " after Ctrl-C" + logHint());
        }
        return process.exitValue();
    }

    /** Stops the node as a crash or a power cut would: no shutdown, nothing finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (rootDir != null && Files.exists(rootDir)) {
            try {
                org.apache.commons.io.file.PathUtils.deleteDirectory(rootDir);
            } catch (IOException e) {
                System.err.println("PilotOps: could not remove " + rootDir + ": " + e);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
