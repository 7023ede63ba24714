package org.pilotops.platform.problem;

/** A file or body in a format PilotOps does not read: 415. */
public class UnsupportedFormatException extends PilotOpsException {

    public UnsupportedFormatException() {
        super("file.unsupported-format");
    }

    @Override
    public int status() {
        return 415;
    }

    @Override
    public String problemType() {
        return "unsupported-format";
    }
}
