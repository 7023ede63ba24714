package org.pilotops.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilotops.platform.problem.PayloadTooLargeException;
import org.pilotops.platform.rest.Upload;

/**
 * Files are judged by their content: real files of each recognised type pass whatever their name;
 * other content (an executable renamed {@code .pdf}, a ZIP that is no office document) and broken files
 * (truncated, corrupted) are refused; more than 20 MB is refused while it comes in.
 */
class FileContentTest {

    /** A case attachment's limit. */
    private static final int LIMIT = 20 << 20;

    @TempDir
    Path dir;

    @Test
    void realFilesOfEachAcceptedTypePass() throws IOException {
        assertEquals(Optional.of(FileFormat.PDF), FileContent.of(file("a.pdf", pdf())));
        assertEquals(Optional.of(FileFormat.DOCX), FileContent.of(file("a.docx", docx())));
        assertEquals(Optional.of(FileFormat.XLSX), FileContent.of(file("a.xlsx", xlsx())));
        assertEquals(Optional.of(FileFormat.PNG), FileContent.of(file("a.png", image("png"))));
        assertEquals(Optional.of(FileFormat.JPEG), FileContent.of(file("a.jpg", image("jpg"))));
        assertEquals(Optional.of(FileFormat.DOCX), FileContent.of(file("renamed.pdf", docx())),
                "the content decides, not the name");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                FileFormat.DOCX.mediaType());
    }

    @Test
    void otherContentIsRefused() throws IOException {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals(Optional.empty(), FileContent.of(file("setup.pdf", exe)), "an .exe renamed .pdf");
        assertEquals(Optional.empty(), FileContent.of(file("notes.pdf", "just some text, not a PDF at all"
                .getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.empty(), FileContent.of(file("a.docx", zip("readme.txt", "hello"))),
                "a ZIP that is no office document");
        assertEquals(Optional.empty(), FileContent.of(file("b.docx", zip("[Content_Types].xml", "<Types/>"))),
                "content types without any part");
        assertEquals(Optional.empty(), FileContent.of(file("tiny.png", new byte[] {(byte) 0x89, 'P', 'N'})));
    }

    @Test
    void brokenFilesAreRefused() throws IOException {
        for (byte[] good : new byte[][] {pdf(), docx(), xlsx(), image("png"), image("jpg")}) {
            byte[] truncated = Arrays.copyOf(good, good.length / 2);
            assertEquals(Optional.empty(), FileContent.of(file("t", truncated)), "truncated");
        }
        byte[] corrupted = docx();
        // Overwrite a stretch in the middle of the compressed data: the entries no longer inflate or match their CRC.
        for (int i = corrupted.length / 3; i < corrupted.length / 3 + 200; i++) {
            corrupted[i] = (byte) (corrupted[i] ^ 0x5A);
        }
        assertEquals(Optional.empty(), FileContent.of(file("c.docx", corrupted)), "corrupted");
    }

    @Test
    void moreThanTwentyMegabytesIsRefusedWhileItComesIn() throws IOException {
        byte[] exactly = new byte[LIMIT];
        try (Upload upload = Upload.spool(new ByteArrayInputStream(exactly), LIMIT, "case.attachment.empty")) {
            assertEquals(LIMIT, upload.size());
            assertEquals(64, upload.sha256().length());
            assertTrue(Files.exists(upload.file()));
        }
        InputStream oneMore = new ByteArrayInputStream(new byte[LIMIT + 1]);
        PayloadTooLargeException refused = assertThrows(PayloadTooLargeException.class, () -> Upload.spool(oneMore, LIMIT, "case.attachment.empty"));
        assertEquals(413, refused.status());
        assertEquals(0, oneMore.available(), "the rest of the body was read, so the client gets the answer");
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "upload-", "-" + name);
        Files.write(file, bytes);
        return file;
    }

    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (com.lowagie.text.Document document = new com.lowagie.text.Document()) {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.open();
            document.add(new com.lowagie.text.Paragraph("Typical case " + "x".repeat(2000)));
        }
        return out.toByteArray();
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 50; i++) {
                document.createParagraph().createRun().setText("典型案例 成效 " + i + " " + "文".repeat(200));
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("成效");
            for (int i = 0; i < 200; i++) {
                sheet.createRow(i).createCell(0).setCellValue("行 " + i);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | (x ^ y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
