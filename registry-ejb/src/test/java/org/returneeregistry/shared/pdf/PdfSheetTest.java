package org.returneeregistry.shared.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfSheetTest {

    static final String NEPALI = "विदेशमा बिताएका अवधिहरूको प्रमाणित विवरण";

    @Test
    void aSheetRendersEnglishAndShapedNepaliInTheEmbeddedFont() throws Exception {
        byte[] pdf = PdfSheet.titled("Statement")
                .info("Subject", "Test")
                .heading("Statement of periods abroad")
                .heading(NEPALI)
                .paragraph("Registry number RR-0000-0042-7 / दर्ता नम्बर")
                .table(new float[] {2, 1}, List.of(List.of("Country / देश", "Days / दिन"), List.of("QAT", "8766")))
                .qrCode("https://registry.example/api/v1/statement-verifications/x?digest=abc", 90, "Scan to verify")
                .render();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDFont font = doc.getPage(0)
                    .getResources()
                    .getFont(doc.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertTrue(font.getName().contains("NotoSansDevanagari"), font.getName());
            assertTrue(font.isEmbedded());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Statement of periods abroad"), text);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "pdf-sheet.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
        }
    }
}
