package org.returneeregistry.exchange.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.DataTypeException;
import ca.uhn.hl7v2.model.v251.datatype.CWE;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.TX;
import ca.uhn.hl7v2.model.v251.message.ADT_A05;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.returneeregistry.exchange.application.AdtPerson;

/**
 * Builds the HL7 v2.5.1 ADT messages of the Ministry of Health link (structure ADT_A05): A28 "add person
 * information" the first time the registry tells a recipient about a returnee, A31 "update person
 * information" after that. MSH-10 is the outbox message id, the same on every attempt, so the ministry can
 * drop a repeat. See docs/exchange.md for the profile.
 *
 * <p>The urgent need goes in OBX segments, not DG1: it is what a mission or registrar reported (a need for
 * medical care, with a note), not a clinician's coded diagnosis, and OBX is HL7's place for an observation
 * reported by someone else, with its own code system and status.
 */
public final class AdtMessages {

    public static final String SENDING_APPLICATION = "RETURNEE-REGISTRY";
    /** Assigning authority of the registry number in PID-3. */
    public static final String REGISTRY_AUTHORITY = "RR";
    /** The registry's local code system for urgent needs and the observation codes of OBX-3. */
    public static final String NEED_CODE_SYSTEM = "RR-NEED";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** ISO/IEC 5218 to HL7 table 0001 (administrative sex). */
    private static final Map<String, String> SEX = Map.of("0", "U", "1", "M", "2", "F", "9", "N");
    /** The registry's identifier types to HL7 table 0203 (identifier type). */
    private static final Map<String, String> IDENTIFIER_TYPE = Map.of("PASSPORT", "PPN", "NATIONAL_ID", "NI",
            "LABOUR_PERMIT", "WP");
    private static final Map<String, String> NEED_TEXT = Map.of("MEDICAL", "Medical care", "SHELTER", "Shelter",
            "LEGAL", "Legal aid", "PSYCHOSOCIAL", "Psychosocial support", "REPATRIATION_OF_REMAINS",
            "Repatriation of remains");

    /** Where the message goes and comes from, as MSH-3 to MSH-6 name them. */
    public record Addressing(String sendingFacility, String receivingApplication, String receivingFacility) {
    }

    private AdtMessages() {
    }

