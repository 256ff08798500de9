package org.returneeregistry.socialsecurity.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.PeriodCategory;
import org.returneeregistry.socialsecurity.domain.PeriodUnit;
import org.returneeregistry.socialsecurity.domain.Rounding;
import org.returneeregistry.socialsecurity.domain.RuleSet;
import org.returneeregistry.socialsecurity.domain.RuleSet.Amounts;
import org.returneeregistry.socialsecurity.domain.RuleSet.Band;
import org.returneeregistry.socialsecurity.domain.RuleSet.Component;
import org.returneeregistry.socialsecurity.domain.RuleSet.Conversion;
import org.returneeregistry.socialsecurity.domain.RuleSet.LumpSum;
import org.returneeregistry.socialsecurity.domain.RuleSet.Minimums;
import org.returneeregistry.socialsecurity.domain.RuleSet.Overlap;
import org.returneeregistry.socialsecurity.domain.RuleSet.ProRata;

/**
 * Reads a social security section (a rule set as a JSON document, docs/social-security.md) into a
 * {@link RuleSet}, naming every violation with its path ({@code ruleSet.conversion.daysPerWeek}). A member the
 * document format does not know is refused, so a misspelt rule never silently falls back to a default.
 */
public final class RuleSetDocument {

    /** The longest document accepted, in characters of its JSON text (the column is as wide). */
    public static final int MAX_LENGTH = 65_535;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MAX_FIGURE = new BigDecimal("1000000000");

    private final List<Violation> violations = new ArrayList<>();
    private final String root;

    private RuleSetDocument(String root) {
        this.root = root;
    }

    /** The rule set, or null with the violations added to {@code out}. */
    public static RuleSet read(JsonObject document, String root, List<Violation> out) {
        RuleSetDocument reader = new RuleSetDocument(root);
        RuleSet rules = reader.ruleSet(document);
        out.addAll(reader.violations);
        return reader.violations.isEmpty() ? rules : null;
    }

