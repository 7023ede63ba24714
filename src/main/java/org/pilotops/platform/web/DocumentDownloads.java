package org.pilotops.platform.web;

import java.io.ByteArrayInputStream;
import org.pilotops.platform.document.Document;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A document for a page's download button ({@code p:fileDownload}): its name and type as the API serves it. */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    public static StreamedContent of(Document document) {
        return DefaultStreamedContent.builder()
                .name(document.fileName())
                .contentType(document.format().mediaType())
                .contentLength((long) document.content().length)
                .stream(() -> new ByteArrayInputStream(document.content()))
                .build();
    }
}
