package org.pilotops.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.io.file.PathUtils;

/**
 * The {@code var} directory of one {@code ops/run}, held for as long as that launcher lives. The hold is an
 * operating-system file lock, so it ends with the launcher however the launcher ends, a {@code kill -9}
 * included. What a launcher that could not stop its children left behind (a MariaDB that still holds the
 * data directory, so the next start fails on InnoDB's and Aria's locks, and a Payara Micro on the port) is
 * recognised by its command line, which names this directory, and stopped before anything starts again.
 */
final class RunDirectory implements AutoCloseable {

    private static final Duration STOP_WITHIN = Duration.ofSeconds(30);

    private final Path var;
    private final FileChannel channel;
    private final FileLock lock;

    private RunDirectory(Path var, FileChannel channel, FileLock lock) {
        this.var = var;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Holds {@code var} for this launcher; empty, after saying so, when another launcher holds it: two portals
     * on one data directory would corrupt it.
     */
    static Optional<RunDirectory> hold(Path var) {
        try {
            Path absolute = Files.createDirectories(var).toRealPath();
            FileChannel channel = FileChannel.open(absolute.resolve("launcher.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                System.err.println("PilotOps is already running with " + absolute
                        + ": stop it (Ctrl-C in its terminal) or set PILOTOPS_VAR_DIR to another directory.");
                return Optional.empty();
            }
            return Optional.of(new RunDirectory(absolute, channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not hold " + var, e);
        }
    }

    Path path() {
        return var;
    }

    /**
     * Stops the processes an earlier launcher on this directory left running, and removes the Payara root
     * directories it left (each start has a fresh one of about 200 MB). Safe only while held: then no
     * launcher owns them any more.
     */
    void clearLeftovers() {
        stopProcessesNaming(var, "stopping what an earlier run left running");
        Path payara = var.resolve("payara");
        if (Files.isDirectory(payara)) {
            try (DirectoryStream<Path> roots = Files.newDirectoryStream(payara, "payara-*")) {
                for (Path root : roots) {
                    PathUtils.deleteDirectory(root);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not remove the old Payara directories in " + payara, e);
            }
        }
    }

    /** Stops the processes whose command line names {@code directory} (or a path in it), saying why. */
    void stopProcessesNaming(Path directory, String why) {
        String named = directory + directory.getFileSystem().getSeparator();
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().commandLine().filter(line -> line.contains(named)).isPresent())
                .toList();
        for (ProcessHandle process : found) {
            System.out.println("PilotOps: " + why + " (pid " + process.pid() + ": "
                    + process.info().command().orElse("?") + ")");
            stop(process);
        }
    }

    private static void stop(ProcessHandle process) {
        CompletableFuture<ProcessHandle> ended = process.onExit();
        process.destroy();
        try {
            ended.get(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException stubborn) {
            process.destroyForcibly();
            ended.join();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop pid " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping pid " + process.pid(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock ends with the process anyway
        }
    }
}
