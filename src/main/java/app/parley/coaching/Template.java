package app.parley.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt message with {@code {placeholders}} filled from the facts. The names it knows are
 * {@link #NAMES}; {@code offerN} counts from 1. A message whose placeholders cannot all be
 * filled (no facts, or not that part of them) renders empty, and the rule's fallback is shown.
 */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern OFFER = Pattern.compile("offer([1-9])\\.(label|amount|discount|deadline)");
    private static final Pattern OTHER = Pattern.compile("balance|offers|payment\\.(invoice|date|amount|method|reference)");

    /** For error messages and the documentation. */
    static final String NAMES = "{balance}, {offers} (the first three, one after the other), "
            + "{offerN.label}, {offerN.amount}, {offerN.discount}, {offerN.deadline} (N from 1), "
            + "{payment.invoice}, {payment.date}, {payment.amount}, {payment.method}, {payment.reference}";

    private final String text;
    private final List<String> names;

    private Template(String text, List<String> names) {
        this.text = text;
        this.names = names;
    }

    /** Parses {@code text}; unknown or malformed placeholders are added to {@code problems}. */
    static Template parse(String text, List<String> problems) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1).trim();
            if (!OFFER.matcher(name).matches() && !OTHER.matcher(name).matches()) {
                problems.add("unknown placeholder {" + m.group(1) + "}; known: " + NAMES);
            }
            names.add(name);
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            problems.add("unbalanced { or } (write placeholders as {name})");
        }
        return new Template(text, List.copyOf(names));
    }

    boolean usesFacts() {
        return !names.isEmpty();
    }

    String text() {
        return text;
    }

    /** The message with the facts in, or empty when one of its placeholders has no value. */
    Optional<String> render(FactsView facts, String language) {
        Locale locale = "es".equals(language) ? Locale.forLanguageTag("es-MX") : Locale.US;
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String value = value(m.group(1).trim(), facts, locale);
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    private static String value(String name, FactsView facts, Locale locale) {
        if (facts == null) {
            return null;
        }
        Matcher offer = OFFER.matcher(name);
        if (offer.matches()) {
            int index = Integer.parseInt(offer.group(1)) - 1;
            if (index >= facts.offers().size()) {
                return null;
            }
            return offerPart(facts.offers().get(index), offer.group(2), locale);
        }
        if (name.equals("balance")) {
            return facts.balance() == null ? null : money(facts.balance(), locale);
        }
        if (name.equals("offers")) {
            if (facts.offers().isEmpty()) {
                return null;
            }
            List<String> described = new ArrayList<>();
            for (FactsView.Offer o : facts.offers().subList(0, Math.min(3, facts.offers().size()))) {
                String line = (o.label() == null ? "" : o.label())
                        + (o.amount() == null ? "" : " " + money(o.amount(), locale))
                        + (o.discountPercent() == null ? "" : " (-" + percent(o.discountPercent()) + ")");
                described.add(line.trim());
            }
            return String.join("; ", described);
        }
        if (name.startsWith("payment.")) {
            if (facts.payments().isEmpty()) {
                return null;
            }
            FactsView.Payment p = facts.payments().get(0);
            return switch (name.substring("payment.".length())) {
                case "invoice" -> p.invoice();
                case "date" -> p.date() == null ? null : date(p.date(), locale);
                case "amount" -> p.amount() == null ? null : money(p.amount(), locale);
                case "method" -> p.method();
                default -> p.reference();
            };
        }
        return null;
    }

    private static String offerPart(FactsView.Offer offer, String part, Locale locale) {
        return switch (part) {
            case "label" -> offer.label();
            case "amount" -> offer.amount() == null ? null : money(offer.amount(), locale);
            case "discount" -> offer.discountPercent() == null ? null : percent(offer.discountPercent());
            default -> offer.deadline() == null ? null : date(offer.deadline(), locale);
        };
    }

    /** "$1,234.50" for dollars and pesos (pesos marked MXN outside a Spanish pack), "1,234.50 EUR" otherwise. */
    static String money(FactsView.Money money, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        String number = format.format(money.amount().setScale(2, RoundingMode.HALF_UP));
        return switch (money.currency()) {
            case "USD" -> "$" + number;
            case "MXN" -> "$" + number + (locale.getLanguage().equals("es") ? "" : " MXN");
            default -> number + " " + money.currency();
        };
    }

    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }

    /** "Fri 28 Nov" / "vie 28 nov". */
    static String date(LocalDate date, Locale locale) {
        String formatted = DateTimeFormatter.ofPattern("EEE d MMM", locale).format(date);
        return formatted.replace(".", "");
    }
}
