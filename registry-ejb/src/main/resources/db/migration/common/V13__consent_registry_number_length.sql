-- A registry number has one length wherever it is stored (RegistryNumber.LENGTH, 14: RR-0000-0042-7);
-- consent_record was created with 16. Every value in it was checked as a registry number when it was
-- recorded, so none is longer. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 16.
ALTER TABLE consent_record ALTER COLUMN registry_number SET DATA TYPE VARCHAR(14);
