package org.returneeregistry.returnee.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.returneeregistry.returnee.application.DisclosedReturnee;
import org.returneeregistry.returnee.application.RegistrySearchAnswer;

/**
 * The registry search's answers in the Digital Convergence Initiative's JSON (SPDCI registry API 1.0.0, sync
 * {@code on-search} and {@code on-txn-status}): field names as the specification spells them, so social
 * protection systems read them with the clients they have. Only these records are the public shape.
 */
public final class DciTransfer {

    public static final String VERSION = "1.0.0";

    private DciTransfer() {}

    @JsonbPropertyOrder({
        "version",
        "message_id",
        "message_ts",
        "action",
        "status",
        "status_reason_code",
        "status_reason_message",
        "total_count",
        "completed_count",
        "sender_id",
        "receiver_id",
        "is_msg_encrypted"
    })
    public record Header(
            String version,
            @JsonbProperty("message_id") String messageId,
            @JsonbProperty("message_ts") String messageTs,
            String action,
            String status,
            @JsonbProperty("status_reason_code") String statusReasonCode,
            @JsonbProperty("status_reason_message") String statusReasonMessage,
            @JsonbProperty("total_count") Integer totalCount,
            @JsonbProperty("completed_count") Integer completedCount,
            @JsonbProperty("sender_id") String senderId,
            @JsonbProperty("receiver_id") String receiverId,
            @JsonbProperty("is_msg_encrypted") boolean msgEncrypted) {}

    /** A sync search's answer: {@code header} and {@code message}; the registry does not sign it ({@code signature} absent). */
    public record SearchResponse(String signature, Header header, SearchMessage message) {}

    /** A sync transaction-status answer. */
    public record TxnStatusResponse(String signature, Header header, TxnStatusMessage message) {}

    public record SearchMessage(
            @JsonbProperty("transaction_id") String transactionId,
            @JsonbProperty("correlation_id") String correlationId,
            @JsonbProperty("search_response") List<SearchResult> searchResponse) {

        static SearchMessage of(RegistrySearchAnswer answer, String timestamp) {
            return new SearchMessage(
                    answer.transactionId(),
                    answer.correlationId(),
                    answer.items().stream()
                            .map(i -> SearchResult.of(i, timestamp))
                            .toList());
        }
    }

    public record TxnStatusMessage(
            @JsonbProperty("transaction_id") String transactionId,
            @JsonbProperty("correlation_id") String correlationId,
            @JsonbProperty("txnstatus_response") TxnStatus txnstatusResponse) {}

    public record TxnStatus(
            @JsonbProperty("txn_type") String txnType,
            @JsonbProperty("txn_status") SearchMessage txnStatus) {}

    @JsonbPropertyOrder({
        "reference_id",
        "timestamp",
        "status",
        "status_reason_code",
        "status_reason_message",
        "data",
        "pagination",
        "locale"
    })
    public record SearchResult(
            @JsonbProperty("reference_id") String referenceId,
            String timestamp,
            String status,
            @JsonbProperty("status_reason_code") String statusReasonCode,
            @JsonbProperty("status_reason_message") String statusReasonMessage,
            Data data,
            Pagination pagination,
            String locale) {

        static SearchResult of(RegistrySearchAnswer.Item item, String timestamp) {
            boolean succeeded = RegistrySearchAnswer.SUCCEEDED.equals(item.status());
            return new SearchResult(
                    item.referenceId(),
                    timestamp,
                    item.status(),
                    item.reasonCode(),
                    item.reasonMessage(),
                    succeeded
                            ? new Data(
                                    VERSION,
                                    "ns:org:RegistryType:Social",
                                    "Person",
                                    item.records().stream().map(Person::of).toList())
                            : null,
                    succeeded && item.pageSize() > 0
                            ? new Pagination(item.pageSize(), item.pageNumber(), item.totalCount())
                            : new Pagination(null, null, item.totalCount()),
                    "en");
        }
    }

    public record Data(
            String version,
            @JsonbProperty("reg_type") String regType,
            @JsonbProperty("reg_record_type") String regRecordType,
            @JsonbProperty("reg_records") List<Person> regRecords) {}

    public record Pagination(
            @JsonbProperty("page_size") Integer pageSize,
            @JsonbProperty("page_number") Integer pageNumber,
            @JsonbProperty("total_count") int totalCount) {}

    /**
     * A returnee as a DCI person record, with only the categories the decision point granted: identifiers,
     * name, sex and birth date (IDENTITY); phone, e-mail and address (CONTACT); the family members and
     * dependants (FAMILY, {@code related_persons}: the registry's member, as the specification names none for a
     * person record) — absent when not granted or not recorded.
     */
    public record Person(
            List<PersonIdentifier> identifier,
            Name name,
            String sex,
            @JsonbProperty("birth_date") String birthDate,
            @JsonbProperty("phone_number") List<String> phoneNumber,
            List<String> email,
            Address address,
            @JsonbProperty("related_persons") List<RelatedPerson> relatedPersons,
            @JsonbProperty("granted_categories") List<String> grantedCategories) {

        static Person of(DisclosedReturnee r) {
            var identity = r.identity();
            var contact = r.contact();
            java.util.List<PersonIdentifier> ids = new java.util.ArrayList<>();
            ids.add(new PersonIdentifier("REGISTRY_NUMBER", r.registryNumber(), null));
            identity.identifiers()
                    .forEach(i -> ids.add(new PersonIdentifier(i.type(), i.number(), i.issuingCountry())));
            var c = contact == null ? null : contact.contact();
            return new Person(
                    ids,
                    new Name(identity.name().familyName(), identity.name().givenName()),
                    identity.sex(),
                    identity.dateOfBirth() == null
                            ? null
                            : identity.dateOfBirth().toString(),
                    c == null || c.phone() == null ? null : List.of(c.phone()),
                    c == null || c.email() == null ? null : List.of(c.email()),
                    contact == null ? null : new Address(c == null ? null : c.address(), contact.homeDistrict()),
                    r.family() == null
                            ? null
                            : r.family().members().stream()
                                    .map(m -> new RelatedPerson(
                                            m.relationship(),
                                            new Name(m.familyName(), m.givenName()),
                                            m.sex(),
                                            m.dateOfBirth().toString(),
                                            m.dependant(),
                                            m.inSchool()))
                                    .toList(),
                    r.grantedCategories());
        }
    }

    public record PersonIdentifier(
            @JsonbProperty("identifier_type") String identifierType,
            @JsonbProperty("identifier_value") String identifierValue,
            @JsonbProperty("issuing_country") String issuingCountry) {}

    public record Name(
            String surname, @JsonbProperty("given_name") String givenName) {}

    public record Address(@JsonbProperty("address_line1") String addressLine1, String locality) {}

    /**
     * A family member or dependant: the relationship to the returnee (code list {@code family-relationship}), name,
     * sex (ISO 5218), birth date, whether a dependant, whether in school (absent when not known).
     */
    public record RelatedPerson(
            @JsonbProperty("relationship_type") String relationshipType,
            Name name,
            String sex,
            @JsonbProperty("birth_date") String birthDate,
            @JsonbProperty("is_dependant") boolean dependant,
            @JsonbProperty("in_school") Boolean inSchool) {}
}