    /**
     * The ER7 (pipe-delimited) text of an ADT^A28 ({@code update} false) or ADT^A31 ({@code update} true)
     * about the person, with {@code controlId} as MSH-10, segments separated by CR.
     */
    public static String build(AdtPerson person, String controlId, boolean update, Instant at, Addressing addressing) {
        String event = update ? "A31" : "A28";
        try (HapiContext context = newContext()) {
            ADT_A05 adt = context.newMessage(ADT_A05.class);
            adt.initQuickstart("ADT", event, "P");
            header(adt.getMSH(), controlId, at, addressing);
            adt.getEVN().getEventTypeCode().setValue(event);
            adt.getEVN().getRecordedDateTime().getTime().setValue(TIMESTAMP.format(at));
            person(adt.getPID(), person);
            need(adt, person);
            return adt.encode();
        } catch (HL7Exception e) {
            throw new IllegalArgumentException("the person data cannot be put into an ADT message: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A HAPI context without validation rules beyond the structure's own, whose control ids come from
     * memory: HAPI's default generator writes a file into the working directory (MSH-10 is set by the
     * outbox anyway). Its escaping writes every control character as a hex escape ({@link HexEscaping}),
     * so no text can break the MLLP frame or a segment.
     */
    static HapiContext newContext() {
        HapiContext context = new DefaultHapiContext();
        context.setValidationContext(ValidationContextFactory.noValidation());
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        context.getParserConfiguration().setEscaping(new HexEscaping());
        return context;
    }

    /** The pipe parser of a context of its own, for reading messages back. */
    public static PipeParser parser() {
        return newContext().getPipeParser();
    }

    private static void header(MSH msh, String controlId, Instant at, Addressing addressing) throws DataTypeException {
        msh.getSendingApplication().getNamespaceID().setValue(SENDING_APPLICATION);
        msh.getSendingFacility().getNamespaceID().setValue(addressing.sendingFacility());
        msh.getReceivingApplication().getNamespaceID().setValue(addressing.receivingApplication());
        msh.getReceivingFacility().getNamespaceID().setValue(addressing.receivingFacility());
        msh.getDateTimeOfMessage().getTime().setValue(TIMESTAMP.format(at));
        msh.getMessageControlID().setValue(controlId);
        msh.getMessageType().getMessageStructure().setValue("ADT_A05");
        msh.getCharacterSet(0).setValue("UNICODE UTF-8");
    }

    private static void person(PID pid, AdtPerson person) throws HL7Exception {
        pid.getSetIDPID().setValue("1");
        CX number = pid.getPatientIdentifierList(0);
        number.getIDNumber().setValue(person.registryNumber());
        number.getAssigningAuthority().getNamespaceID().setValue(REGISTRY_AUTHORITY);
        number.getIdentifierTypeCode().setValue("PI");
        int repetition = 1;
        for (AdtPerson.Identifier identifier : person.identifiers()) {
            CX cx = pid.getPatientIdentifierList(repetition++);
            cx.getIDNumber().setValue(identifier.number());
            cx.getAssigningAuthority().getNamespaceID().setValue(identifier.issuingCountry());
            cx.getIdentifierTypeCode().setValue(IDENTIFIER_TYPE.getOrDefault(identifier.type(), "PT"));
            cx.getAssigningJurisdiction().getIdentifier().setValue(identifier.issuingCountry());
            cx.getAssigningJurisdiction().getNameOfCodingSystem().setValue("ISO3166");
        }
        if (person.familyName() != null) {
            pid.getPatientName(0).getFamilyName().getSurname().setValue(person.familyName());
        }
        pid.getPatientName(0).getGivenName().setValue(person.givenName());
        pid.getPatientName(0).getNameTypeCode().setValue("L");
        pid.getDateTimeOfBirth().getTime().setValue(DATE.format(person.dateOfBirth()));
        if (person.sex() != null) {
            pid.getAdministrativeSex().setValue(sex(person.sex()));
        }
        if (person.address() != null || person.homeDistrict() != null) {
            var address = pid.getPatientAddress(0);
            if (person.address() != null) {
                address.getStreetAddress().getStreetOrMailingAddress().setValue(person.address());
            }
            if (person.homeDistrict() != null) {
                address.getCountyParishCode().setValue(person.homeDistrict());
            }
            address.getAddressType().setValue("H");
        }
        if (person.phone() != null) {
            var phone = pid.getPhoneNumberHome(0);
            phone.getTelecommunicationUseCode().setValue("PRN");
            phone.getTelecommunicationEquipmentType().setValue("PH");
            phone.getTelephoneNumber().setValue(person.phone());
            phone.getUnformattedTelephoneNumber().setValue(person.phone());
        }
    }

    private static void need(ADT_A05 adt, AdtPerson person) throws HL7Exception {
        if (person.needCode() == null) {
            return;
        }
        OBX code = adt.getOBX(0);
        code.getSetIDOBX().setValue("1");
        code.getValueType().setValue("CWE");
        code.getObservationIdentifier().getIdentifier().setValue("URGENT-NEED");
        code.getObservationIdentifier().getText().setValue("Urgent need on return");
        code.getObservationIdentifier().getNameOfCodingSystem().setValue(NEED_CODE_SYSTEM);
        CWE value = new CWE(adt);
        value.getIdentifier().setValue(person.needCode());
        value.getText().setValue(NEED_TEXT.getOrDefault(person.needCode(), person.needCode()));
        value.getNameOfCodingSystem().setValue(NEED_CODE_SYSTEM);
        code.getObservationValue(0).setData(value);
        code.getObservationResultStatus().setValue("F");
        if (person.needNote() != null) {
            OBX note = adt.getOBX(1);
            note.getSetIDOBX().setValue("2");
            note.getValueType().setValue("TX");
            note.getObservationIdentifier().getIdentifier().setValue("URGENT-NEED-NOTE");
            note.getObservationIdentifier().getText().setValue("Note on the urgent need");
            note.getObservationIdentifier().getNameOfCodingSystem().setValue(NEED_CODE_SYSTEM);
            TX text = new TX(adt);
            text.setValue(person.needNote());
            note.getObservationValue(0).setData(text);
            note.getObservationResultStatus().setValue("F");
        }
    }

    /** HL7 table 0001 for an ISO/IEC 5218 code; U for anything else. */
    public static String sex(String iso5218) {
        return SEX.getOrDefault(iso5218, "U");
    }
}
