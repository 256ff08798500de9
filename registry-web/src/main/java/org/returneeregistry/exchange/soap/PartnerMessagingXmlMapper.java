package org.returneeregistry.exchange.soap;

import java.util.List;
import org.returneeregistry.exchange.application.AnswerEmploymentRecordRequest;
import org.returneeregistry.exchange.application.EmploymentRecordRequestView;
import org.returneeregistry.exchange.application.OutboundPartnerMessage;
import org.returneeregistry.schemas.common.v1.Identifier;
import org.returneeregistry.schemas.partnermessages.v1.EmploymentRecord;
import org.returneeregistry.schemas.partnermessages.v1.EmploymentRecordRequest;
import org.returneeregistry.schemas.partnermessages.v1.EmploymentRecordRequestPage;
import org.returneeregistry.schemas.partnermessages.v1.QueuedAnswer;
import org.returneeregistry.shared.domain.Page;

/** Maps the partner messaging contract's types to the application's and back. */
final class PartnerMessagingXmlMapper {

    private PartnerMessagingXmlMapper() {}

    /** A violation as the SOAP caller names the field: the contract's element names, not the REST body's. */
    static String soapField(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("records")) {
            return "answerRecord" + field.substring("records".length());
        }
        if (field.equals("registryNumber")) {
            return "answeredFrom";
        }
        return field;
    }

    static AnswerEmploymentRecordRequest toCommand(
            String outcome,
            String refusalCode,
            String refusalReason,
            String answeredFrom,
            List<EmploymentRecord> records) {
        return new AnswerEmploymentRecordRequest(
                outcome,
                refusalCode,
                refusalReason,
                answeredFrom,
                records == null || records.isEmpty()
                        ? null
                        : records.stream()
                                .map(r -> r == null
                                        ? null
                                        : new AnswerEmploymentRecordRequest.Record(
                                                r.getEmployer(), r.getFrom(), r.getTo(), r.getContributionMonths()))
                                .toList());
    }

    static EmploymentRecordRequestPage toXml(Page<EmploymentRecordRequestView> page) {
        EmploymentRecordRequestPage xml = new EmploymentRecordRequestPage();
        page.items().stream().map(PartnerMessagingXmlMapper::toXml).forEach(xml.getRequest()::add);
        xml.setTotalCount(page.totalCount());
        return xml;
    }

    static EmploymentRecordRequest toXml(EmploymentRecordRequestView v) {
        EmploymentRecordRequest xml = new EmploymentRecordRequest();
        xml.setRequestId(v.id());
        xml.setDirection(v.direction());
        xml.setMessageId(v.messageId());
        xml.setPartner(v.partner());
        xml.setAgreementId(v.agreementId());
        xml.setAgreementVersion(v.agreementVersion());
        xml.setPurpose(v.purpose());
        xml.setRegistryNumber(v.registryNumber());
        v.identifiers().forEach(i -> {
            Identifier identifier = new Identifier();
            identifier.setType(i.type());
            identifier.setNumber(i.number());
            identifier.setIssuingCountry(i.issuingCountry());
            xml.getIdentifier().add(identifier);
        });
        xml.setPeriodFrom(v.periodFrom());
        xml.setPeriodTo(v.periodTo());
        xml.setRequestedAt(v.requestedAt());
        xml.setStatus(v.status());
        xml.setOutcome(v.outcome());
        xml.setRefusalCode(v.refusalCode());
        xml.setRefusalReason(v.refusalReason());
        v.records().forEach(r -> {
            EmploymentRecord record = new EmploymentRecord();
            record.setEmployer(r.employer());
            record.setFrom(r.from());
            record.setTo(r.to());
            record.setContributionMonths(r.contributionMonths());
            xml.getRecord().add(record);
        });
        xml.setAnswerMessageId(v.answerMessageId());
        xml.setAnsweredAt(v.answeredAt());
        xml.setAnsweredBy(v.answeredBy());
        return xml;
    }

    static QueuedAnswer toXml(OutboundPartnerMessage m) {
        QueuedAnswer xml = new QueuedAnswer();
        xml.setMessageId(m.messageId());
        xml.setMessageType(m.messageType());
        xml.setAgreementId(m.agreementId());
        xml.setAgreementVersion(m.agreementVersion());
        xml.setRecipientInstitution(m.recipientInstitution());
        xml.setRegistryNumber(m.registryNumber());
        xml.setPurpose(m.purpose());
        xml.setDecision(m.decision());
        xml.setQueuedAt(m.queuedAt());
        return xml;
    }
}
