package org.returneeregistry.agreement.application;

import java.time.Instant;

/**
 * A signing certificate valid now for an institution under an agreement, as the exchange verifies a
 * signature with it: the PEM, its fingerprint and validity, and the agreement version it was answered under.
 */
public record ValidCertificate(
        String certificateId,
        String institution,
        String sha256Fingerprint,
        String pem,
        Instant notBefore,
        Instant notAfter,
        String agreementId,
        int agreementVersion) {}
