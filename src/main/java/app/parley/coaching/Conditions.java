package app.parley.coaching;

import app.parley.call.Speaker;
import app.parley.call.Word;
import app.parley.meaning.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Judges a rule's conditions ({@code unless}, {@code requires}) on what the parties have said
 * so far: phrases of concepts, dates of a reach, a day named again, and the call's states
 * ({@link CallState}).
 */
final class Conditions {
    /** The triggering words: who said them and when. */
    record Trigger(Speaker speaker, double start, double end) {
    }

    private final Map<Speaker, Party> parties;
    private final RuleBook book;
    private final LocalDate callDate;
    private final Settings settings;

    Conditions(Map<Speaker, Party> parties, RuleBook book, LocalDate callDate, Settings settings) {
        this.parties = parties;
        this.book = book;
        this.callDate = callDate;
        this.settings = settings;
    }

    /**
     * Whether a condition of {@code rule} holds at {@code moment}, for a trigger by {@code speaker}
     * at [{@code start}, {@code end}]: the triggering words themselves never count. {@code required}:
     * one of the rule's {@code requires}, not of its {@code unless}.
     */
    boolean holds(Rule.Condition condition, Rule rule, Trigger c, double moment, boolean required) {
        if (condition.what() instanceof Rule.AnyOf any) {
            return any.options().stream().anyMatch(option -> holds(option, rule, c, moment, required));
        }
        // Before: words begun before the triggering words, not with them.
        double to = condition.within() instanceof Rule.BeforeTrigger ? Math.nextDown(Math.min(c.start(), moment)) : moment;
        // A requirement is of the triggering words' setting: its seconds count back from where they began, so
        // a rule judged at the end of a long turn ("you could settle it for three thousand, or twelve
        // payments, or …") still sees the "you could" in front of its words. An exception counts back from now.
        double reachedFrom = required ? Math.min(c.start(), to) : to;
        double from = condition.within() instanceof Rule.SinceTrigger ? c.start()
                : condition.within() instanceof Rule.Last last ? reachedFrom - last.seconds() : Double.NEGATIVE_INFINITY;
        Window window = new Window(from, to, condition.by(), c);
        if (condition.what() instanceof Rule.Concepts concepts) {
            // Only the trigger's own match is left out: "we can" still offers in "we can offer a settlement".
            String triggerConcept = rule.trigger() instanceof Rule.Said said ? said.concept() : null;
            Window anyOther = new Window(from, to, condition.by(), null);
            return concepts.names().stream().allMatch(concept -> (concept.equals(triggerConcept) ? window : anyOther)
                    .count(this::matchesOf, concept) >= condition.atLeast());
        }
        if (condition.what() instanceof Rule.Dated dated) {
            // A date of another reach is never the trigger's own words ("later" + "today" heard together).
            Window anyWords = new Window(from, to, condition.by(), null);
            // a birth date given to prove who they are is no day, here as in a trigger; asked only of the
            // window's dates (countTimed windows them too), as the question reads the whole answer
            Timed<DateMention> restPutOff = rule.trigger() instanceof Rule.Dated ? dayPutOffWith(c) : null;
            return anyWords.countTimed(s -> parties.get(s).dates().stream()
                    .filter(d -> dated.reaches().contains(d.what().reach(callDate, settings.nearDays())))
                    .filter(d -> anyWords.counts(s, d.start(), d.end()))
                    .filter(d -> s != Speaker.CALLER || !inIdentityAnswer(d.start()))
                    .filter(d -> restPutOff == null || s != c.speaker() || !paysOnlyPart(s, d, restPutOff))
                    .filter(d -> !(rule.trigger() instanceof Rule.Dated) || s != c.speaker() || !takenBack(s, d, c))
                    .filter(d -> !timesATalk(s, d))
                    .filter(d -> !timesPapersSent(s, d))
                    .filter(d -> !aCircumstance(s, d))
                    // a day of others' doing ("everyone's coming over tomorrow") is no day the client names
                    .filter(d -> s != Speaker.CALLER || d.what().about() != DateMention.About.OTHERS)
                    .toList())
                    >= condition.atLeast();
        }
        if (condition.what() instanceof Rule.SameDay) {
            List<DateMention> named = parties.get(c.speaker()).dates().stream()
                    .filter(d -> d.within(c.start() - Session.SAME_WORDS_SLACK, c.end() + Session.SAME_WORDS_SLACK))
                    .map(Timed::what).toList();
            return window.countTimed(s -> parties.get(s).dates().stream()
                    // proposed before the triggering words: the agent echoing the client's day proposes nothing
                    .filter(d -> d.start() < c.start() && named.stream().anyMatch(n -> DaysNamed.takenUp(d.what(), n)))
                    .toList()) >= condition.atLeast();
        }
        return stateHolds((Rule.State) condition.what(), window, condition.atLeast());
    }

    /** Verbs of talking a payment over or thinking on it: "let me talk to my husband tonight". */
    private static final Set<String> TALKING_OVER = Set.of("talk", "speak", "ask", "check", "discuss", "think", "sleep",
            "hablar", "platicar", "preguntar", "consultar", "pensar", "pensarlo");
    /** Verbs that would make the day one of paying or calling after all: "talk to him and pay you tonight". */
    private static final Set<String> ACTING = Set.of("pay", "send", "call", "do", "make", "put", "get", "give", "have",
            "pagar", "pago", "llamar", "marcar", "mandar", "depositar");
    /** How many words before a day its talk may stand: "talk to my husband about it tonight". */
    private static final int TALK_REACH = 6;
    private static final double TALK_SECONDS = 3.0;
    /** After a day, words that make it the day of paying: "… Friday and pay it then", "take care of it". */
    static final Set<String> PAID_THEN = Set.of("pay", "send", "care", "then", "pagar", "pago", "entonces");

