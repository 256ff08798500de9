package org.returneeregistry.socialsecurity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returneeregistry.socialsecurity.domain.SocialSecuritySection;

/** Versions of agreements' social security sections. Used only by the social security context's services. */
@ApplicationScoped
public class SocialSecuritySectionRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public SocialSecuritySection add(SocialSecuritySection section) {
        em.persist(section);
        em.flush();
        return section;
    }

    /** The section that applies: the agreement's latest. */
    public Optional<SocialSecuritySection> latest(String agreementId) {
        return em
                .createQuery(
                        "SELECT s FROM SocialSecuritySection s WHERE s.agreementId = :id ORDER BY s.sectionVersion DESC",
                        SocialSecuritySection.class)
                .setParameter("id", agreementId)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }
}