    private RuleSet ruleSet(JsonObject o) {
        String at = root;
        known(
                o,
                at,
                "name",
                "country",
                "benefits",
                "countingUnit",
                "conversion",
                "overlap",
                "minimums",
                "amounts",
                "lumpSum",
                "periodRequests");
        PeriodRequestTimes.read(o, at, violations);
        String name = text(o, at, "name", false, 200);
        String country = text(o, at, "country", true, 3);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            violation(at + ".country", "Pattern", "must be an ISO 3166-1 alpha-3 code");
        }
        Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        JsonArray list = array(o, at, "benefits", true);
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                Benefit b = code(list.get(i), at + ".benefits[" + i + "]", Benefit.class);
                if (b != null) {
                    benefits.add(b);
                }
            }
        }
        PeriodUnit unit = code(o.get("countingUnit"), at + ".countingUnit", PeriodUnit.class);
        if (unit == null && !o.containsKey("countingUnit")) {
            violation(at + ".countingUnit", "NotNull", "must not be null");
        }
        Conversion conversion = conversion(object(o, at, "conversion"), at + ".conversion", unit);
        Overlap overlap = overlap(object(o, at, "overlap"), at + ".overlap", country);
        Minimums minimums = minimums(object(o, at, "minimums"), at + ".minimums");
        JsonObject amounts = object(o, at, "amounts");
        Amounts a = amounts == null ? null : amounts(amounts, at + ".amounts");
        JsonObject lump = object(o, at, "lumpSum");
        LumpSum lumpSum = null;
        if (lump != null) {
            known(lump, at + ".lumpSum", "share");
            BigDecimal share = number(lump, at + ".lumpSum", "share", true, BigDecimal.ZERO, BigDecimal.ONE);
            lumpSum = share == null ? null : new LumpSum(share);
        }
        if (!violations.isEmpty()) {
            return null;
        }
        return new RuleSet(
                name == null ? country : name, country, benefits, unit, conversion, overlap, minimums, a, lumpSum);
    }

    private Conversion conversion(JsonObject o, String at, PeriodUnit unit) {
        int daysPerWeek = 5;
        if (o == null) {
            return unit == null ? null : Conversion.regulation987(daysPerWeek, unit, Rounding.NONE, 0);
        }
        known(
                o,
                at,
                "daysPerWeek",
                "daysPerMonth",
                "daysPerQuarter",
                "weeksPerQuarter",
                "monthsPerQuarter",
                "yearMaximum",
                "rounding",
                "scale");
        BigDecimal dpw = number(o, at, "daysPerWeek", false, BigDecimal.valueOf(5), BigDecimal.valueOf(7));
        if (dpw != null) {
            if (dpw.stripTrailingZeros().scale() > 0) {
                violation(at + ".daysPerWeek", "Digits", "must be 5, 6 or 7");
            } else {
                daysPerWeek = dpw.intValue();
            }
        }
        Rounding rounding =
                o.containsKey("rounding") ? code(o.get("rounding"), at + ".rounding", Rounding.class) : Rounding.NONE;
        BigDecimal scale = number(o, at, "scale", false, BigDecimal.ZERO, BigDecimal.valueOf(6));
        if (unit == null) {
            return null;
        }
        Conversion d = Conversion.regulation987(
                daysPerWeek, unit, rounding == null ? Rounding.NONE : rounding, scale == null ? 0 : scale.intValue());
        return new Conversion(
                daysPerWeek,
                orElse(number(o, at, "daysPerMonth", false, BigDecimal.ONE, BigDecimal.valueOf(31)), d.daysPerMonth()),
                orElse(
                        number(o, at, "daysPerQuarter", false, BigDecimal.ONE, BigDecimal.valueOf(92)),
                        d.daysPerQuarter()),
                orElse(
                        number(o, at, "weeksPerQuarter", false, BigDecimal.ONE, BigDecimal.valueOf(14)),
                        d.weeksPerQuarter()),
                orElse(
                        number(o, at, "monthsPerQuarter", false, BigDecimal.ONE, BigDecimal.valueOf(3)),
                        d.monthsPerQuarter()),
                orElse(number(o, at, "yearMaximum", false, BigDecimal.ONE, BigDecimal.valueOf(366)), d.yearMaximum()),
                d.rounding(),
                d.scale());
    }

    private Overlap overlap(JsonObject o, String at, String country) {
        if (o == null) {
            return country == null ? null : Overlap.regulation987(country);
        }
        known(o, at, "precedence", "creditingOrder", "noForeignCreditInHomeSlots");
        List<PeriodCategory> precedence = new ArrayList<>();
        JsonArray p = array(o, at, "precedence", false);
        if (p == null) {
            precedence.addAll(Overlap.regulation987("XXX").precedence());
        } else {
            for (int i = 0; i < p.size(); i++) {
                PeriodCategory c = code(p.get(i), at + ".precedence[" + i + "]", PeriodCategory.class);
                if (c != null && !precedence.contains(c)) {
                    precedence.add(c);
                }
            }
        }
        List<String> order = new ArrayList<>();
        JsonArray c = array(o, at, "creditingOrder", false);
        if (c == null) {
            if (country != null) {
                order.add(country);
            }
        } else {
            for (int i = 0; i < c.size(); i++) {
                JsonValue v = c.get(i);
                if (v instanceof JsonString s && COUNTRY.matcher(s.getString()).matches()) {
                    order.add(s.getString());
                } else {
                    violation(at + ".creditingOrder[" + i + "]", "Pattern", "must be an ISO 3166-1 alpha-3 code");
                }
            }
        }
        return new Overlap(precedence, order, bool(o, at, "noForeignCreditInHomeSlots"));
    }

    private Minimums minimums(JsonObject o, String at) {
        if (o == null) {
            return new Minimums(null, null, null, false);
        }
        known(o, at, "ownBeforeTotalisation", "combined", "ownForBenefit", "totaliseOnlyIfNeeded");
        return new Minimums(
                number(o, at, "ownBeforeTotalisation", false, BigDecimal.ZERO, MAX_FIGURE),
                number(o, at, "combined", false, BigDecimal.ZERO, MAX_FIGURE),
                number(o, at, "ownForBenefit", false, BigDecimal.ZERO, MAX_FIGURE),
                bool(o, at, "totaliseOnlyIfNeeded"));
    }

    private Amounts amounts(JsonObject o, String at) {
        known(o, at, "components", "proRata", "higherOf", "independentOnTotalisedEntitlement", "rounding", "scale");
        List<Component> components = new ArrayList<>();
        JsonArray list = array(o, at, "components", true);
        if (list != null) {
            if (list.size() > 20) {
                violation(at + ".components", "Size", "size must be between 1 and 20");
            }
            for (int i = 0; i < list.size() && i < 20; i++) {
                String here = at + ".components[" + i + "]";
                if (list.get(i) instanceof JsonObject c) {
                    Component component = component(c, here);
                    if (component != null) {
                        components.add(component);
                    }
                } else {
                    violation(here, "Type", "must be an object");
                }
            }
        }
        ProRata proRata = new ProRata(ProRata.Denominator.TOTAL, null);
        JsonObject p = object(o, at, "proRata");
        if (p != null) {
            known(p, at + ".proRata", "denominator", "fixed");
            ProRata.Denominator d = p.containsKey("denominator")
                    ? code(p.get("denominator"), at + ".proRata.denominator", ProRata.Denominator.class)
                    : ProRata.Denominator.TOTAL;
            BigDecimal fixed =
                    number(p, at + ".proRata", "fixed", d == ProRata.Denominator.FIXED, BigDecimal.ONE, MAX_FIGURE);
            if (d == ProRata.Denominator.FIXED && fixed != null) {
                proRata = new ProRata(d, fixed);
            }
        }
        Rounding rounding = o.containsKey("rounding")
                ? code(o.get("rounding"), at + ".rounding", Rounding.class)
                : Rounding.HALF_UP;
        BigDecimal scale = number(o, at, "scale", false, BigDecimal.ZERO, BigDecimal.valueOf(4));
        return new Amounts(
                components,
                proRata,
                bool(o, at, "higherOf"),
                bool(o, at, "independentOnTotalisedEntitlement"),
                rounding == null ? Rounding.HALF_UP : rounding,
                scale == null ? 2 : scale.intValue());
    }

    private Component component(JsonObject c, String at) {
        Component.Kind kind = code(c.get("kind"), at + ".kind", Component.Kind.class);
        if (kind == null) {
            if (!c.containsKey("kind")) {
                violation(at + ".kind", "NotNull", "must not be null");
            }
            return null;
        }
        return switch (kind) {
            case FLAT -> {
                known(c, at, "kind", "amount", "independentScaleYears");
                yield Component.flat(
                        number(c, at, "amount", true, BigDecimal.ZERO, MAX_FIGURE),
                        number(c, at, "independentScaleYears", false, BigDecimal.ONE, BigDecimal.valueOf(100)));
            }
            case PER_YEAR -> {
                known(c, at, "kind", "base", "ratePerYear", "maxYears", "fullAtYears");
                yield Component.perYear(
                        number(c, at, "base", true, BigDecimal.ZERO, MAX_FIGURE),
                        number(c, at, "ratePerYear", true, BigDecimal.ZERO, BigDecimal.ONE),
                        number(c, at, "maxYears", false, BigDecimal.ONE, BigDecimal.valueOf(100)),
                        number(c, at, "fullAtYears", false, BigDecimal.ONE, BigDecimal.valueOf(100)));
            }
            case EARNINGS_RELATED -> {
                known(c, at, "kind", "accrualRate", "earningsCap", "maxYears");
                yield Component.earningsRelated(
                        number(c, at, "accrualRate", true, BigDecimal.ZERO, BigDecimal.ONE),
                        number(c, at, "earningsCap", false, BigDecimal.ZERO, MAX_FIGURE),
                        number(c, at, "maxYears", false, BigDecimal.ONE, BigDecimal.valueOf(100)));
            }
            case AVERAGE_TABLE -> {
                known(c, at, "kind", "bands", "minimumAverage", "averageRounding");
                List<Band> bands = new ArrayList<>();
                JsonArray b = array(c, at, "bands", true);
                if (b != null) {
                    for (int i = 0; i < b.size() && i < 100; i++) {
                        String here = at + ".bands[" + i + "]";
                        if (b.get(i) instanceof JsonObject band) {
                            known(band, here, "fromAverage", "amount");
                            BigDecimal from = number(band, here, "fromAverage", true, BigDecimal.ZERO, MAX_FIGURE);
                            BigDecimal amount = number(band, here, "amount", true, BigDecimal.ZERO, MAX_FIGURE);
                            if (from != null && amount != null) {
                                bands.add(new Band(from, amount));
                            }
                        } else {
                            violation(here, "Type", "must be an object");
                        }
                    }
                }
                Rounding r = c.containsKey("averageRounding")
                        ? code(c.get("averageRounding"), at + ".averageRounding", Rounding.class)
                        : Rounding.NONE;
                yield Component.averageTable(
                        bands, number(c, at, "minimumAverage", false, BigDecimal.ZERO, MAX_FIGURE), r);
            }
        };
    }

    // --- members ---------------------------------------------------------------------------------------------

    private void known(JsonObject o, String at, String... names) {
        Set<String> allowed = Set.of(names);
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                violation(at + "." + key, "UnknownMember", "is not a member of a social security section");
            }
        }
    }

    private JsonObject object(JsonObject o, String at, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonObject obj) {
            return obj;
        }
        violation(at + "." + name, "Type", "must be an object");
        return null;
    }

    private JsonArray array(JsonObject o, String at, String name, boolean required) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                violation(at + "." + name, "NotEmpty", "must not be empty");
            }
            return null;
        }
        if (v instanceof JsonArray a) {
            if (required && a.isEmpty()) {
                violation(at + "." + name, "NotEmpty", "must not be empty");
            }
            return a;
        }
        violation(at + "." + name, "Type", "must be an array");
        return null;
    }

    private String text(JsonObject o, String at, String name, boolean required, int max) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                violation(at + "." + name, "NotNull", "must not be null");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            violation(at + "." + name, "Type", "must be a string");
            return null;
        }
        String value = s.getString();
        if (value.length() > max) {
            violation(at + "." + name, "Size", "size must be at most " + max);
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            violation(at + "." + name, "Text", "must not contain control characters");
        }
        return value;
    }

    private BigDecimal number(JsonObject o, String at, String name, boolean required, BigDecimal min, BigDecimal max) {
        JsonValue v = o.get(name);
        String field = at + "." + name;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                violation(field, "NotNull", "must not be null");
            }
            return null;
        }
        if (!(v instanceof JsonNumber n)) {
            violation(field, "Type", "must be a number");
            return null;
        }
        BigDecimal value = n.bigDecimalValue();
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            violation(field, "Range", "must be between " + min.toPlainString() + " and " + max.toPlainString());
            return null;
        }
        if (value.scale() > 6) {
            violation(field, "Digits", "must have at most 6 decimals");
            return null;
        }
        return value;
    }

    private boolean bool(JsonObject o, String at, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (v.getValueType() != JsonValue.ValueType.FALSE) {
            violation(at + "." + name, "Type", "must be true or false");
        }
        return false;
    }

    private <E extends Enum<E>> E code(JsonValue v, String field, Class<E> type) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s.getString())) {
                    return e;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        violation(field, "OneOf", "must be one of " + String.join(", ", names));
        return null;
    }

    private static BigDecimal orElse(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }

    private void violation(String field, String rule, String message) {
        violations.add(new Violation(field, rule, message));
    }
}