    /**
     * Whether {@code day} times a talk or a thought rather than a payment: "let me talk to my
     * husband tonight and we'll think it over" names no day to pay (not "I'll talk to him and pay
     * you tonight").
     */
    private boolean timesATalk(Speaker speaker, Timed<DateMention> day) {
        if (speaker != Speaker.CALLER) {
            return false; // the agent's "think it over and decide by Friday" sets a day
        }
        List<String> after = Text.tokens(parties.get(speaker).wordsBetween(day.end(), day.end() + TALK_SECONDS));
        if (after.stream().limit(TALK_REACH).anyMatch(w -> PAID_THEN.contains(w))) {
            return false; // "ask my mom for the money Friday and take care of it then"
        }
        // the talk must be in the same breath as its day: only the words since the agent last spoke
        List<String> before = sameBreathBefore(speaker, day.start(), TALK_SECONDS);
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - TALK_REACH; k--) {
            String w = before.get(k);
            if (ACTING.contains(w) || REMAINDER.contains(w)) {
                return false;
            }
            if (TALKING_OVER.contains(w) || ranBy(before, k)) {
                return true;
            }
        }
        return false;
    }

    /** The agent sending the client something: "I'll mail you the breakdown today", "I'll email the letter tonight". */
    private static final Set<String> SENDING = Set.of("mail", "email", "send", "text", "post", "forward", "fax",
            "mandar", "mando", "enviar", "envio");
    /** What the agent sends that is no payment: papers and proof ("the itemized breakdown", "a copy of the bill"). */
    private static final Set<String> PAPERS = Set.of("notice", "letter", "breakdown", "paperwork", "papers",
            "statement", "copy", "receipt", "confirmation", "details", "information", "validation", "itemized",
            "documents", "proof", "carta", "estado", "recibo", "comprobante", "documentos");
    /** Words between the papers and the day that make the day the payment's after all: "the letter, and pay by Friday". */
    private static final Set<String> PAYING_AFTER_ALL = Set.of("pay", "paid", "payment", "due", "by", "settle", "before",
            "until", "till", "expires", "good", "valid", "offer", "pagar", "pago", "antes", "hasta");
    /** How many words before a day the papers sent may stand: "mail you the notice and the itemized breakdown today". */
    private static final int PAPERS_REACH = 12;

    /** After "with" and a day, words that make the day why now is hard: "with the Fourth and everything". */
    private static final Set<String> AND_ALL = Set.of("everything", "all", "stuff");

    /**
     * Whether the client's {@code day} is told as what makes now hard ("honestly, with the Fourth and everything,
     * can I deal with it after the holiday?", "with Christmas coming up"): no day of paying.
     */
    private boolean aCircumstance(Speaker speaker, Timed<DateMention> day) {
        if (speaker != Speaker.CALLER) {
            return false;
        }
        Party party = parties.get(speaker);
        List<String> before = Text.tokens(party.wordsBetween(day.start() - TALK_SECONDS, day.start()));
        List<String> after = Text.tokens(party.wordsBetween(day.end(), day.end() + TALK_SECONDS));
        boolean with = !before.isEmpty() && before.get(before.size() - 1).equals("with");
        boolean andAll = after.size() >= 2 && after.get(0).equals("and") && AND_ALL.contains(after.get(1))
                || !after.isEmpty() && after.get(0).equals("coming");
        return with && andAll;
    }

    /**
     * Whether the agent's {@code day} times papers sent to the client ("I'll mail you the auction notice and
     * the itemized breakdown today"): when the agent acts, not a deadline on an offer or a payment.
     */
    private boolean timesPapersSent(Speaker speaker, Timed<DateMention> day) {
        if (speaker != Speaker.AGENT) {
            return false;
        }
        List<String> before = sameBreathBefore(speaker, day.start(), TALK_SECONDS * 2);
        boolean papers = false;
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - PAPERS_REACH; k--) {
            String w = before.get(k);
            if (PAYING_AFTER_ALL.contains(w)) {
                return false;
            }
            papers |= PAPERS.contains(w);
            if (SENDING.contains(w)) {
                return papers;
            }
        }
        return false;
    }

    /**
     * The words {@code speaker} said in the {@code seconds} before {@code at}, since the other party last spoke:
     * what is said in the same breath as a day ("talk to my husband tonight", "mail you the breakdown today").
     */
    private List<String> sameBreathBefore(Speaker speaker, double at, double seconds) {
        double otherLast = parties.get(speaker == Speaker.AGENT ? Speaker.CALLER : Speaker.AGENT)
                .lastWordEnd(at - seconds, at);
        double from = Double.isNaN(otherLast) ? at - seconds : otherLast;
        return Text.tokens(parties.get(speaker).wordsBetween(from, at));
    }

    /** "Run it by my wife tonight": talking it over, said the other way. */
    private static boolean ranBy(List<String> words, int k) {
        return words.get(k).equals("run") && k + 2 < words.size() && Set.of("it", "this", "that").contains(words.get(k + 1))
                && words.get(k + 2).equals("by");
    }

    /**
     * Words that take back what was just said: "Friday, wait, no…", "actually, no", "you know what, put me
     * down for…" (not "actually" alone: "Friday actually works better").
     */
    private static final List<List<String>> TAKING_BACK = app.parley.meaning.Words.phrases("wait no", "no wait",
            "actually no", "no actually", "scratch that", "never mind", "nevermind", "second thought", "you know what",
            "no no", "hmm no", "mejor no", "no espere", "no mejor", "sabe que");

    /**
     * Whether {@code speaker} took back the near {@code day} before the triggering words: "I can
     * do Friday, wait no, Friday's the inspection… you know what, put me down for the end of the
     * month". The day they land on is the later one. A first payment with the rest later ("Friday,
     * and actually the rest at the end of the month") takes nothing back.
     */
    private boolean takenBack(Speaker speaker, Timed<DateMention> day, Trigger c) {
        if (day.end() > c.start()) {
            return false;
        }
        List<String> between = Text.tokens(parties.get(speaker).wordsBetween(day.end(), c.start()));
        return between.stream().noneMatch(REMAINDER::contains)
                && app.parley.meaning.Words.containsAny(between, TAKING_BACK);
    }

    /** Words that make what follows the rest of the money: "fifty today and the rest sometime down the road". */
    private static final Set<String> REMAINDER = Set.of("rest", "remainder", "remaining", "leftover", "half", "resto",
            "restante", "demas", "mitad");
    private static final Set<String> OF = Set.of("of", "de");
    /** What "the rest of" may be the rest of and still be the money ("the rest of it"), not "the rest of my bills". */
    private static final Set<String> OF_THE_DEBT = Set.of("it", "that", "this", "what", "balance", "money", "amount",
            "bill", "debt", "lo", "la", "saldo", "deuda");
    /** A clause begun right after "the rest of": the "of" was a hesitation ("the rest, uh, I'll get to it"). */
    private static final Set<String> CLAUSE_STARTS = Set.of("i", "ill", "im", "id", "ive", "we", "well");

    /**
     * The triggering words' first day when every day in them is put off with none ("sometime down the
     * road") or left open ("sometime after the holidays"), or null.
     */
    private Timed<DateMention> dayPutOffWith(Trigger c) {
        List<Timed<DateMention>> triggering = parties.get(c.speaker()).dates().stream()
                .filter(d -> d.within(c.start() - Session.SAME_WORDS_SLACK, c.end() + Session.SAME_WORDS_SLACK))
                .toList();
        return triggering.isEmpty() || !triggering.stream().allMatch(d -> putOffWithNoDay(d.what())) ? null : triggering.get(0);
    }

    private static boolean putOffWithNoDay(DateMention d) {
        return d.kind() == DateMention.Kind.VAGUE || d.kind() == DateMention.Kind.DATE && d.latest() == null;
    }

    /**
     * Whether {@code day}, said by {@code speaker} before {@code putOff}, pays only part, the rest put
     * off with no day: "I can give you fifty today and the rest, you know, sometime down the road". The
     * near day then doesn't answer the put-off. A rest put on a day of its own ("three hundred Friday and
     * the rest in May") is a plan, judged as any later day; "the rest of my bills can wait" is no rest of it.
     */
    private boolean paysOnlyPart(Speaker speaker, Timed<DateMention> day, Timed<DateMention> putOff) {
        if (day.end() > putOff.start()) {
            return false;
        }
        List<String> between = Text.tokens(parties.get(speaker).wordsBetween(day.end(), putOff.start()));
        for (int k = 0; k < between.size(); k++) {
            if (REMAINDER.contains(between.get(k))) {
                boolean ofSomethingElse = k + 1 < between.size() && OF.contains(between.get(k + 1))
                        && !(k + 2 < between.size() && CLAUSE_STARTS.contains(between.get(k + 2)))
                        && between.subList(k + 2, Math.min(k + 4, between.size())).stream().noneMatch(OF_THE_DEBT::contains);
                if (!ofSomethingElse) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Concept.Match> matchesOf(Speaker speaker, String concept) {
        return parties.get(speaker).matches(concept);
    }

    /** Where and by whom a condition looks, leaving out the candidate's own words. */
    private record Window(double from, double to, Speaker by, Trigger trigger) {
        boolean counts(Speaker speaker, double start, double end) {
            return (by == null || by == speaker) && end >= from && start <= to
                    && (trigger == null || !(speaker == trigger.speaker() && start < trigger.end() && trigger.start() < end));
        }

        long count(java.util.function.BiFunction<Speaker, String, List<Concept.Match>> matches, String concept) {
            long n = 0;
            for (Speaker speaker : Speaker.values()) {
                if (by != null && by != speaker) {
                    continue; // none of theirs counts: their words are not read (PartyReads)
                }
                n += matches.apply(speaker, concept).stream().filter(m -> counts(speaker, m.start(), m.end())).count();
            }
            return n;
        }

        long countTimed(java.util.function.Function<Speaker, List<? extends Timed<?>>> timed) {
            long n = 0;
            for (Speaker speaker : Speaker.values()) {
                if (by != null && by != speaker) {
                    continue;
                }
                n += timed.apply(speaker).stream().filter(t -> counts(speaker, t.start(), t.end())).count();
            }
            return n;
        }
    }

    /** Whether the call reached a state in the window ({@link CallState}). */
    private boolean stateHolds(Rule.State state, Window window, int atLeast) {
        return switch (state.name()) {
            case CallState.OPTIONS_FRAMED -> window.countTimed(s -> s == Speaker.AGENT ? parties.get(s).optionTurns
                    .stream().filter(t -> t.what() >= 2).toList() : List.of())
                    + (book.concepts().containsKey(CallState.OPTIONS_FRAMED_CONCEPT) ? window.count(
                            (s, concept) -> s == Speaker.AGENT ? matchesOf(s, concept) : List.of(),
                            CallState.OPTIONS_FRAMED_CONCEPT) : 0) >= atLeast;
            case CallState.OFFER_MADE -> window.count((s, concept) -> s == Speaker.AGENT ? matchesOf(s, concept)
                    : List.of(), "offer") >= atLeast;
            case CallState.DISPUTE_RAISED -> window.count((s, concept) -> s == Speaker.CALLER ? matchesOf(s, concept)
                    : List.of(), "dispute") >= atLeast;
            case CallState.DISCLOSURE_GIVEN -> window.count((s, concept) -> s == Speaker.AGENT
                    ? matchesOf(s, concept) : List.of(), "disclosure") >= atLeast;
            case CallState.IDENTITY_VERIFIED -> identityConfirmations().stream()
                    .filter(answer -> window.counts(Speaker.CALLER, answer[0], answer[1])).count() >= atLeast;
            case CallState.THIRD_PARTY -> thirdPartyOnTheLine(window);
            case CallState.WORD_LEFT -> wordLeft(window);
            case CallState.DAY_TAKEN_UP -> dayTakenUp(window);
            case CallState.PAYDAY_NAMED -> paydayNamed(window);
            case CallState.AGREEMENT -> {
                List<String> slots = state.slots().isEmpty() ? CallState.SPECS.get(CallState.AGREEMENT).slots()
                        : state.slots();
                boolean all = true;
                for (String slot : slots) {
                    long n = switch (slot) {
                        case "date" -> window.countTimed(s -> parties.get(s).dates().stream()
                                .filter(d -> d.what().reach(callDate, settings.nearDays()) == DateMention.Reach.NEAR)
                                .toList());
                        case "amount" -> window.countTimed(s -> parties.get(s).amounts());
                        // a way to pay for a sum named before it: not "is this Brianna Cashdale" heard "cash deal"
                        default -> {
                            double firstSum = firstAmount();
                            yield window.count((s, concept) -> matchesOf(s, concept).stream()
                                    .filter(m -> m.start() > firstSum && !namesTheDebt(s, m) && !anotherTransfer(s, m)
                                            && !toldOfThePast(s, m) && !seized(s, m))
                                    .toList(), "pay-channel");
                        }
                    };
                    all &= n >= atLeast;
                }
                yield all;
            }
            default -> false;
        };
    }

    /**
     * Whether the client took up a near day to pay in the window, before the triggering words ("I
     * can do the two hundred on Friday", "yes, Thursday works"), with no
     * "I can't" of theirs since, and the triggering words name a day of something else ("I start a
     * new job June first"), not one put forward bare ("how about next month") or said of paying
     * ("can we push it to next month").
     */
    private boolean dayTakenUp(Window window) {
        Trigger trigger = window.trigger();
        Party caller = parties.get(Speaker.CALLER);
        List<Timed<DateMention>> triggering = trigger == null ? List.of() : caller.dates().stream()
                .filter(d -> d.within(trigger.start() - Session.SAME_WORDS_SLACK, trigger.end() + Session.SAME_WORDS_SLACK))
                .toList();
        if (!triggering.isEmpty() && triggering.stream().allMatch(d -> d.what().kind() == DateMention.Kind.VAGUE)
                && paidWhenPaid(caller, trigger)) {
            return paydayTakenUp(caller, window, trigger);
        }
        if (triggering.isEmpty() || triggering.stream().anyMatch(d -> !d.what().about().somethingElse())) {
            return false;
        }
        return nearDayStands(caller, window, trigger, d -> d.what().about() == DateMention.About.PAYING
                && !takenBack(Speaker.CALLER, d, trigger));
    }

    /**
     * Whether the client named a near day in the window, before the triggering words, that {@code named} accepts
     * (not a birth date given as proof), and has said no "I can't" since the last such day.
     */
    private boolean nearDayStands(Party caller, Window window, Trigger trigger,
            java.util.function.Predicate<Timed<DateMention>> named) {
        double last = Double.NEGATIVE_INFINITY;
        for (Timed<DateMention> d : caller.dates()) {
            if (d.end() < trigger.start() && d.end() >= window.from() && d.start() <= window.to()
                    && d.what().reach(callDate, settings.nearDays()) == DateMention.Reach.NEAR
                    && !inIdentityAnswer(d.start()) && named.test(d)) {
                last = d.end();
            }
        }
        double since = last;
        return since > Double.NEGATIVE_INFINITY && caller.matches("cannot-pay").stream()
                .noneMatch(m -> m.start() > since && m.start() <= trigger.end());
    }

    /** How long after the triggering words the pay they wait for may be said: "soon as the money hits". */
    private static final double PAID_WHEN_SECONDS = 2.5;

    /** Whether the time put off waits for the client's pay: "I'll do it soon as the money hits", "once my check clears". */
    private static boolean paidWhenPaid(Party caller, Trigger trigger) {
        return Text.tokens(caller.wordsBetween(trigger.start(), trigger.end() + PAID_WHEN_SECONDS)).stream()
                .anyMatch(w -> PAY_WORDS.contains(w) || w.equals("money") || w.equals("dinero"));
    }

    /**
     * Whether the client, earlier in the window, named a near day as their payday ("I get my paycheck
     * on the fifteenth, could I do it then?") and has not said they can't since: waiting for the pay
     * then waits for that day.
     */
    private boolean paydayTakenUp(Party caller, Window window, Trigger trigger) {
        // "I get my paycheck on the fifteenth": a word of pay just before the day
        return nearDayStands(caller, window, trigger, d -> !d.what().about().somethingElse()
                && payWordJustBefore(Text.tokens(caller.wordsBetween(d.start() - TALK_SECONDS, d.start()))));
    }

    /** Whether a word of the client's pay ends {@code before}, within a few words: "we get paid [the twenty fourth]". */
    private static boolean payWordJustBefore(List<String> before) {
        return before.subList(Math.max(0, before.size() - PAY_WORD_REACH), before.size()).stream()
                .anyMatch(PAY_WORDS::contains);
    }

    /** Words that may open an answer before the day itself: "oh, the twenty fourth", "um, it's the thirtieth". */
    private static final Set<String> ANSWER_OPENERS = Set.of("oh", "um", "uh", "well", "yeah", "yes", "its", "it", "is",
            "on", "that", "thats", "every", "pues", "el", "es", "eh", "este", "si");
    /** Words of the client's pay a payday is said after: "we get paid the twenty fourth", "my check comes Friday". */
    static final Set<String> PAY_WORDS = Set.of("paid", "payday", "paycheck", "check", "deposit", "pagan",
            "paga", "quincena", "sueldo", "cobro", "depositan");
    /** How far before the day a word of pay may come. */
    private static final int PAY_WORD_REACH = 5;
    /** Words right before a day that put the payment after it or hedge it: "till March", "maybe in February". */
    private static final Set<String> NOT_THE_PAYDAY = Set.of("till", "until", "til", "after", "maybe", "probably",
            "hopefully", "hasta", "despues", "quizas", "tal");

    /**
     * Whether the triggering day is the client's payday the agent just asked for ("when do you get
     * paid?" - "the thirtieth"; "… out of your next paycheck?" - "we get paid early, the twenty
     * fourth"): the first day of the client's first answer after the question, said first in it or
     * after a word of pay, not put off ("the thirtieth, but I can't do anything till March" names March
     * too) nor hedged. The agent chose to pay by the client's pay; the day is the agent's to fix.
     */
    private boolean paydayNamed(Window window) {
        Trigger trigger = window.trigger();
        if (trigger == null) {
            return false;
        }
        double asked = matchesOf(Speaker.AGENT, CallState.PAYDAY_ASKED_CONCEPT).stream()
                .filter(m -> m.end() <= trigger.start() && window.counts(Speaker.AGENT, m.start(), m.end()))
                .mapToDouble(Concept.Match::end).max().orElse(Double.NaN);
        if (Double.isNaN(asked)) {
            return false;
        }
        Party caller = parties.get(Speaker.CALLER);
        List<Timed<DateMention>> triggering = caller.dates().stream()
                .filter(d -> d.within(trigger.start() - Session.SAME_WORDS_SLACK, trigger.end() + Session.SAME_WORDS_SLACK))
                .toList();
        Timed<DateMention> first = caller.dates().stream().filter(d -> d.start() > asked)
                .min(java.util.Comparator.comparingDouble(Timed::start)).orElse(null);
        if (triggering.isEmpty() || first == null) {
            return false;
        }
        // the first answer: the agent says nothing between the client's first word after the question and the day
        double answered = caller.stretchBegun(asked, first.end(), 0);
        for (Timed<DateMention> d : triggering) {
            if (d.start() < asked || Double.isNaN(answered)
                    || !parties.get(Speaker.AGENT).wordsBetween(answered, d.start()).isBlank()
                    || putOffOrHedged(caller, asked, d)) {
                return false;
            }
        }
        List<String> before = Text.tokens(caller.wordsBetween(asked, first.start()));
        boolean saidFirst = before.stream().allMatch(ANSWER_OPENERS::contains);
        return !putOffOrHedged(caller, asked, first) && (saidFirst || payWordJustBefore(before));
    }

    private static boolean putOffOrHedged(Party caller, double asked, Timed<DateMention> day) {
        List<String> before = Text.tokens(caller.wordsBetween(asked, day.start()));
        List<String> own = Text.tokens(day.what().text());
        return !before.isEmpty() && NOT_THE_PAYDAY.contains(before.get(before.size() - 1))
                || !own.isEmpty() && NOT_THE_PAYDAY.contains(own.get(0));
    }

    /**
     * Words after a card that make it the debt's name, not how it will be paid: "your Liberty card
     * account", "the credit card balance" ("pay through your online account" is a channel).
     */
    private static final Set<String> THE_DEBT = Set.of("account", "accounts", "balance", "balances", "bill", "bills",
            "debt", "statement", "loan", "cuenta", "saldo", "deuda");

    /** A card by its brand names the debt as a card does: "your Capital One Visa balance". */
    private static final List<String> CARD_BRANDS = List.of("visa", "mastercard", "amex", "express");

    /** When a sum was first named by either party; infinity if none yet. */
    private double firstAmount() {
        return parties.values().stream().flatMap(p -> p.amounts().stream()).mapToDouble(Timed::start).min()
                .orElse(Double.POSITIVE_INFINITY);
    }

    /** What is done to an account threatened, not paid from: "your checking account frozen by Monday". */
    private static final Set<String> SEIZING = Set.of("frozen", "freeze", "froze", "garnished", "garnish", "levied",
            "levy", "seized", "seize", "emptied", "empty", "drained", "drain", "locked", "attached");
    /** How many words around an account its seizure may be said: "we can freeze your checking account". */
    private static final int SEIZING_REACH = 3;

    /** Whether the account named is one threatened ("we can have your checking account frozen by Monday"), no way to pay. */
    private boolean seized(Speaker speaker, Concept.Match channel) {
        List<String> before = Text.tokens(parties.get(speaker).wordsBetween(channel.start() - 1.5, channel.start()));
        List<String> after = Text.tokens(parties.get(speaker).wordsBetween(channel.end(), channel.end() + 1.5));
        return before.subList(Math.max(0, before.size() - SEIZING_REACH), before.size()).stream().anyMatch(SEIZING::contains)
                || after.subList(0, Math.min(after.size(), SEIZING_REACH)).stream().anyMatch(SEIZING::contains);
    }

    /** Transfers that move no money to the debt: "the title transfer", "a balance transfer", "transfer you to…". */
    private static final Set<String> NOT_MONEY_TRANSFERS = Set.of("title", "ownership", "balance", "call", "registration");

    private boolean anotherTransfer(Speaker speaker, Concept.Match channel) {
        String said = channel.text().toLowerCase(Locale.ROOT);
        if (!said.equals("transfer")) {
            return false;
        }
        List<String> before = Text.tokens(parties.get(speaker).wordsBetween(channel.start() - 1.5, channel.start()));
        String next = parties.get(speaker).wordAfter(channel.end());
        return !before.isEmpty() && NOT_MONEY_TRANSFERS.contains(before.get(before.size() - 1))
                || next != null && Set.of("you", "your", "the").contains(next);
    }

    /** Verbs that tell how payments went before: "I thought I'd moved the autopay over", "I switched the card". */
    private static final Set<String> TOLD_OF_BEFORE = Set.of("thought", "had", "used", "switched", "moved", "closed",
            "cancelled", "canceled", "stopped", "forgot", "lost", "changed");
    /** Words that end the clause a channel is told in, looking back from it. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "so", "now", "then", "because", "if", "can", "will",
            "ill", "well", "lets", "want", "could", "would");
    /** How many words before a channel may tell of the past. */
    private static final int TOLD_OF_BEFORE_REACH = 5;

    /**
     * Whether a way to pay is told of as it went before: "I switched banks and I thought I'd moved the autopay over, but
     * then …", the story of a missed payment, not a channel agreed for the next one.
     */
    private boolean toldOfThePast(Speaker speaker, Concept.Match channel) {
        List<String> before = Text.tokens(parties.get(speaker).wordsBetween(channel.start() - 3.0, channel.start()));
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - TOLD_OF_BEFORE_REACH; k--) {
            String w = before.get(k);
            if (CLAUSE_OPENERS.contains(w)) {
                return false;
            }
            if (TOLD_OF_BEFORE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean namesTheDebt(Speaker speaker, Concept.Match channel) {
        String said = channel.text().toLowerCase(Locale.ROOT);
        if (said.endsWith("cash") || said.endsWith("efectivo")) {
            // "the Cash Now loan", "your cash advance": a lender or a kind of debt, not paying in cash
            List<String> after = Text.tokens(parties.get(speaker).wordsBetween(channel.end(), channel.end() + 1.5));
            // "your loan with Speedy Cash", "the loan from Check Into Cash" (not "pay the loan with cash")
            List<String> before = Text.tokens(parties.get(speaker).wordsBetween(channel.start() - 2.5, channel.start()));
            int n = before.size();
            boolean lenderNamed = false;
            for (int gap = 1; gap <= 2 && n - gap - 2 >= 0; gap++) {
                lenderNamed |= Set.of("with", "from").contains(before.get(n - gap - 1))
                        && (THE_DEBT.contains(before.get(n - gap - 2)) || LENDING.contains(before.get(n - gap - 2)));
            }
            return lenderNamed || after.stream().limit(2).anyMatch(w -> THE_DEBT.contains(w) || LENDING.contains(w));
        }
        if (!said.endsWith("card") && !said.endsWith("tarjeta") && CARD_BRANDS.stream().noneMatch(said::endsWith)) {
            return false;
        }
        String next = parties.get(speaker).wordAfter(channel.end());
        return next != null && THE_DEBT.contains(next.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }

    /** What names cash as lent, not paid: "a cash advance", "Cash Now loans". */
    private static final Set<String> LENDING = Set.of("advance", "advances", "loans", "lender", "lenders", "prestamo");

    /** What a rule book's judging reads in the parties' words, told to a session before the call ({@link PartyReads}). */
    interface Reads {
        /** The party's matches of the concept are read. */
        void concept(Speaker party, String concept);

        /** The options the party laid out in each turn are read. */
        void options(Speaker party);

        /** Something not known here is read: every concept and the options, in both parties' words. */
        void everything();
    }

    /**
     * What judging {@code condition} reads in the parties' words: in step with {@link #holds},
     * {@link #stateHolds} and what they call (a session asserts it when a concept it did not look
     * for is asked for, {@code Party.matches}). Dates and amounts are read in every party's words.
     */
    static void reads(Rule.Condition condition, RuleBook book, Reads reads) {
        if (condition.what() instanceof Rule.AnyOf any) {
            any.options().forEach(option -> reads(option, book, reads));
            return;
        }
        List<Speaker> by = condition.by() == null ? List.of(Speaker.values()) : List.of(condition.by());
        if (condition.what() instanceof Rule.Concepts concepts) {
            for (Speaker party : by) {
                concepts.names().forEach(concept -> reads.concept(party, concept));
            }
            return;
        }
        if (!(condition.what() instanceof Rule.State state)) {
            return; // dates
        }
        switch (state.name()) {
            case CallState.OPTIONS_FRAMED -> {
                reads.options(Speaker.AGENT);
                reads.concept(Speaker.AGENT, CallState.OPTIONS_FRAMED_CONCEPT);
            }
            case CallState.OFFER_MADE -> reads.concept(Speaker.AGENT, "offer");
            case CallState.DISPUTE_RAISED -> reads.concept(Speaker.CALLER, "dispute");
            case CallState.DISCLOSURE_GIVEN -> reads.concept(Speaker.AGENT, "disclosure");
            case CallState.IDENTITY_VERIFIED -> identityReads(reads);
            case CallState.THIRD_PARTY -> {
                identityReads(reads);
                reads.concept(Speaker.CALLER, CallState.RIGHT_PARTY_CONCEPT);
            }
            case CallState.WORD_LEFT -> {
                identityReads(reads);
                reads.concept(Speaker.CALLER, CallState.RIGHT_PARTY_CONCEPT);
                reads.concept(Speaker.AGENT, CallState.CALL_BACK_REQUEST_CONCEPT);
            }
            case CallState.AGREEMENT -> by.forEach(party -> reads.concept(party, "pay-channel"));
            case CallState.DAY_TAKEN_UP -> reads.concept(Speaker.CALLER, "cannot-pay");
            case CallState.PAYDAY_NAMED -> reads.concept(Speaker.AGENT, CallState.PAYDAY_ASKED_CONCEPT);
            default -> reads.everything();
        }
    }

    /** What {@link #identityConfirmations}, {@link #identityDenials} and {@link #inIdentityAnswer} read. */
    static void identityReads(Reads reads) {
        reads.concept(Speaker.AGENT, "identity-check");
        reads.concept(Speaker.CALLER, CallState.THIRD_PARTY_CONCEPT);
    }

    /**
     * Where the client confirmed who they are: [start, end] of each answer that confirmed an
     * identity check of the agent's ("is this Lisa?" "yes, speaking"; "your date of birth?"
     * "March fourth, ninety six"). "This is her husband" confirms nothing.
     */
    private List<double[]> identityConfirmations() {
        Party caller = parties.get(Speaker.CALLER);
        List<String> confirmations = CallState.CONFIRMATIONS.get(book.language());
        List<Concept.Match> notTheDebtor = book.concepts().containsKey(CallState.THIRD_PARTY_CONCEPT)
                ? matchesOf(Speaker.CALLER, CallState.THIRD_PARTY_CONCEPT) : List.of();
        List<double[]> answers = new java.util.ArrayList<>();
        for (Concept.Match check : matchesOf(Speaker.AGENT, "identity-check")) {
            List<Word> answer = answerTo(check).limit(4).toList();
            if (answer.isEmpty()) {
                continue;
            }
            String said = " " + String.join(" ", Text.tokens(answer).tokens()) + " ";
            double start = answer.get(0).start();
            double end = answer.get(answer.size() - 1).end();
            // A birth date, a zip code or the last four given is an answer too.
            boolean dateGiven = caller.finalDates.stream().anyMatch(d -> d.start() >= start && d.start() <= end);
            boolean numberGiven = app.parley.meaning.SpokenNumbers.read(Text.tokens(answer).tokens(), book.language())
                    .stream().filter(app.parley.meaning.SpokenNumbers.Item::isNumber).count() >= 2;
            if ((dateGiven || numberGiven || saysAny(said, confirmations))
                    && notTheDebtor.stream().noneMatch(m -> m.overlaps(start, end, 0))) {
                answers.add(new double[] {start, end});
            }
        }
        return answers;
    }

    /**
     * The client's words that answer an identity check: from its end (less a little overlap) to 10
     * s after, until the agent speaks again once the client has answered ("Is this Lynch?" "Yeah."
     * "The balance is …" "Right, I'll take care of it when things get better" is no answer to it).
     * The rest of the agent's question ("is this | Mark Johnson") is no return, nor is the agent's
     * word after a client who has not answered yet ("who's calling?" "Dana from Northwind." "Oh, yes").
     */
    private java.util.stream.Stream<Word> answerTo(Concept.Match check) {
        return answerAmong(check, parties.get(Speaker.CALLER).finals);
    }

    /** Of the client's {@code words}, those in the answer to {@code check} (see {@link #answerTo}). */
    private java.util.stream.Stream<Word> answerAmong(Concept.Match check, List<Word> words) {
        List<Word> after = words.stream().filter(w -> w.start() >= check.end() - 0.5 && w.start() <= check.end() + 10)
                .sorted(java.util.Comparator.comparingDouble(Word::start)).toList();
        if (after.isEmpty()) {
            return java.util.stream.Stream.empty();
        }
        Party agentParty = parties.get(Speaker.AGENT);
        // only the agent's words from the check on can end the answer (the check's own set where the gap starts)
        List<Word> agent = java.util.stream.Stream.concat(agentParty.finals.stream(), agentParty.partial.stream())
                .filter(w -> w.end() >= check.start() && w.start() <= check.end() + 10)
                .sorted(java.util.Comparator.comparingDouble(Word::start)).toList();
        double agentSaid = Double.NEGATIVE_INFINITY;
        for (Word w : agent) {
            double gapFrom = agentSaid;
            agentSaid = Math.max(agentSaid, w.end());
            if (w.start() <= check.end() || w.start() <= after.get(0).end()) {
                continue;
            }
            List<Word> before = after.stream().filter(c -> c.start() < w.start()).toList();
            // the agent had yielded: the client spoke in the gap before this word
            boolean spokeInGap = before.stream().anyMatch(c -> c.start() >= gapFrom - 1e-9);
            if (spokeInGap && answers(before)) {
                return before.stream();
            }
        }
        return after.stream();
    }

    /** Whether {@code said} (words between spaces, a space at each end) holds any of {@code words}. */
    private static boolean saysAny(String said, java.util.Collection<String> words) {
        return words.stream().anyMatch(x -> said.contains(" " + x + " "));
    }

    /** Whether the client's words answer a check: a yes, a no, or a number (a birth date, the last four). */
    private boolean answers(List<Word> words) {
        List<String> tokens = Text.tokens(words).tokens();
        String said = " " + String.join(" ", tokens) + " ";
        return saysAny(said, CallState.CONFIRMATIONS.get(book.language()))
                || saysAny(said, DENIALS.getOrDefault(book.language(), java.util.Set.of()))
                || app.parley.meaning.SpokenNumbers.read(tokens, book.language()).stream()
                        .anyMatch(app.parley.meaning.SpokenNumbers.Item::isNumber);
    }

    /** Words that deny, first in an answer to an identity check ("Is Evelyn there?" "No, she lives next door"). */
    private static final java.util.Map<String, java.util.Set<String>> DENIALS = java.util.Map.of(
            "en", java.util.Set.of("no", "nope", "nah"), "es", java.util.Set.of("no"));

    /** Words after "is this" that ask about something other than who is on the line. */
    private static final java.util.Set<String> NOT_A_PERSON = java.util.Set.of("a", "an", "and", "the", "still", "ok", "okay",
            "correct", "right", "your", "about", "good", "bad", "convenient", "number", "something", "un", "una", "el",
            "la", "buen", "correcto");

    /** Whether a check asks who is on the line: "Is this Evelyn?" does, "is this a good time?" does not. */
    private boolean asksWhoIsOnTheLine(Concept.Match check) {
        String next = parties.get(Speaker.AGENT).finals.stream().filter(w -> w.start() >= check.end() - 0.01)
                .findFirst().map(w -> Text.tokens(List.of(w)).tokens().stream().findFirst().orElse("")).orElse("");
        return !NOT_A_PERSON.contains(next);
    }

    /** How many words open a client's answer to an identity check: where a birth date or the last four is said. */
    private static final int IDENTITY_ANSWER_WORDS = 6;

    /**
     * How far into the answer a birth date may come when the check asks for it: often after the
     * name, spelled ("Okafor, O K A F O R, born March second, nineteen ninety"). Only the first
     * date there is the birth date: "June fifth eighty, but I can only pay on the thirtieth".
     */
    private static final int BIRTH_DATE_ANSWER_WORDS = 14;

    /** How much earlier than its first word a date in a partial result may be timed. */
    private static final double PARTIAL_SLACK = 0.5;

    /**
     * Whether the client's words from {@code start} open an answer to an identity check of the
     * agent's ("your date of birth?" "March fourth, ninety six"): identity data, not a day to pay.
     * Read on the partial result too: a date rule may be due before the final result comes.
     */
    boolean inIdentityAnswer(double start) {
        if (!book.concepts().containsKey("identity-check")) {
            return false;
        }
        Party caller = parties.get(Speaker.CALLER);
        for (Concept.Match check : matchesOf(Speaker.AGENT, "identity-check")) {
            if (!asksWhoIsOnTheLine(check)) {
                continue;
            }
            boolean asksBirthDate = DaysNamed.BIRTH.stream().anyMatch(Text.tokens(check.text())::contains);
            List<Word> opening = answerAmong(check, java.util.stream.Stream.concat(caller.finals.stream(),
                    caller.partial.stream()).toList())
                    .limit(asksBirthDate ? BIRTH_DATE_ANSWER_WORDS : IDENTITY_ANSWER_WORDS).toList();
            if (opening.isEmpty()) {
                continue;
            }
            // a date read from a partial result may be timed from where the partial began, before its first word
            double from = opening.get(0).start() - PARTIAL_SLACK;
            double to = opening.get(opening.size() - 1).start() + 1e-9;
            // a later date in an answer to "date of birth" is a day like any other
            if (start >= from && start <= to && !(asksBirthDate && caller.dates().stream()
                    .anyMatch(d -> d.start() >= from && d.end() < start)) && !paymentSaidBefore(opening, start)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a date in an answer a day to pay: "I'm not giving that out, I'll pay on the thirtieth". */
    private static final Set<String> PAYING = Set.of("pay", "paid", "payment", "pagar", "pago", "pagaria");

    /** Whether the answer's words before {@code start} speak of paying. */
    private static boolean paymentSaidBefore(List<Word> opening, double start) {
        return Text.tokens(opening.stream().filter(w -> w.start() < start - 1e-9).toList()).tokens().stream()
                .anyMatch(PAYING::contains);
    }

    /** Where the client answered an identity check with a no: [start, end] of the answer's first word. */
    private List<double[]> identityDenials() {
        java.util.Set<String> denials = DENIALS.getOrDefault(book.language(), java.util.Set.of());
        List<double[]> answers = new java.util.ArrayList<>();
        for (Concept.Match check : matchesOf(Speaker.AGENT, "identity-check")) {
            if (!asksWhoIsOnTheLine(check)) {
                continue;
            }
            answerTo(check).findFirst()
                    .filter(first -> denials.contains(Text.tokens(List.of(first)).tokens().stream().findFirst().orElse("")))
                    .ifPresent(first -> answers.add(new double[] {first.start(), first.end()}));
        }
        return answers;
    }

    /** "You've got the wrong guy" from one who said they are the one called for: the debt is not theirs. */
    private static final java.util.regex.Pattern WRONG_ONE = java.util.regex.Pattern.compile(
            "\\bwrong (person|guy|lady|man|woman|one)\\b");

    /** The one called for naming themselves on the line: "this is Theresa", "speaking", "that's me". */
    private static final java.util.regex.Pattern NAMED_ONESELF = java.util.regex.Pattern.compile(
            "\\b(this is \\w+|speaking|thats me|that is me)");
    /** How soon after the words of coming to the phone the one called for names themselves. */
    private static final double NAMED_WITHIN = 4;

    /** How long before "the wrong guy" the client's dispute of the debt may have been said. */
    private static final double DISPUTED_WITHIN = 15;

    /**
     * "That's not mine, I've never been to any lab, you've got the wrong guy", from one who said they
     * are the one called for; not "oh, you want my dad, Chris senior, you've got the wrong guy".
     */
    private boolean wrongOneAfterConfirming(Concept.Match m) {
        return WRONG_ONE.matcher(m.text()).find()
                && (identityConfirmations().stream().anyMatch(answer -> answer[1] < m.start())
                        // or came to the phone naming themselves with it ("… phone for you … hi, this is Theresa"),
                        // not only heard of as coming ("she just got home")
                        || matchesOf(Speaker.CALLER, CallState.RIGHT_PARTY_CONCEPT).stream().anyMatch(r -> r.end() < m.start()
                                && NAMED_ONESELF.matcher(String.join(" ", Text.tokens(parties.get(Speaker.CALLER)
                                        .wordsBetween(r.start(), Math.min(r.end() + NAMED_WITHIN, m.start()))))).find()))
                && CallState.SPECS.get(CallState.DISPUTE_RAISED).concepts().stream()
                        .flatMap(concept -> matchesOf(Speaker.CALLER, concept).stream())
                        .anyMatch(d -> d.end() <= m.start() && d.start() >= m.start() - DISPUTED_WITHIN);
    }

    /**
     * Whether, at the window's end, the last word on who is on the line was someone saying they
     * are not the one the call is for: said in the window, and neither the one called for
     * speaking up ("hello, this is Eric", or in the call's own terms: {@link
     * app.parley.meaning.Handover}) nor a confirmed identity check after it.
     */
    private boolean thirdPartyOnTheLine(Window window) {
        double said = java.util.stream.DoubleStream.concat(matchesOf(Speaker.CALLER, CallState.THIRD_PARTY_CONCEPT)
                .stream().filter(m -> window.counts(Speaker.CALLER, m.start(), m.end()))
                .filter(m -> !wrongOneAfterConfirming(m)).mapToDouble(Concept.Match::end),
                identityDenials().stream().filter(answer -> window.counts(Speaker.CALLER, answer[0], answer[1]))
                        .mapToDouble(answer -> answer[1]))
                .max().orElse(Double.NaN);
        if (Double.isNaN(said)) {
            return false;
        }
        return !cameOn(said, window.to());
    }

    /**
     * Whether, at the window's end, the agent's last word left for the one the call is for ("could
     * you ask her to call me") was said in the window, and the one called for has not come on since
     * ("hi, this is Brittany"): nobody on the line to agree with.
     */
    private boolean wordLeft(Window window) {
        double left = matchesOf(Speaker.AGENT, CallState.CALL_BACK_REQUEST_CONCEPT).stream()
                .filter(m -> window.counts(Speaker.AGENT, m.start(), m.end()))
                .mapToDouble(Concept.Match::end).max().orElse(Double.NaN);
        return !Double.isNaN(left) && !saidTheyCameOn(left, window.to());
    }

    /**
     * Whether the one the call is for came on between {@code since} and {@code to}: said so ("hello,
     * this is Eric", or in the call's own terms: {@link app.parley.meaning.Handover}), or confirmed
     * it when asked.
     */
    private boolean cameOn(double since, double to) {
        return saidTheyCameOn(since, to)
                || identityConfirmations().stream().anyMatch(answer -> answer[0] > since && answer[0] <= to);
    }

    /**
     * {@link #cameOn}, said by them, not a "yes" to a question: once word is left, "is this the best
     * number for her?" "yes" confirms a number, not who is speaking.
     */
    private boolean saidTheyCameOn(double since, double to) {
        return matchesOf(Speaker.CALLER, CallState.RIGHT_PARTY_CONCEPT).stream()
                .anyMatch(m -> m.start() > since && m.start() <= to)
                || app.parley.meaning.Handover.cameToThePhone(
                        Text.tokens(parties.get(Speaker.AGENT).wordsBetween(Double.NEGATIVE_INFINITY, since)),
                        Text.tokens(parties.get(Speaker.CALLER).wordsBetween(Double.NEGATIVE_INFINITY, since)),
                        Text.tokens(parties.get(Speaker.CALLER).wordsBetween(since, to)), book.language());
    }
}
