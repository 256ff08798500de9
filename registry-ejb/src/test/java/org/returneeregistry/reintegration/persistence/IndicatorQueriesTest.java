package org.returneeregistry.reintegration.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.reintegration.application.Indicators;
import org.returneeregistry.reintegration.domain.Breakdown;
import org.returneeregistry.reintegration.domain.Indicator;
import org.returneeregistry.reintegration.domain.IndicatorCatalogue;
import org.returneeregistry.reintegration.domain.IndicatorTable;

/**
 * The statements the indicators are counted with, run on H2 (the zero-set-up database) over the migrated
 * schema and a small fixture of three cases: every indicator, with no breakdown and with the breakdowns it
 * offers, must run, and a few figures are checked by hand. The integration test runs them on PostgreSQL.
 */
class IndicatorQueriesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<Integer> BANDS = List.of(18, 25, 35, 45, 60);
    private static JdbcDataSource h2;
    private static final IndicatorCatalogue CATALOGUE = Indicators.load();

    @BeforeAll
    static void aSmallPopulation() throws SQLException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:indicators-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration/common")
                .load()
                .migrate();
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            // case 1: man, 30 at his return on 2026-03-10, QAT; social assessment with a document missing, then
            // none; a goal; a REACHED follow-up; a completed HEALTH referral; first assessment 12 days after return
            // case 2: woman, 40, MYS; a positive screening and an accepted PSYCHOSOCIAL referral; a follow-up due
            // case 3: no sex or date of birth recorded; nothing else
            s.execute("INSERT INTO reintegration_case (id, case_id, version, registry_number, status, opened_by, sex,"
                    + " birth_date, home_district, destination_country, return_modality, return_date, opened_on,"
                    + " opened_at, updated_at) VALUES"
                    + " (1, 'c1', 0, 'RR-1', 'OPEN', 'NOTIFICATION', '1', DATE '1996-01-10', 'Kaski', 'QAT',"
                    + " 'END_OF_CONTRACT', DATE '2026-03-10', DATE '2026-03-01', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                    + " (2, 'c2', 0, 'RR-2', 'OPEN', 'NOTIFICATION', '2', DATE '1986-01-10', 'Dhading', 'MYS',"
                    + " 'DEPORTATION', DATE '2026-08-20', DATE '2026-08-21', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                    + " (3, 'c3', 0, 'RR-3', 'OPEN', 'REGISTRATION', NULL, NULL, NULL, NULL, NULL, NULL,"
                    + " DATE '2026-05-05', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO case_assessment (id, case_ref, seq, questionnaire, questionnaire_version, dimension,"
                    + " assessed_on, points, max_points, score, positive, recorded_at, recorded_by) VALUES"
                    + " (11, 1, 1, 'SOCIAL', 1, 'SOCIAL', DATE '2026-03-22', 1, 2, 50, FALSE, CURRENT_TIMESTAMP, 'x'),"
                    + " (12, 1, 2, 'SOCIAL', 1, 'SOCIAL', DATE '2026-05-01', 1, 2, 50, FALSE, CURRENT_TIMESTAMP, 'x'),"
                    + " (21, 2, 1, 'PSYCHOSOCIAL_SCREENING', 1, 'PSYCHOSOCIAL', DATE '2026-08-30', 8, 12, 66, TRUE,"
                    + " CURRENT_TIMESTAMP, 'x')");
            s.execute(
                    "INSERT INTO case_assessment_answer (assessment_ref, pos, question, answer_value, sensitive) VALUES"
                            + " (11, 0, 'documentsMissing', 'PASSPORT,NATIONAL_ID', FALSE),"
                            + " (11, 1, 'communityNetwork', 'true', FALSE),"
                            + " (12, 0, 'documentsMissing', '', FALSE)");
            s.execute(
                    "INSERT INTO referral (id, referral_id, version, registry_number, service, purpose, source, reason,"
                            + " status, outcome, created_at, updated_at) VALUES"
                            + " (1, 'r1', 0, 'RR-1', 'HEALTH', 'HEALTH_FOLLOW_UP', 'NOTIFICATION', 'x', 'COMPLETED',"
                            + " 'SERVICE_PROVIDED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                            + " (2, 'r2', 0, 'RR-2', 'PSYCHOSOCIAL', 'REINTEGRATION_SERVICES', 'REGISTRAR', 'x', 'ACCEPTED', NULL,"
                            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO case_referral (case_ref, pos, referral_id) VALUES (1, 0, 'r1'), (2, 0, 'r2')");
            s.execute("INSERT INTO case_follow_up (id, case_ref, seq, due_on, contacted_on, outcome) VALUES"
                    + " (101, 1, 1, DATE '2026-04-10', DATE '2026-04-11', 'REACHED'),"
                    + " (201, 2, 1, DATE '2026-09-20', NULL, NULL)");
            s.execute("INSERT INTO case_goal (id, case_ref, seq, dimension, goal_level, description, created_at) VALUES"
                    + " (1001, 1, 1, 'ECONOMIC', 'INDIVIDUAL', 'x', CURRENT_TIMESTAMP)");
            // case 2's returnee has a skills profile in two versions, both recorded under case 2; case 1's economic
            // assessment answered skills, which is no profile
            s.execute("INSERT INTO skills_profile_version (id, registry_number, profile_version, case_id, document,"
                    + " recorded_at, actor, reason) VALUES"
                    + " (2001, 'RR-2', 1, 'c2', '{}', CURRENT_TIMESTAMP, 'x', 'x'),"
                    + " (2002, 'RR-2', 2, 'c2', '{}', CURRENT_TIMESTAMP, 'x', 'x')");
            s.execute(
                    "INSERT INTO case_assessment (id, case_ref, seq, questionnaire, questionnaire_version, dimension,"
                            + " assessed_on, points, max_points, score, positive, recorded_at, recorded_by) VALUES"
                            + " (13, 1, 3, 'ECONOMIC', 1, 'ECONOMIC', DATE '2026-05-02', 1, 2, 50, FALSE, CURRENT_TIMESTAMP, 'x')");
            s.execute("INSERT INTO case_assessment_answer (assessment_ref, pos, question, answer_value, sensitive)"
                    + " VALUES (13, 0, 'skills', 'CONSTRUCTION', FALSE)");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void everyIndicatorRunsWithEveryBreakdownItOffers() throws SQLException {
        for (Indicator indicator : CATALOGUE.all()) {
            for (Breakdown b : Breakdown.values()) {
                if (indicator.offers(b)) {
                    List<Breakdown> two =
                            b == Breakdown.SEX ? List.of(b, Breakdown.AGE_BAND) : List.of(b, Breakdown.SEX);
                    Map<List<String>, IndicatorTable.Counted> counted = count(indicator, two, null, null);
                    assertTrue(!counted.isEmpty() || indicator.counts() == Indicator.Counts.REFERRAL, indicator.id());
                }
            }
        }
    }

    @Test
    void theFiguresAreThoseOfTheFixture() throws SQLException {
        assertEquals(new IndicatorTable.Counted(3, 1, null), total("DOC_SUPPORT_SOUGHT"));
        assertEquals(new IndicatorTable.Counted(1, 1, null), total("DOC_SUPPORT_RECEIVED"));
        assertEquals(new IndicatorTable.Counted(3, 1, null), total("HEALTH_SCREENING"));
        assertEquals(new IndicatorTable.Counted(2, 1, null), total("FOLLOW_UP_CONTACTED"));
        assertEquals(1, total("PSYCHOSOCIAL_REFERRED").numerator());
        assertEquals(1, total("MHPSS_REGISTERED").numerator());
        assertEquals(1, total("COMMUNITY_LINKED").numerator());
        assertEquals(1, total("PLANS_DEVELOPED").numerator());
        assertEquals(new IndicatorTable.Counted(3, 1, null), total("SKILLS_PROFILES"), "case 2 once, not case 1");
        assertEquals(2, total("REFERRALS").numerator());
        IndicatorTable.Counted days = total("DAYS_TO_FIRST_ASSESSMENT");
        assertEquals(2, days.count());
        assertEquals(11.0, days.median(), 0.01, "12 and 10 days");
    }

    @Test
    void breakdownsLabelTheirCategories() throws SQLException {
        Indicator plans = CATALOGUE.find("PLANS_DEVELOPED").orElseThrow();
        Map<List<String>, IndicatorTable.Counted> bySexAndAge =
                count(plans, List.of(Breakdown.SEX, Breakdown.AGE_BAND), null, null);
        assertEquals(1, bySexAndAge.get(List.of("1", "25-34")).numerator());
        assertEquals(0, bySexAndAge.get(List.of("2", "35-44")).numerator());
        assertEquals(1, bySexAndAge.get(List.of("_U", "_U")).count());
        Map<List<String>, IndicatorTable.Counted> byPeriod =
                count(plans, List.of(Breakdown.QUARTER, Breakdown.DESTINATION), null, null);
        assertEquals(1, byPeriod.get(List.of("2026-Q1", "QAT")).numerator());
        assertEquals(1, byPeriod.get(List.of("2026-Q3", "MYS")).count());
        assertEquals(1, byPeriod.get(List.of("2026-Q2", "_U")).count(), "counted at its opening without a return");
        Map<List<String>, IndicatorTable.Counted> months = count(plans, List.of(Breakdown.MONTH), null, null);
        assertTrue(months.containsKey(List.of("2026-03")), months::toString);
        Map<List<String>, IndicatorTable.Counted> inRange =
                count(plans, List.of(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30));
        assertEquals(2, inRange.get(List.of()).count(), "returns from March to June");
        Indicator referrals = CATALOGUE.find("REFERRALS").orElseThrow();
        Map<List<String>, IndicatorTable.Counted> byService =
                count(referrals, List.of(Breakdown.SERVICE, Breakdown.OUTCOME), null, null);
        assertEquals(1, byService.get(List.of("HEALTH", "SERVICE_PROVIDED")).count());
        assertEquals(1, byService.get(List.of("PSYCHOSOCIAL", "ACCEPTED")).count());
    }

    private static IndicatorTable.Counted total(String id) throws SQLException {
        return count(CATALOGUE.find(id).orElseThrow(), List.of(), null, null).get(List.of());
    }

    /** What IndicatorQueries.count does, through JDBC: every grouping a median needs, the cells otherwise. */
    private static Map<List<String>, IndicatorTable.Counted> count(
            Indicator indicator, List<Breakdown> breakdowns, LocalDate from, LocalDate to) throws SQLException {
        Map<List<String>, IndicatorTable.Counted> out = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        for (int d = 0; d < breakdowns.size(); d++) {
            all.add(d);
        }
        IndicatorQueries.Statement statement =
                IndicatorQueries.statement(indicator, breakdowns, all, BANDS, from, to, TODAY);
        List<Object> ordered = new ArrayList<>();
        Matcher m = PARAMETER.matcher(statement.sql());
        while (m.find()) {
            ordered.add(statement.params().get(Integer.parseInt(m.group(1)) - 1));
        }
        try (Connection c = h2.getConnection();
                PreparedStatement p = c.prepareStatement(m.replaceAll("?"))) {
            for (int i = 0; i < ordered.size(); i++) {
                p.setObject(i + 1, ordered.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    IndicatorQueries.collect(indicator, breakdowns, all, row, out);
                }
            }
        }
        return out;
    }
}
