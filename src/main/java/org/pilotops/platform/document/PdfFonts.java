package org.pilotops.platform.document;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC (SIL Open Font License), which the build unpacks into the WAR: every PDF embeds the
 * glyphs it uses (Identity-H, subset), so a reviewer's reader shows Chinese whatever fonts their machine
 * has, and the server needs none. Parsed once, on first use: each weight is a 10 MB file, and a parsed
 * font can be shared, as the glyphs used are tracked per document.
 */
public final class PdfFonts {

    private static final String DIRECTORY = "fonts/ttf/NotoSansSC/";

    private static volatile BaseFont regular;
    private static volatile BaseFont bold;

    private PdfFonts() {
    }

    public static Font body() {
        return new Font(regular(), 10.5f);
    }

    public static Font small() {
        return new Font(regular(), 9f);
    }

    public static Font strong() {
        return new Font(bold(), 10.5f);
    }

    /** Bold at a size of its own, such as a cover's title. */
    public static Font strong(float size) {
        return new Font(bold(), size);
    }

    /** A heading: level 1 is the document's title, 2 a section, 3 a sub-section. */
    public static Font heading(int level) {
        return new Font(bold(), switch (level) {
            case 1 -> 18f;
            case 2 -> 14f;
            default -> 12f;
        });
    }

    private static BaseFont regular() {
        if (regular == null) {
            regular = load("NotoSansSC-Regular.ttf");
        }
        return regular;
    }

    private static BaseFont bold() {
        if (bold == null) {
            bold = load("NotoSansSC-Bold.ttf");
        }
        return bold;
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("The build did not bring " + DIRECTORY + file + " (see pom.xml, cjk-font)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("Cannot read the font " + file, e);
        }
    }
}
