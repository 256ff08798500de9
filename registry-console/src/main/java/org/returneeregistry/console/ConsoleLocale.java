package org.returneeregistry.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language a person reads the console in — English or Nepali — chosen per person and kept for the
 * session; dates, times (UTC, as the registry keeps them) and numbers are formatted for it, Nepali with
 * Devanagari digits.
 */
@Named("lang")
@SessionScoped
public class ConsoleLocale implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale NEPALI = Locale.forLanguageTag("ne");
    private static final List<Locale> SUPPORTED = List.of(ENGLISH, NEPALI);
    static final String BUNDLE = "org.returneeregistry.console.messages";

    private Locale locale = ENGLISH;

    public Locale getLocale() {
        return locale;
    }

    /** The BCP 47 tag of the page's language, for {@code <html lang>}. */
    public String getTag() {
        return locale.toLanguageTag();
    }

    public boolean isNepali() {
        return NEPALI.equals(locale);
    }

    /** Switches to the language named (en or ne); anything else leaves it as it is. */
    public String switchTo(String tag) {
        SUPPORTED.stream()
                .filter(l -> l.toLanguageTag().equals(tag))
                .findFirst()
                .ifPresent(l -> {
                    locale = l;
                    FacesContext faces = FacesContext.getCurrentInstance();
                    if (faces != null && faces.getViewRoot() != null) {
                        faces.getViewRoot().setLocale(l);
                    }
                });
        return null;
    }

    /** The locale numbers and dates are written in: Nepali with Devanagari digits. */
    private Locale formatting() {
        return isNepali() ? Locale.forLanguageTag("ne-NP-u-nu-deva") : Locale.forLanguageTag("en-GB");
    }

    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(formatting())
                        .withDecimalStyle(DecimalStyle.of(formatting()))
                        .withZone(ZoneOffset.UTC)
                        .format(at)
                + " UTC";
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(formatting())
                        .withDecimalStyle(DecimalStyle.of(formatting()))
                        .format(date);
    }

    public String number(Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(formatting()).format(n);
    }

    /** A message of the console's bundle in the person's language; the key itself if there is none. */
    public String text(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
