package org.returneeregistry.shared.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A one-column A4 document of headings, paragraphs, tables and a QR code, rendered to PDF bytes — the registry's
 * one way to lay out a document for a person (a statement, a report). Text in English and in Nepali (Devanagari)
 * uses the embedded Noto Sans Devanagari font (SIL OFL, shipped in this artifact, never a font of the machine),
 * which covers Latin too; Devanagari needs complex-script shaping (conjuncts, reordered vowel signs), which
 * OpenPDF's {@link LayoutProcessor} does through the Java platform's own text layout. A sheet is built by one
 * thread; each {@link #render} makes a new document.
 */
public final class PdfSheet {

    static final String REGULAR = "fonts/NotoSansDevanagari-Regular.ttf";
    static final String BOLD = "fonts/NotoSansDevanagari-Bold.ttf";

    private static final BaseFont REGULAR_FONT;
    private static final BaseFont BOLD_FONT;

    static {
        // the platform shapes every string shown in these fonts; kerning and ligatures on, as Devanagari needs
        LayoutProcessor.enableKernLiga();
        REGULAR_FONT = load(REGULAR);
        BOLD_FONT = load(BOLD);
    }

    private final String title;
    private final List<BiConsumer<Document, PdfWriter>> parts = new ArrayList<>();
    private final Map<String, String> info = new java.util.LinkedHashMap<>();

    private PdfSheet(String title) {
        this.title = Objects.requireNonNull(title);
    }

    /** A new sheet; {@code title} becomes the document's title in its information dictionary. */
    public static PdfSheet titled(String title) {
        return new PdfSheet(title);
    }

    /** A document information entry (Subject, Author, Keywords, Creator). */
    public PdfSheet info(String key, String value) {
        info.put(key, value);
        return this;
    }

    public PdfSheet heading(String text) {
        parts.add((d, w) -> add(d, paragraph(text, new Font(BOLD_FONT, 14), 10, 4)));
        return this;
    }

    public PdfSheet subheading(String text) {
        parts.add((d, w) -> add(d, paragraph(text, new Font(BOLD_FONT, 11), 8, 2)));
        return this;
    }

    public PdfSheet paragraph(String text) {
        parts.add((d, w) -> add(d, paragraph(text, new Font(REGULAR_FONT, 9.5f), 2, 2)));
        return this;
    }

    /** Small print (a note, the verification address). */
    public PdfSheet note(String text) {
        parts.add((d, w) -> add(d, paragraph(text, new Font(REGULAR_FONT, 7.5f, Font.NORMAL, Color.DARK_GRAY), 2, 2)));
        return this;
    }

    /** A table: the first row is its header (bold, shaded); {@code widths} are relative column widths. */
    public PdfSheet table(float[] widths, List<List<String>> rows) {
        List<List<String>> copy = rows.stream().map(List::copyOf).toList();
        parts.add((d, w) -> {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setSpacingAfter(4);
            table.setHeaderRows(1);
            for (int r = 0; r < copy.size(); r++) {
                for (String value : copy.get(r)) {
                    Font font = r == 0 ? new Font(BOLD_FONT, 8.5f) : new Font(REGULAR_FONT, 8.5f);
                    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
                    cell.setPadding(3);
                    if (r == 0) {
                        cell.setBackgroundColor(new Color(0xE8, 0xEC, 0xF0));
                    }
                    table.addCell(cell);
                }
            }
            add(d, table);
        });
        return this;
    }

    /** A QR code of {@code text} (error correction M), {@code size} points square, with its caption below. */
    public PdfSheet qrCode(String text, float size, String caption) {
        BitMatrix matrix = qr(text);
        parts.add((d, w) -> {
            PdfContentByte canvas = w.getDirectContent();
            PdfTemplate template = canvas.createTemplate(size, size);
            float module = size / matrix.getWidth();
            template.setColorFill(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        template.rectangle(x * module, size - (y + 1) * module, module, module);
                    }
                }
            }
            template.fill();
            try {
                Image image = Image.getInstance(template);
                image.setAlignment(Element.ALIGN_LEFT);
                add(d, image);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            add(d, paragraph(caption, new Font(REGULAR_FONT, 7.5f, Font.NORMAL, Color.DARK_GRAY), 0, 2));
        });
        return this;
    }

    /** The PDF (not yet signed: see {@link PdfSigner}). */
    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        info.forEach((key, value) -> {
            switch (key) {
                case "Subject" -> document.addSubject(value);
                case "Author" -> document.addAuthor(value);
                case "Keywords" -> document.addKeywords(value);
                case "Creator" -> document.addCreator(value);
                default -> document.addHeader(key, value);
            }
        });
        document.open();
        for (BiConsumer<Document, PdfWriter> part : parts) {
            part.accept(document, writer);
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setLeading(font.getSize() * 1.45f);
        return p;
    }

    private static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The document cannot be laid out: " + e.getMessage(), e);
        }
    }

    static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text does not fit a QR code: " + e.getMessage(), e);
        }
    }

    private static BaseFont load(String resource) {
        java.net.URL url = PdfSheet.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("The font " + resource + " is not in the artifact");
        }
        try (InputStream in = url.openStream()) {
            byte[] ttf = in.readAllBytes();
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
            // the layout processor reads the font again for the platform's shaping: by this module's own URL, as
            // OpenPDF (in the application's library) does not see this module's resources by name
            LayoutProcessor.loadFont(font, url.toString());
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The font " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
