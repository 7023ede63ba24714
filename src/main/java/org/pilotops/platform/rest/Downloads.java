package org.pilotops.platform.rest;

import jakarta.ws.rs.core.Response;
import org.pilotops.platform.document.Document;

/** A document as a download: its type, and {@code attachment} so a browser saves it rather than runs it. */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(Document document) {
        return Response.ok(document.content(), document.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .build();
    }
}
