/**
 * PDF documents the registry hands to people: laid out in English and Nepali with an embedded font shaped by the
 * platform's text layout ({@link org.returneeregistry.shared.pdf.PdfSheet}), with a QR code, and signed with a CMS
 * (PAdES) signature standard readers show ({@link org.returneeregistry.shared.pdf.PdfSigner}). Knows no context.
 */
package org.returneeregistry.shared.pdf;
