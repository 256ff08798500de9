package org.returneeregistry.reintegration.domain;

import java.util.Arrays;
import java.util.Optional;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * A service a returnee can be referred to, with the purpose under which its recipient may read the
 * returnee's data. The codes are the contract's {@code referral-service} code list.
 */
public enum SupportService {
    HEALTH(Purpose.HEALTH_FOLLOW_UP, DataCategory.HEALTH),
    PSYCHOSOCIAL(Purpose.REINTEGRATION_SERVICES, DataCategory.HEALTH),
    SHELTER(Purpose.REINTEGRATION_SERVICES, DataCategory.VULNERABILITY),
    LEGAL_AID(Purpose.LEGAL_AID, DataCategory.VULNERABILITY),
    SKILLS_RPL(Purpose.SKILLS_RECOGNITION, DataCategory.SKILLS),
    EMPLOYMENT(Purpose.REINTEGRATION_SERVICES, DataCategory.MIGRATION_HISTORY),
    SOCIAL_PROTECTION(Purpose.SOCIAL_PROTECTION_ENROLMENT, DataCategory.VULNERABILITY);

    public static final int LENGTH = 32;

    private final Purpose purpose;
    private final DataCategory revealed;

    SupportService(Purpose purpose, DataCategory revealed) {
        this.purpose = purpose;
        this.revealed = revealed;
    }

    /**
     * The category of personal data the free text of a referral to this service may reveal (why it was
     * made, why it was declined, what came of it): a medical or psychosocial referral speaks of health,
     * shelter, legal aid and social protection of the returnee's vulnerability, skills recognition of
     * skills, employment of the work history. The text goes to the recipient only with that category granted.
     */
    public DataCategory revealedCategory() {
        return revealed;
    }

    /** The purpose a referral to this service declares; the recipient reads data only for it. */
    public Purpose purpose() {
        return purpose;
    }

    public static Optional<SupportService> of(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }

    /**
     * The service that answers a mission's urgent need (code list {@code urgent-need}): MEDICAL to
     * HEALTH, SHELTER to SHELTER, LEGAL to LEGAL_AID, PSYCHOSOCIAL to PSYCHOSOCIAL. Repatriation of
     * remains is no service to a living returnee — the family and the mission's consular work handle
     * it — so it, like any code not listed, answers empty and no referral is made for it.
     */
    public static Optional<SupportService> forUrgentNeed(String need) {
        if (need == null) {
            return Optional.empty();
        }
        return switch (need) {
            case "MEDICAL" -> Optional.of(HEALTH);
            case "SHELTER" -> Optional.of(SHELTER);
            case "LEGAL" -> Optional.of(LEGAL_AID);
            case "PSYCHOSOCIAL" -> Optional.of(PSYCHOSOCIAL);
            default -> Optional.empty();
        };
    }
}
