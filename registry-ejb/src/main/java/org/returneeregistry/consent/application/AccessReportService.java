package org.returneeregistry.consent.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.consent.domain.AccessReportAccess;
import org.returneeregistry.consent.domain.AccessReportAccess.Workplace;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.persistence.DecisionLogRepository;
import org.returneeregistry.organisation.application.OrganisationDirectory;
import org.returneeregistry.organisation.application.OrganisationSummary;
import org.returneeregistry.organisation.domain.OrganisationType;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * A returnee's access report, from the decision log: who read or asked to read their data, when, for which purpose,
 * which categories were given, under which consent or agreement — and what was refused. The data subject's answer to
 * "who has seen my data?", produced by a registrar at their request or by an auditor; as data (REST, the console's
 * page) and as a PDF in English and Nepali signed with the registry's document-signing key, verifiable offline like
 * a statement of periods abroad (ADR 0036).
 *
 * <p>Who may produce one is {@link AccessReportAccess}; the call is audited with the registry number as a keyed hash.
 * The report names the returnee by registry number only, so it discloses no more of the record than its holder
 * brought.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed({Role.Names.AUDITOR, Role.Names.REGISTRAR})
public class AccessReportService {

    @Inject
    private DecisionLogRepository entries;

    @Inject
    private RegistryKeys keys;

    @Inject
    private Clock clock;

    @Inject
    private DocumentSigning signing;

    @EJB
    private CallerContext caller;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private OrganisationDirectory organisations;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    @Inject
    @ConfigProperty(name = "registry.operator.name", defaultValue = "Returnee Registry")
    String operatorName;

    /** The report as data. */
    @AuditOperation("ACCESS_REPORT_READ")
    public AccessReport report(String registryNumber) {
        return produce(registryNumber);
    }

    /** The report as a signed PDF in English and Nepali, with the same content. */
    @AuditOperation("ACCESS_REPORT_PDF")
    public SignedAccessReport signedPdf(String registryNumber) {
        AccessReport report = produce(registryNumber);
        byte[] pdf = AccessReportLayout.render(report, operatorCode, operatorName, signing.keyId());
        byte[] signed = signing.signPdf(pdf, "Access report " + report.reportId(), report.producedAt());
        return new SignedAccessReport(report, signed);
    }

    private AccessReport produce(String registryNumber) {
        if (registryNumber == null || RegistryNumber.parse(registryNumber).isEmpty()) {
            throw RegistryException.invalid(List.of(new Violation(
                    "registryNumber", "RegistryNumber", "must look like RR-0000-0042-7 with a valid check digit")));
        }
        Actor actor = permitted();
        if (!returnees.exists(registryNumber)) {
            throw RegistryException.notFound("Returnee " + registryNumber);
        }
        String subject = keys.keyedHash(registryNumber);
        long total = entries.countOfSubject(subject);
        Map<String, String> names = new HashMap<>();
        List<AccessReport.Line> lines = entries.ofSubject(subject, AccessReport.MAX_LINES).stream()
                .map(e -> line(e, names))
                .toList();
        long permitted = lines.stream().filter(AccessReport.Line::permitted).count();
        return new AccessReport(
                UUID.randomUUID().toString(),
                registryNumber,
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                actor.organisation(),
                total,
                permitted,
                lines.size() - permitted,
                total > lines.size(),
                lines);
    }

    private AccessReport.Line line(DecisionLogEntry e, Map<String, String> names) {
        String name = names.computeIfAbsent(e.organisation(), code -> organisations
                .registered(code)
                .map(OrganisationSummary::name)
                .orElse(code.equals(operatorCode) ? operatorName : ""));
        return new AccessReport.Line(
                e.id(),
                e.decidedAt(),
                e.organisation(),
                name.isEmpty() ? null : name,
                e.channel(),
                e.purpose(),
                e.requested(),
                e.granted(),
                e.outcome(),
                e.reason().name(),
                e.consentId(),
                e.agreementId(),
                e.agreementVersion(),
                e.policyVersion());
    }

    private Actor permitted() {
        Actor actor = caller.actor();
        Workplace workplace;
        if (actor.organisation().equals(operatorCode)) {
            workplace = Workplace.OPERATOR;
        } else {
            workplace = organisations
                    .registered(actor.organisation())
                    .filter(o -> OrganisationType.MIGRANT_RESOURCE_CENTRE.name().equals(o.type()))
                    .map(o -> Workplace.RESOURCE_CENTRE)
                    .orElse(Workplace.OTHER);
        }
        AccessReportAccess.Decision decision =
                AccessReportAccess.decide(caller.roles(EnumSet.of(Role.AUDITOR, Role.REGISTRAR)), workplace);
        if (!decision.permitted()) {
            throw new RegistryException(ErrorCode.NOT_AUTHORIZED, "Refused: " + decision.reason() + ".");
        }
        return actor;
    }
}
