package org.neighborhoodcapital.memberships.participant.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal form of contacts, so that the same person typed twice is recognised:
 * <ul>
 * <li>e-mail: trimmed and lower-cased ({@code " Ana@Example.ORG "} → {@code ana@example.org});</li>
 * <li>phone: digits only, with the leading {@code +} kept when there was one
 * ({@code "+49 (30) 123-456"} → {@code +4930123456}; {@code "030 123456"} → {@code 030123456}).</li>
 * </ul>
 * No country code is guessed: {@code +4930…} and {@code 004930…} stay different.
 */
public final class Contacts {

    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]+$");
    private static final int MIN_PHONE_DIGITS = 6;
    /** E.164: at most 15 digits. */
    private static final int MAX_PHONE_DIGITS = 15;

    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public static String normalizePhone(String phone) {
        String trimmed = phone.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        return trimmed.startsWith("+") ? "+" + digits : digits;
    }

    /** @return why the e-mail is not acceptable, or null when it is */
    public static String emailProblem(String email) {
        String normalized = normalizeEmail(email);
        if (normalized.length() > MAX_EMAIL_LENGTH) {
            return "must be at most " + MAX_EMAIL_LENGTH + " characters";
        }
        return EMAIL.matcher(normalized).matches() ? null : "is not an e-mail address";
    }

    /** @return why the phone number is not acceptable, or null when it is */
    public static String phoneProblem(String phone) {
        String trimmed = phone.trim();
        if (!PHONE.matcher(trimmed).matches()) {
            return "may hold only digits, spaces, ( ) . / - and a leading +";
        }
        int digits = normalizePhone(trimmed).replace("+", "").length();
        if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) {
            return "must have " + MIN_PHONE_DIGITS + " to " + MAX_PHONE_DIGITS + " digits";
        }
        return null;
    }

    private Contacts() {
    }
}
