package org.returneeregistry.shared.domain;

import java.util.Optional;

/**
 * Why an organisation may read a returnee's data. Every read declares one; consent and legal bases
 * are given per purpose. Each purpose carries its W3C DPV identifier beside the registry's code.
 */
public enum Purpose {
    REINTEGRATION_SERVICES("https://w3id.org/dpv/sector-publicservices#SocialWelfareServiceProvision"),
    HEALTH_FOLLOW_UP("https://w3id.org/dpv/sector-health#HealthcareProvision"),
    SKILLS_RECOGNITION("https://w3id.org/dpv/sector-education#SkillsAssessment"),
    SOCIAL_PROTECTION_ENROLMENT("https://w3id.org/dpv/sector-publicservices#SocialWelfareEnrolmentManagement"),
    SOCIAL_SECURITY_CLAIM("https://w3id.org/dpv/sector-publicservices#SocialSecurityManagement"),
    /**
     * Labour migration administration between the countries of a labour migration agreement: a worker's departure
     * and return notified to the other country's labour ministry (a return notice), which follows the worker up.
     */
    LABOUR_MIGRATION("https://w3id.org/dpv#ServiceProvision"),
    LEGAL_AID("https://w3id.org/dpv#LegalCompliance"),
    STATISTICS("https://w3id.org/dpv#ResearchAndDevelopment");

    private final String dpv;

    Purpose(String dpv) {
        this.dpv = dpv;
    }

    public String code() {
        return name();
    }

    public String dpv() {
        return dpv;
    }

    public static Optional<Purpose> of(String code) {
        for (Purpose p : values()) {
            if (p.name().equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
