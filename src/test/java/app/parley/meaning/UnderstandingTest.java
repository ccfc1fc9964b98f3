package app.parley.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts, options laid out, negation, inability to pay and threats, on words as the recogniser writes them. */
class UnderstandingTest {
    private static List<String> tokens(String said) {
        return Arrays.asList(said.trim().split("\\s+"));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "three hundred and twenty dollars                  | en | MONEY 32000",
        "two hundred forty dollars and fifty cents         | en | MONEY 24050",
        "i can send fifty bucks                            | en | MONEY 5000",
        "we take ten percent off                           | en | PERCENT 10",
        "fifteen per cent discount                         | en | PERCENT 15",
        "pay it in full today                              | en | FULL_BALANCE 0",
        "trescientos pesos                                 | es | MONEY 30000",
        "five hundred and twenty pounds paid today         | en | MONEY 52000",
        "diez por ciento                                   | es | PERCENT 10",
        // round 59: a sum said round, and thousands said "grand"
        "its about five hundred and change                 | en | MONEY 50000",
        "i could maybe do two grand                        | en | MONEY 200000",
        "i dont have the grand total                       | en | ''",
        "keep the change                                   | en | ''",
        "i have two grand kids living with me              | en | ''",
        "the third option is six payments                  | en | ''",
    })
    void readsAmounts(String said, String language, String expected) {
        String read = Amounts.find(tokens(said), language).stream().map(a -> a.kind() + " " + a.value())
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, read);
    }

    @ParameterizedTest(name = "''{0}'' lays out {2}")
    @CsvSource(delimiter = '|', value = {
        "you have three options                                                          | en | 3",
        "i can offer three things a settlement of five hundred in one payments for payments of one eighty or a payments of ninety | en | 3",
        "i need three things from you your name your address and your date of birth     | en | 0",
        "i can offer three options nine hundred to settle it by friday five forty by friday and five forty on the twentieth or two seventy a month for four months | en | 3",
        "there are two payment options                                                   | en | 2",
        "option one is in full option two is half now option three option four is a plan | en | 4",
        "option one pay in full option to six payments                                   | en | 2",
        "the fifth option is a reduced amount                                            | en | 5",
        "you can pay in full pay in three parts or pay in six parts                      | en | 3",
        "you could do twelve payments or six payments or three payments or two payments or pay in full or settle | en | 6",
        // ways to pay one sum are no arrangements to choose from (round 45: "debit or credit card or a check by phone")
        "can you pay by card or bank transfer                                            | en | 0",
        // nobody offers anything in "refunds can take a while"; "if a lump sum is too much" looks back on the settlement
        "refunds can take a while rather than wait you could pay the full eight sixty by friday split it into two payments of four thirty or start a monthly plan of one fifty | en | 3",
        "the settlement of twenty nine hundred is available until tuesday if a lump sum is too much theres also a plan of two hundred a month or a smaller plan of one twenty five a month | en | 3",
        "i can take debit or credit card over the phone or a check straight from your bank account which do you prefer | en | 0",
        "you could pay in full by card or do a plan of fifty a month                     | en | 2",
        "you could pay by card or do a plan of fifty a month                             | en | 2",
        "you can pay the full nine hundred by check or split it into three payments of three hundred | en | 2",
        "you can pay in full pay into have paid in three parts go on a six months plant go on a twelve months plan for take the settlement offer | en | 5",
        "we can set you up on a six month plan starting friday                           | en | 0",
        "first a settlement of one thousand and eighty dollars and one payments second six monthly payments of two hundred third twelve monthly payments of one hundred | en | 3",
        "you can take it in full force settle for nine hundred for due to payments of six hundred or three of four hundred or six of two hundred for twelve of the hundred | en | 6",
        "the first payment is friday and the second payment is on the first of next month | en | 0",
        "the balance is six hundred dollars                                              | en | 0",
        "so that is six payments of a hundred dollars starting friday                    | en | 0",
        "tiene tres opciones                                                             | es | 3",
        // the verb opening each alternative survives when what it names is misheard ("a month" as "the mom")
        "if you could pay in full settle for five hundred split it into to payments or do a plan other hand are the mom | en | 4",
        "you can pay and self settle for seven hundred make three payments of three hundred and fifty do you plan other hundred a month or make a smaller payment now and a plan after that | en | 4",
        "by friday you can pay it in full settle it for five hundred or start a plan of a hundred and twenty a month | en | 3",
        "you can pay in full pay half now and settle the rest or set up a plan           | en | 3",
        "you could pay it today and then settle the rest or pay on friday and make the rest next week | en | 2",
        // plans by term and rate, "or" heard as "for"/"four", the list split across the recogniser's results
        "you could pay in full or do a settlement at twelve hundred for six months at two ninety four twelve months at one forty five or an eighteen month plan | en | 5",
        "okay twelve months at one forty five with the first payment wednesday | en | 0",
        "number one paid in full today number two to payments of one twenty this friday number three for payment of sixty starting friday number four eight payments of thirty | en | 4",
        "whats your phone number one two three                                           | en | 0",
        "weve got a few options the full amount by tuesday or theres a two part split the three part split or six monthly payments of ninety | en | 4",
        // plans named by their term alone, one after another, "or" heard as "for"
        "we can spread it over three months six months nine months for twelve month and the first installment would be this friday | en | 4",
        "you could do three months six months or nine months                             | en | 3",
        "its twelve months twelve months at sixty                                        | en | 0",
        "three months ago i paid and six months from now its due                         | en | 0",
        // alternatives announced one by one in talk: "another way is", "and then there's"
        "you could pay it off in one shot or you could break it into three payments another way is a plan of two hundred a month and then theres the longer plan | en | 4",
        "you could pay it in full or you could do a plan and another option is a settlement | en | 3",
        "you could pay it today or another way is by card                                | en | 2",
        "you can pay in full two payments three payments a monthly plan of fifty or a settlement at four hundred | en | 5",
        "we can set up a monthly plan if you like                                        | en | 0",
        // choices, but none of paying
        "could you ask her to call me back at five five five or is there a better time for me to try again | en | 0",
        "can you confirm your full name or date of birth                                 | en | 0",
        "could you do seventy five today or fifty on friday                              | en | 2",
        "you could settle for eight hundred do three payments of three fifty do six payments of one seventy five or we could look at a hardship plan | en | 4",
        "second a payment plan of two hundred a month third a hardship plan with the interest frozen one hundred a month and the settlement | en | 3",
        "we can do a three month plan a six month plan or a twelve month plan and on the twelve your monthly plan payment would be forty | en | 3",
        // "or" between two numbers of one amount is no new alternative; "all at once" opens no clause
        "what i can do forty this friday and then sixty every two weeks or one hundred this friday and the rest in two payments or settle for two hundred and seventy five or six paid by next friday | en | 3",
        "you could do six or twelve months                                               | en | 2",
        "you could do twelve or six months                                               | en | 2",
        "you could do two hundred or one fifty a month                                   | en | 2",
        "you can do one payment of six hundred or two payments of three hundred          | en | 2",
        "you could pay two or three payments of a hundred                                | en | 0",
        "you could pay it all at once settle it for nine hundred or split it in two      | en | 3",
        "you could pay in full settle for five hundred do a plan or apply for a hardship program | en | 4",
        // alternatives that change the loan rather than pay it: adding to its end, switching its payments
        "heres what you can do pay the four fifty by friday pay one fifty friday and the rest over two months add the missed amount to the end of the loan for a fifty dollar fee switch to interest only payments for six months or apply for a hardship forbearance | en | 5",
        "you could pay it in full by friday or we could move the missed payment to the end of the loan | en | 2",
        "i can add a note to the account that you called and move the payment to friday | en | 0",
        // the agent's follow-up after the list is no alternative of its own
        "you could pay the full three sixty today or do three payments of one twenty and if you go with the payments i can move the first one to friday | en | 2",
        "you could pay the full three sixty today or settle for four hundred and i can add a note to your account | en | 2",
        "heres everything i can do pay the four eighty in full take a settlement for four hundred split it in two payments of two forty do four payments of one twenty or go weekly at sixty dollars for eight weeks | en | 5",
        // a discount is an alternative of its own, unless it rewards the one just named
        "you could fit and by friday on dec ten percent off due to payments of for ninety was source by friday go on the six months plan to on the twelve months plan or apply to other financial assistance program | en | 4",
        "you could pay it in full by friday and get ten percent off or three payments of a hundred or a six month plan | en | 3",
        "i can take ten percent off if you pay by friday                                 | en | 0",
        "you could get ten percent off if you pay in full by friday or do a six month plan | en | 2",
        "so thats ten percent off ten percent off the whole balance if you pay today or a six month plan | en | 0",
        "you could do a three month plan a six month plan or a twelve month plan and i can take ten percent off any of them | en | 3",
        "you could do a three month plan a six month plan or a twelve month plan and i can take ten percent off on any of them | en | 3",
        // every "or" lost by the recogniser: four alternatives opened by their verbs are a list all the same
        "okay so youve got options you could pay it and sell settle for eighteen hundred to three hundred a month do a hundred and fifty moms do fifty we are we could put it on hold for ninety days | en | 4",
        "you could pay it today settle for nine hundred or do a plan                     | en | 3",
        "you could pay it today and then set up a plan for the rest                      | en | 0",
        "you can pay it online pay it over the phone pay it at the bank pay it by mail   | en | 0",
        // "three payments of four seventy" heard with "or": their size, no fourth alternative
        "so you can decide by this thursday you can pay a thousand to close it out or three payments or four seventy or one hundred and fifty now and the monthly plan | en | 3",
        // "twenty one fifty, three ways" is heard as one number: its last word is the count
        "so the balance is twenty one fifty three ways to handle it  | en | 3",
        // "ways" with sums offers a choice: the "or"s count though no "could" was heard; ways to pay are no plans
        "there are a few ways to close it eight fifty by tuesday or six hundred by friday and six hundred in may or four hundred now and four hundred in june and four hundred in july or three hundred every month | en | 4",
        "there are a few ways to pay online or over the phone or by mail or at a store | en | 0",
        // a count of payments after "or" is no sum
        "you can do six payments or twelve or twenty four or settle for nine hundred | en | 4",
        // "three options" heard "free options": the count stated
        "let me give you free options you can settle it for fifteen hundred in one payment you can pay the full amount over three months seven hundred a month or a plan of one hundred and seventy five a month | en | 3",
        // "or or" is one word heard twice: no alternative of its own
        "you could pay the full amount by friday or or two payments of ninety or three of sixty | en | 3",
        // what the choices are for is none of them: "a few ways we can do it"
        "there are some options we can do a settlement for four hundred we can do a plan or we can do half now | en | 3",
        "there are a few ways we can do it you could pay half this month and half next month you could pay about sixty six dollars a month over six months or you could pay one hundred and spread the rest over three months | en | 3",
        "okay so youve got options you could pay it and sell settle for eighteen hundred to three hundred a month do a hundred and fifty moms do fifty we are we could put it on hold for ninety days | en | 4",
        // round 63: an "or" that ends the turn opens nothing; nor does one between a check and a payment on the website
        "could you manage the seven eighty by wednesday or would you rather split it three ninety five by friday and three ninety by the twentieth either one can be a mailed check or a payment on the website printed on your letter or | en | 2",
        "you could pay in full by friday or do two payments of ninety or three of sixty or | en | 3",
        "you could pay in full today or do a plan or um | en | 2",
    })
    void countsOptionsLaidOut(String said, String language, int expected) {
        assertEquals(expected, Options.count(tokens(said), language));
    }

    @ParameterizedTest(name = "''{0}'': ''{1}'' negated {2}")
    @CsvSource(delimiter = '|', value = {
        "im not angry                             | angry             | true",
        "we are not taking legal action           | taking legal action | true",
        "if it isnt paid well garnish your wages  | garnish your wages | false",
        "is it isnt paid real varnish your wages  | varnish your wages | false",
        "nobody is going to arrest you            | arrest you        | true",
        "no one is suing you                      | suing you         | true",
        "we will not sue you                      | we will sue you   | true",
        "we wont take your car                    | take your car     | true",
        "if you dont pay we will sue you          | we will sue you   | false",
        "if you dont pay i will call your employer | call your employer | false",
        "we will take legal action                | legal action      | false",
        "i dont care                              | i dont care       | false",
        "no later than friday                     | later             | true",
        "no le vamos a quitar la casa             | quitar la casa    | true",
        "no one is coming with a warrant          | a warrant         | true",
        "nobody is coming to take your house      | take your house   | true",
        "nadia not an injury make                 | injury            | true",
        "nothing will stop us from taking your car | taking your car  | false",
        "and the police have nothing to do with it | the police       | true",
        "the police arent involved                | the police        | true",
        "the police were not involved             | the police        | true",
        // "we're" heard "were": a clause of its own after the words, which it leaves alone
        "i apologize were not going to contact your employer | i apologize | false",
        // "no, that's not mine" heard "not that's not mine": the answer negates nothing after it
        "lakeview not thats not mind ive never been there | thats not mind | false",
        "the police will be called                | the police        | false",
        // a negation broken off by a new subject negates nothing: "I just don't | I'm waiting on my refund"
        "i just dont im waiting on my refund       | waiting on my     | false",
        "no we will sue you                       | we will sue you   | false",
        // two things joined by "or" share one negation
        "no were not going to take your car or garnish your wages | garnish your wages | true",
        "we will never call your boss or tell your wife | tell your wife | true",
        "pay today or we garnish your wages       | garnish your wages | false",
        // a withheld promise holds the harm out as possible
        "i cant promise the police wont come knocking | the police   | false",
        "theres no guarantee your employer wont hear about it | your employer | false",
        "i cant promise anything but the police arent involved | the police | true",
        // what is put aside: "I'm not saying I don't owe the bill"
        "im not saying i dont owe the bill i do    | dont owe          | true",
        "im not saying that i dont owe it          | dont owe          | true",
        "i dont owe this                           | dont owe          | false",
        "im not saying that we know where you work | we know where you work | false",
        // what the client holds back from saying (round 45): "I'm not going to tell you it's not mine"
        "im not going to tell you its not mine     | not mine          | true",
        "im not gonna pretend its not mine it is   | not mine          | true",
        "its not mine                              | not mine          | false",
        // "nobody" as the recogniser may hear it ("no-bod-y"); the idiom "no doubt" negates nothing
        "no doubt is suing you                     | suing you         | true",
        "and no doubt he is taking your paycheck   | taking your paycheck | true",
        "no doubt we will sue you                  | sue you           | false",
        "no doubt his suing you                    | suing you         | true",
        "the creditor no doubt will take your car  | take your car     | false",
        "that is frustrating no doubt he is suing you | suing you      | true",
        "the creditor no doubt is going to take your car | take your car | false",
        "they no doubt will garnish your wages     | garnish your wages | false",
    })
    void readsNegation(String said, String phrase, boolean expected) {
        List<String> tokens = tokens(said);
        List<String> words = tokens(phrase);
        int from = -1;
        int to = -1;
        for (int i = 0; i + words.size() <= tokens.size() && from < 0; i++) {
            if (tokens.subList(i, i + words.size()).equals(words)) {
                from = i;
                to = i + words.size();
            }
        }
        if (from < 0) { // "we will sue you" found in "we will not sue you", the negation inside
            from = tokens.indexOf(words.get(0));
            to = tokens.lastIndexOf(words.get(words.size() - 1)) + 1;
        }
        assertEquals(expected, Negation.negated(tokens, from, to, Set.copyOf(words), said.contains(" le ") ? "es" : "en"));
    }
    @ParameterizedTest(name = "''{0}'': ''{1}'' governed {2}")
    @CsvSource(delimiter = '|', value = {
        "theres nothing left at the end of the month | end of the month | true",
        "no problem by monday you could settle       | by monday        | false",
        "i havent even filed yet whenever the government gets around to it | whenever | false",
        "i wont be able to pay once my unemployment runs out        | once my          | true",
        "i dont know man sometime soon               | sometime         | false",
        "no idea maybe next month                    | next month       | false",
        "i dont know when next month maybe           | next month       | true",
        // a self-correction negates nothing after it
        "next thursday no wait this thursday         | this thursday    | false",
    })
    void aNegationGovernsADateButAnIdiomDoesNot(String said, String date, boolean expected) {
        List<String> tokens = tokens(said);
        int from = java.util.Collections.indexOfSubList(tokens, tokens(date));
        assertEquals(expected, Negation.governs(tokens, from, "en"));
    }

    /** The words of each intent read in {@code said}, joined by " / " ("" when none). */
    /** What the intent reads in the words, its spans joined by " / " ("" if none): shared by the meaning tests. */
    static String read(Intent intent, String said, String language) {
        List<String> tokens = tokens(said);
        return intent.find(tokens, language).stream().map(s -> String.join(" ", tokens.subList(s.from(), s.to())))
                .collect(Collectors.joining(" / "));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "honestly i dont have it not the whole thing anyway          | en | dont have it / not the whole",
        "i havent got a penny right now honestly                     | en | havent got a penny",
        "i cant really afford that                                   | en | cant really afford",
        "but i cant do four hundred and sixty all at once            | en | cant do four hundred and sixty all at once",
        "i cant do four tomorrow                                     | en | ''",
        // "cannot" heard as two words, and no more than when
        "nine hundred i cant a lot i just can not right now          | en | i just can not right now",
        "i can not believe it                                        | en | ''",
        "no i cant right now                                         | en | ''",
        "right i have nine hundred dollars just isnt there           | en | dollars just isnt there",
        "i tried to pay online but the pay button just isnt there    | en | ''",
        "i cant afford to miss my rent to pay this                   | en | cant afford",
        "five hundred and seventy i just dont have the right now      | en | dont have the right now",
        "are you going to take me to court i cant afford a lawsuit   | en | ''",
        "im on my break and i cant afford to take any more time off work | en | ''",
        // "can't" heard "can": "any of it" goes only with a negative
        "i got laid off i can pay any of it right now                | en | i can pay any of it right now",
        "i can pay anything you want today                           | en | ''",
        "we just dont have that kind of money                        | en | dont have that",
        "im broke until payday                                       | en | im broke",
        "there is nothing left after the rent                        | en | nothing left",
        "i just cant not a chance                                    | en | not a chance",
        "i wont be able to pay this month                            | en | wont be able to pay",
        "i just dont have nine hundred dollars                       | en | dont have nine hundred dollars",
        "i dont have the account number                              | en | ''",
        "i dont have it in front of me                               | en | ''",
        "i dont have time right now                                  | en | ''",
        "i dont have my card with me                                 | en | ''",
        "i dont have any questions                                   | en | ''",
        "i dont have much time                                       | en | ''",
        "i cant find the letter                                      | en | ''",
        "no tengo ni idea                                            | es | ''",
        "no tengo la direccion                                       | es | ''",
        "i can pay it on friday                                      | en | ''",
        "cant i pay online                                           | en | ''",
        "no tengo ni un peso ahorita                                 | es | no tengo ni",
        "la verdad no me alcanza                                     | es | no me alcanza",
        "no puedo pagar todo de golpe                                | es | no puedo pagar",
        "no tengo la tarjeta aqui                                    | es | ''",
        "well im on a student budget so thats not really going to happen | en | not really going to happen",
        // the verb misheard before the amount: "I can't [pay] a thousand dollars right now"
        "i lost my job i cant be thousand dollars right now          | en | cant be thousand dollars",
        "i cant do a hundred dollars but i can do fifty              | en | cant do a hundred dollars",
        "i cant remember the amount                                  | en | ''",
        // a bare refusal ending the turn
        "yeah thats a lot right now i really cant                    | en | i really cant",
        "i cant hear you very well                                   | en | ''",
        // asking how, and naming all there is
        "i dont know what to tell you is there like something i can do | en | is there like something i can",
        "is there anything else i can help you with                  | en | ''",
        "i got like forty bucks in my account until payday           | en | i got like forty bucks in my account until",
        "all i have is twenty dollars                                | en | all i have is twenty dollars",
        "ive only got fifty dollars                                  | en | ive only got fifty dollars",
        "i have forty dollars in my wallet for the fee               | en | ''",
        "im not going to be able to pay all of that not even close   | en | not going to be able to pay",
        "i dont have five fifty i dont even have fifty               | en | dont have five fifty / dont even have fifty",
        "i dont have two kids to feed for nothing                    | en | ''",
        "then weve got nothing to talk about im hanging up           | en | ''",
        // "I can't do it" refusing the sum just named, not any "can't do it"
        "but six hundred dollars all at once on my pension i just cant do it dear | en | i just cant do it",
        "all at once no i cant do that                               | en | i cant do that",
        "i cant do it right now im driving                           | en | ''",
        "ill pay the two hundred dollars but i cant do it over the phone | en | ''",
        "the three hundred dollars i cant do it today but i can do it on friday | en | ''",
        "fifty dollars is fine i just cant do it till friday         | en | ''",
        "i got laid off three weeks ago i literally cant do that right now | en | i literally cant do that",
        "i got laid off in may but i cant do it over the phone        | en | ''",
        // the whole sum refused whatever the verb became; a promise on a coming day with "can" heard "can't"
        "no i really cant be all of that right now                   | en | i really cant be all of that",
        "i cant remember all of that                                 | en | ''",
        "not all of that this month                                  | en | not all of that",
        "i cant pay it wednesday by card                             | en | ''",
        "i cant pay the whole thing on friday when my check comes in | en | ''",
        "no i cant pay it friday                                     | en | cant pay",
        "i cant pay the whole thing by friday                        | en | i cant pay the whole thing",
        "i cant pay on friday i get paid on the twentieth           | en | cant pay",
        "i cant handle all of this right now                         | en | ''",
        "not all of that is mine some of those are my exs            | en | ''",
        "i cant pay it today                                         | en | cant pay",
        "i cant pay until friday                                     | en | cant pay",
        // the balance echoed, then refused ("pay" heard "say"); the whole of it at once refused
        "eight hundred and fifty i cant say that right now           | en | i cant say that",
        "i cant say that right now                                   | en | ''",
        "my husband has been sick and i cant say that all at once     | en | i cant say that all at once",
        "i cant do it all at once                                    | en | i cant do it all at once",
        "my husband has been sick and i cant be that all at once      | en | i cant be that all at once",
        "two thousand and five i cant say that                       | en | ''",
        "two thousand i cant do that                                 | en | i cant do that",
        "three hundred dollars in march i cant say that i remember    | en | ''",
        // nothing at all can be done; but put off is no inability
        "im not gonna be able to do anything like that               | en | not gonna be able to do anything",
        "i cant do anything until the thirtieth                      | en | ''",
        "i cant do anything for you there                            | en | ''",
        // a sum named as the most there is
        "maybe fifty bucks tops                                      | en | fifty bucks tops",
        "look may be fifty bucks tops                                | en | fifty bucks tops",
        "i can do a hundred dollars thats all i have                 | en | a hundred dollars thats all i have",
        "a hundred dollars thats all i have to say                   | en | ''",
        // "can't" heard "can", the refusal tagged on after
        "well i can pay all of that theres no way                    | en | i can pay all of that theres no way",
        "i can pay all of that on friday                             | en | ''",
        // a time to come after "can't pay it" is the "can" misheard; the whole in two weeks refused is not
        "i cant pay it in a couple of weeks maybe friday             | en | ''",
        "i cant pay the whole thing in two weeks                     | en | i cant pay the whole thing",
        "i can do seven hundred bucks in one go i just cant          | en | i can do seven hundred bucks in one go i just cant",
        "i can do seven hundred bucks in one go no problem           | en | ''",
        "i can pay the full amount i cant remember the account number | en | ''",
        "i can pay all of that theres no way i would miss it         | en | ''",
        "they said the fee would be fifty bucks tops                 | en | ''",
        "i paid a hundred dollars thats all i have records for       | en | ''",
        "i dont have insurance i can pay some not all of it          | en | not all of it",
        "i cant do anything on the website                           | en | ''",
        "i cant pay it in a week its too much                        | en | cant pay",
        // the money in before the day: the "can" misheard; pay that comes later leaves the refusal
        "i cant pay the rest monday i get my paycheck this weekend   | en | ''",
        "i cant pay it monday i get paid on the twentieth            | en | cant pay",
        "i cant pay it friday i get paid this weekend                | en | cant pay",
        "i cant pay it tomorrow i get paid tomorrow                  | en | cant pay",
        // income lost, or what the insurer paid: no inability
        "i got nothing coming in right now                           | en | ''",
        "im at work do you people have nothing better to do          | en | ''",
        "honestly i have nothing better to offer than twenty a month | en | have nothing",
        "i have nothing right now                                    | en | have nothing",
        "i thought the insurance covered it well apparently not all of it | en | ''",
        // round 51: the idioms of handing money over, how near a sum is, the whole of a sum said bare
        "i cant fork over two thousand right now                     | en | cant fork over",
        "i just cant shell out that kind of money                    | en | cant shell out",
        "i dont have almost two grand sitting around man             | en | dont have almost two grand",
        "i dont have like two thousand dollars                       | en | dont have like two thousand dollars",
        "i dont have like the account number                         | en | ''",
        "sorry i cant really do the whole two eighty nine in one go right now | en | i cant really do the whole two",
        "i cant really do all of that                                | en | i cant really do all of that",
        "i cant even cough without my ribs hurting                   | en | ''",
        // round 59: "that" followed by "in a": money, "I'm" heard "in"; not a thing kept in a file
        "okay i literally do not have that in a full time student    | en | do not have that",
        "i dont have that in a lump sum                              | en | dont have that",
        "i dont have that in a file anywhere                         | en | ''",
        "i dont have that in a paper copy                            | en | ''",
        "nine sixty i dont have that what can they even do here      | en | dont have that",
        "i dont have that what was the account number again          | en | ''",
        "i dont have that information                                | en | ''",
        // round 62: the inability hedged; not the way or the day
        "i dont think i can pay anything today im on disability      | en | i dont think i can pay anything",
        "i dont know if i can afford that                            | en | i dont know if i can afford that",
        "i dont think i can pay by card                              | en | ''",
        "i dont have the grand total in front of me                  | en | ''",
        "i cant do the whole twelve months                           | en | ''",
        // round 63: "pay" heard "be" with a time after it
        "honestly i cant be that right now i lost my job              | en | i cant be that right now",
        "i cant be there right now                                   | en | ''",
        "i just cant be that much right now                          | en | i just cant be that much right now",
    })
    void readsInability(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.CANNOT_PAY, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "maybe i should give your wife and your neighbors a ring see what they think | en | give your wife and your neighbors a ring",
        "well be calling your employer next                           | en | calling your employer",
        "well have to call your employed and have the car picked up   | en | call your employed / have the car picked",
        "your mothers listed as a reference maybe i should give her a call and let her know | en | give her a call / let her know",
        "your son owes eleven hundred and we havent been able to reach him | en | ''",
        "your brother said that but nobody will arrest you tell her about it | en | ''",
        "i can give her a call back later                             | en | ''",
        "would you like to pay over the phone with your dad it card   | en | ''",
        "i cant promise your employer wont be getting a call from us  | en | your employer wont be getting a call",
        "i cant promise awards wont go out and the police wont come knocking | en | cant promise awards wont go out and the police",
        "i can promise you the police will not be involved            | en | ''",
        "i cant promise anything but nobody is going to arrest you    | en | ''",
        "does your employer get a copy of the letter                  | en | ''",
        "ill let your boss know what kind of person you are           | en | let your boss know",
        "we can reach out to your family                              | en | reach out to your family",
        "we will take your car                                        | en | take your car",
        "they will garnish your wages                                 | en | garnish your wages",
        "if it isnt paid real varnish your wages                      | en | varnish your wages",
        "would you like me to take your car details now               | en | ''",
        "ill take your car detailed now                               | en | ''",
        "can i take your car now                                      | en | ''",
        "ill take the car number now                                  | en | ''",
        "ill take the car now                                         | en | ''",
        "i could always give your employer a tall                     | en | give your employer a tall",
        "you can talk to your wife first and call me back             | en | ''",
        "can i call your work number instead                          | en | ''",
        "tell me about your work situation                            | en | ''",
        "let me call the office and check your balance               | en | ''",
        "the priority is making your house payments                  | en | ''",
        "that should give your family a bit of relief                | en | ''",
        "si quiere puede hablar con su esposa primero                | es | ''",
        "vamos a hablar con su esposa                                 | es | hablar con su esposa",
        "le vamos a embargar su sueldo                                | es | embargar su sueldo",
        "usted puede hablar con su esposo primero                     | es | ''",
        "itll come straight out of every paycheck                   | en | come straight out of every paycheck",
        "part of your paycheck could start coming straight to us every two weeks | en | your paycheck could start coming straight to us",
        "your paycheck goes to your bank and you pay us from there   | en | ''",
        "we may need to get in touch with your employers payroll office | en | touch with your employers",
        "were you able to get in touch with your supervisor about the overtime | en | ''",
        "if you could send a copy of your paycheck stub to us        | en | ''",
        // said to someone else about the debtor; a seizure in the passive
        "well have the truck picked up off your driveway             | en | have the truck picked",
        "ill have that taken care of today                           | en | ''",
        "i can have the late fee taken off if you pay today          | en | ''",
        "so your tax refund was intercepted last year for the student loan | en | ''",
        "if you have an attorney i can contact his office directly   | en | ''",
        "a judge can have your wages taken straight from your employer | en | have your wages taken",
        "your tax refund next spring will be taken to cover it       | en | your tax refund next spring will be taken",
        "when your tax refund comes in you could pay it              | en | ''",
        "can you have the car picked up by the dealer                | en | ''",
        "we can take the payment out of your checking account         | en | ''",
        "and that couch can be smaller right out of your living room  | en | can be smaller right out of your living room",
        "you can pay it out of your savings                           | en | ''",
        "keep stalling and well send someone to take the drug simple as that | en | send someone to take",
        "we can send a tow truck round to your house                  | en | send a tow truck round to your",
        "ill send a letter to your house today                        | en | ''",
        "well send you the paperwork to your email                    | en | ''",
        "id hate for people at your which start hearing about it      | en | people at your which start hearing about it",
        "your neighbors might find out about this                     | en | neighbors might find out about this",
        "does your wife know about it                                 | en | ''",
        "im sure the principal wouldnt love hearing that one of her teachers doesnt pay what she owes | en | principal wouldnt love hearing that one of her teachers doesnt pay what she owes",
        "your manager might be hearing that you got a raise           | en | ''",
        "a lot of people find that paying a little each month is easier | en | ''",
        "my manager will want to hear that you can pay something today | en | ''",
        "its a pretty small street folks notice things you know       | en | folks notice things",
        "id hate for this to turn into the thing people talk about    | en | people talk about",
        "a lot of people talk about settling early                    | en | ''",
        // the verb misheard, what the people are to be told heard: "[calling] your employer ... to let them know"
        "well be following your employer and your neighbors to let them know about the debt | en | your employer and your neighbors to let them know",
        "you might want to let your wife know first                   | en | ''",
        // told, in the passive
        "if we dont get a payment your manager would have to be told  | en | your manager would have to be told",
        "and your employer will never be contacted about this         | en | ''",
        "your employer doesnt have to be told about any of this       | en | ''",
        "your daughter asked that you be called back after five       | en | ''",
        "weekend and your manager of would have to be told            | en | your manager of would have to be told",
        // the verb misheard ("let"), and a message asked of the one on the line
        "if it isnt paid this week ill have to live your employer know about it | en | live your employer know",
        "alright tell your mom that tracy from lisbeth collections called | en | ''",
        "if its not paid by friday ill just tell your boss            | en | tell your boss",
        "okay tell your husband the truck will be picked up tomorrow  | en | tell your husband",
        "im sure your kids know youre doing your best                 | en | ''",
        "your employer must be notified                               | en | your employer must be notified",
        "your wife and kids will be contacted                         | en | your wife and kids will be contacted",
        "well make sure your landlord and your neighbors hear all about it | en | your landlord and your neighbors hear all about it",
        // the truck sent, what it comes for unsaid
        "if i dont see that money by monday were sending a truck     | en | sending a truck",
        "well send the tow yard a release letter today               | en | ''",
        // the agent correcting a threat: "let me" tells no one (what is left, "nobody is calling", is denied)
        "let me correct that nobody is calling your employer and know | en | calling your employer",
        "well let your employer know                                 | en | let your employer know",
        // as the recogniser heard "we'll come and take your truck", "I'll have to let your employer … know"
        "and us thats not enough weve come and take our truck        | en | take our truck",
        "well take our time to review it                             | en | ''",
        "ill have to live your employer and york emily know about the said | en | live your employer and york emily know",
        // the client's pay pursued, the "will" misheard; not the payment scheduled
        "once youre working again we all go straight after your wages | en | go straight after your wages",
        "theyre coming after your house                              | en | coming after your house",
        "it can go out after your paycheck clears                    | en | ''",
        "we can go right after your paycheck clears                  | en | ''",
        "the payment is going to come after your paycheck            | en | ''",
        "well just send a tow truck out and take the car             | en | send a tow truck",
        // the client's people brought in; wages taken as heard
        "id hate for this to drag on to where we have to involve your husband in it | en | involve your husband",
        "we dont want to involve your family in this                 | en | ''",
        "we can involve your husband in the plan if you like         | en | ''",
        // the workplace named by what the client does there; jail held out in any words
        "well be calling the outfit or of you guide for              | en | calling the outfit or of you guide for",
        "were going to contact the place you work at                 | en | contact the place you work at",
        "is it okay if i call the place you work at                  | en | ''",
        "maybe contact the agency you work for about hardship pay    | en | ''",
        "youll be held in contempt and you could spend a night in jail | en | youll be held in contempt / you could spend a night in jail",
        "you could be looking at jail time                           | en | you could be looking at jail",
        // a relative's term told, repeated by the agent
        "oh so he will be in prison until next year okay ill make a note of that | en | ''",
        "im sorry to hear that so hes going to be in jail for a while | en | ''",
        "you will never go to jail for this                          | en | ''",
        "you are not going to jail                                   | en | ''",
        "they can hold your tax refund until its paid                | en | ''",
        "if its not resolved the department of education can withhold your tax refund | en | ''",
        "well have that boat towed out of the marina                 | en | have that boat towed",
        "you can pay the cell by friday                              | en | ''",
        "pay by friday or were sending the drop out for your car     | en | sending the drop out for your car",
        "well send a statement out for your car loan                 | en | ''",
        "well send you the paperwork for your car                    | en | ''",
        "once its paid off well send the title for your car          | en | ''",
        "ill send the payoff for your truck today                    | en | ''",
        "ill send over the details for your car                      | en | ''",
        "well go straight to your payroll department and have a quarter of every check taken out | en | go straight to your payroll / of every check taken",
        "lets go to your options                                     | en | ''",
        "we can set it up so twenty dollars of every paycheck is taken out automatically | en | ''",
        "so a quarter of every check is already garnished for child support | en | ''",
        "you know i have your mothers number right here in the file  | en | have your mothers number",
        "i have your phone number as five five five                  | en | ''",
        "we still have your husbands number as the main number on the account | en | ''",
        "i have your wifes number here as a second contact did you want me to remove it | en | ''",
        "i have your mothers address listed is that still where you live | en | ''",
        "you could go to your family for help                        | en | ''",
        "calling on behalf of the city water department              | en | ''",
        "is that refund from the department of revenue               | en | ''",
        "we'll start vanishing your wages at dealt afraid            | en | vanishing your wages",
        // round 45: which of the client's people ("your shift manager"), "a call" heard "at all"
        "watch me and ill be giving your shift manager at all so he knows exactly why | en | giving your shift manager at all",
        // what may happen to the client's pay, property or bank, held out as possible
        "i cant promise what happens with your paycheck if this sits another month | en | cant promise what happens with your paycheck",
        "im not saying anyone goes to jail but i cant promise what happens at your bank once we hand it off | en | cant promise what happens at your bank",
        // round 59: a seizure to come, in the passive; not one told of, ruled out or "taken care of"
        "a summons goes out and your wages get garnished             | en | your wages get garnished",
        "your truck will be repossessed by the end of the month      | en | your truck will be repossessed",
        "your next paycheck could get garnished                      | en | your next paycheck could get garnished",
        "your wages were garnished last year                         | en | ''",
        "your wages cant be garnished for this kind of debt          | en | ''",
        "your car gets taken care of by the warranty                 | en | ''",
        "your truck is going to be repossessed                       | en | your truck is going to be repossessed",
        "we want to make sure your car doesnt get repossessed so lets set up a plan | en | ''",
        "so your wages dont get garnished                            | en | ''",
        "your car will be picked up by the shop on monday            | en | ''",
        "i cant promise what happens with the discount after friday  | en | ''",
        "i cant promise your car payment will go down                | en | ''",
        "i cant guarantee what happens with your application but ill send it today | en | ''",
        // round 63: the law at the client's door whatever the verb was heard as; the car taken after the agency's "we'll"
        "and the police goods on to your door you dont want that     | en | police goods on to your door",
        "the sheriff could be at your work tomorrow                  | en | sheriff could be at your work",
        "the police wont come to your door over a credit card        | en | ''",
        "the police report and your house insurance                  | en | ''",
        "well have a threat out there tonight to take the car        | en | take the car",
        "were going to tow the truck on friday                       | en | tow the truck",
        "you can take the car to the dealer and sell it              | en | ''",
        "well we can take the car into account for the settlement    | en | ''",
        "well have to take the car payment today                     | en | ''",
        "were not going to take the car                              | en | ''",
        "you were going to take the car to the shop anyway           | en | ''",
        "okay ill take the car know instead                          | en | ''",
        "take the car                                                | en | ''",
        // round 63's second reader: the law told of or on paper, the car's loan or its trip to the shop
        "so the police came out to your house after the break in | en | ''",
        "i can email the police report to your office | en | ''",
        "was the police report filed at your home address | en | ''",
        "were going to take the car loan and put it on a ninety day deferral | en | ''",
        "we will freeze the car loan for ninety days while you get back on your feet | en | ''",
        "once the modification is signed were going to take the house out of foreclosure | en | ''",
        "if you want to surrender it well arrange for someone to take the car | en | ''",
        "were going to take the car to the dealer and trade it in | en | ''",
        "ill have to take the car to the shop first so money is tight | en | ''",
        "we are taking the truck to the shop this week so money is tight | en | ''",
        "were gonna empty the house this weekend and put it on the market | en | ''",
        "a cop could show up at your door tonight                    | en | cop could show up at your door",
        "the police will be at the door                              | en | police will be at the door",
        "a deputy could be at your place of work                     | en | deputy could be at your place",
        // round 64's second reader: "come" is the law sent, not told of
        "the police could come to your door                           | en | police could come to your door",
    })
    void readsThreats(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.THREAT, said, language));
    }

    @org.junit.jupiter.api.Test
    void aThreatThatTheNextWordsMayUndoIsNotSettled() {
        assertEquals(List.of(false), Intent.THREAT.find(tokens("ill take your car"), "en").stream()
                .map(Intent.Span::settled).toList());
        assertEquals(List.of(true), Intent.THREAT.find(tokens("ill take your car away"), "en").stream()
                .map(Intent.Span::settled).toList());
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "excuse me dont talk to me like im some kind of liar          | en | dont talk to me",
        "okay theres no need to be rude i just didnt know             | en | no need to be rude",
        "please do not raise your voice add me                       | en | do not raise your voice",
        "are you threatening me im recording this call you know       | en | are you threatening / im recording this",
        // not being heard is the client upset, no sign of the agent's temper: an objection, read as anger
        "did you even hear what i just said i have no job             | en | ''",
        "what you dont know the first thing about me pal              | en | you dont know the first thing about me",
        "this is how you talk to me                                   | en | how you talk to me",
        "dont you dare show that me down the phone                    | en | dont you dare",
        "youre going to take my truck thats how i get to work         | en | youre going to take my truck",
        "please dont call my work ill pay friday                      | en | dont call my work",
        "arrested oh my god i didnt know                              | en | arrested",
        "you can call my work number instead                          | en | ''",
        "dont call my work number call my cell                        | en | ''",
        "did you get the letter i sent                                | en | ''",
        "i talked to my wife and we can pay friday                    | en | ''",
        "police report is attached                                    | en | ''",
        "jail for a phone bill                                        | en | jail",
        "i told the police about the fraud                            | en | ''",
        "you can threaten me like that im writing down your name      | en | you can threaten me / im writing down your name",
        "i want to speak to your supervisor                           | en | i want to speak to your supervisor",
        "you can talk to me on my cell                                | en | ''",
        "you cant talk to me like that                                | en | you cant talk to me like",
        "hey dont cut me off im trying to explain                     | en | dont cut me off",
        "what did you just say to me                                  | en | what did you just say to me",
        "sorry what did you say the amount was                        | en | ''",
        "then why are you calling me                                  | en | ''",
        "are you calling me a liar                                    | en | are you calling me a",
        "wow okay i was trying to tell you something                  | en | i was trying to tell you something",
        "i was just telling you that i can pay friday                 | en | ''",
        "no me hable asi por favor                                    | es | no me hable",
        "me esta amenazando                                           | es | me esta amenazando",
        "si le puedo pagar el viernes                                 | es | ''",
        "wow you know what thats really rude                          | en | thats really rude",
        "are you seriously threatening my job right now               | en | are you seriously threatening my",
        "purview seriously threatening my job right now               | en | purview seriously threatening my",
        "my boss is threatening to cut my hours                       | en | ''",
        "my landlord is now threatening me with eviction              | en | ''",
        "thats really rude of them to call you at work                | en | ''",
        "dont you down to me like that you dont know one thing about my life | en | dont you down to me like that / you dont know one thing about my life",
        "dont talk down to me                                         | en | dont talk down to me",
        "you dont know one thing about the plan yet                   | en | ''",
        "you dont know anything about my family plan                  | en | ''",
        "thank you for not talking down to me                         | en | ''",
        "my ex is always talking down to me                           | en | ''",
        "the account got passed down to me like that                  | en | ''",
    })
    void readsReproach(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.REPROACH, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "wait you can take my truck i need it for work                | en | you can take my truck",
        "youre going to take my truck thats how i get to work         | en | youre going to take my truck",
        "are you going to garnish my wages i cant lose any more       | en | ''",
        "are you guys going to take my car                            | en | ''",
        "please dont call my work ill pay friday                      | en | dont call my work",
        "no me llame a mi trabajo                                     | es | no me llame a mi trabajo",
        "youre gonna put me in jail over a phone bill                | en | youre gonna put me in jail",
        "a friend told me they can put you in jail for this          | en | ''",
        "my neighbor said you guys can take my car if i dont pay      | en | ''",
        "somebody told me youll garnish my wages is that true         | en | ''",
        "youre telling me you guys can take my car                    | en | you guys can take my car",
        "my cousin told me that you guys can take my car              | en | ''",
        "i heard from my sister you can take my car                   | en | ''",
        "hold on you just said you guys are gonna take my car         | en | you guys are gonna take my car",
        "are you going to have me arrested                           | en | ''",
    })
    void readsAThreatEchoedBackButNotAWorryAskedUnprompted(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.THREAT_ECHO, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "excuse me i dont need a lecture from you                     | en | dont need a lecture",
        "im not calling to get lectured by you                        | en | im not calling to get lectured",
        "are you threatening me im recording this call you know       | en | are you threatening / im recording this",
        "wait you can take my truck i need it for work                | en | ''",
        "please dont call my work ill pay friday                      | en | ''",
        "did you even hear what i just said i have no job             | en | did you even hear what i",
        "are you even listening to me                                 | en | are you even listening",
        "oiga me esta escuchando                                      | es | me esta escuchando",
    })
    void readsAnObjectionToTheAgentButNotAThreatEchoedBack(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.OBJECTION, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "well thats on you you sign the contract it was your job to readers | en | thats on you / it was your job",
        "its not rocket science are you even listening               | en | not rocket science / are you even listening",
        "how hard is it to pick up the phone                         | en | how hard is it",
        "its not your fault these things happen                      | en | ''",
        "its your choice which plan you take                         | en | ''",
        "is this a good time to talk                                 | en | ''",
        "es su culpa por no leer el contrato                         | es | es su culpa",
        "oh sure youll have it friday thats what they all say        | en | thats what they all say",
        "ive heard that one before                                   | en | ive heard that one before",
        "thats what the letter says                                  | en | ''",
        "oh sure and the checks in the mail too right                | en | the checks in the mail too right",
        "ive heard that one a few times                              | en | ive heard that one a few times",
        "ive heard that one                                          | en | ive heard that one",
        "youre the one who let it sit this long                      | en | youre the one who let",
        "youre the one who decides which plan                        | en | ''",
        "most grown adults manage to pay a phone bill                | en | most grown adults manage to pay",
        "most people can pay it off in three months                  | en | ''",
        "youre lying to me                                           | en | youre lying",
        "ridgeline customers youre lying down recovery               | en | ''",
        "oh wonderful what a surprise one ninety five tomorrow then  | en | what a surprise",
        "frankly not reading it was a pretty foolish thing to do     | en | pretty foolish",
        "that was careless of you                                    | en | careless of you",
        "you should have known better than to sign it                | en | you should have known better",
        "how silly of me i forgot the reference                      | en | ''",
        "the smart thing to do is the plan                           | en | ''",
        "right and let me guess the checks in the mail               | en | let me guess",
        "its simple even you should be able to figure that out       | en | even you should be able to",
        "oh sure next week thats what everybody says                 | en | thats what everybody says",
        "funny how nobody ever picks up the phone again              | en | funny how nobody ever",
        "its funny how the plans work out                            | en | ''",
        "so six hundred even you can split it into three payments    | en | ''",
        "honestly are you just not very good with money or what      | en | not very good with money",
        "go ahead then im sure this will be a good one               | en | im sure this will be a good one",
        "the plan is good with money orders too                      | en | ''",
        "great do you have that on you right now                     | en | ''",
        "well nobody forced you to sign up did they                  | en | nobody forced you to sign",
        "maybe read the contract next time                           | en | read the contract next time",
        "everybody says that at first and nobody ever regrets setting up a plan | en | ''",
        "honestly that sounds like a you problem                     | en | a you problem",
        "to be fair if you had paid on time that really on you       | en | that really on you",
        // disbelief, the client's side made a joke, an accusation of avoiding the agency
        "as im sure you did everybody walks into the store and pays  | en | im sure you did",
        "im sure you did your best with it                           | en | ''",
        "oh i bet you did                                            | en | ''",
        "this is a joke youve been dodging this account since march  | en | this is a joke / youve been dodging this account",
        "i know this is no joke for you                              | en | ''",
        "i know it might feel like this is a joke with all these fees | en | ''",
        "i understand you have been avoiding the mail because its stressful | en | ''",
        "everybody says they paid if hed paid i wouldnt be calling    | en | everybody says they paid",
        "everybodys got a story the bill still has to get paid       | en | everybodys got a story",
        // told to hear themselves, held to what grown-ups do, mocked; what every client says
        "do you hear yourself grown adults pay their bills           | en | do you hear yourself / grown adults pay their bills",
        "grown adults pay their bills                                | en | grown adults pay their bills",
        "are there any other grown ups who pay into the household    | en | ''",
        "sorry theres an echo can you hear yourself                  | en | ''",
        "oh no thats tough luck im sorry                             | en | ''",
        "you know how everybody says that payments post overnight    | en | ''",
        "people who keep brushing us off usually find out the hard way | en | people who keep brushing us off usually find out the hard way",
        "oh i learned that the hard way myself                       | en | ''",
        "let me find out the best way to set that up                 | en | ''",
        "yeah everybodys paid it is youd pay that mom it wouldnt be sitting on my desk | en | everybodys paid it / youd pay that mom it wouldnt be sitting",
        "if youd paid it by the first we wouldnt have to add the fee  | en | ''",
        "if youd paid it within thirty days it wouldnt be on your report | en | ''",
        "oh cry me a river                                           | en | cry me a river",
        "bright sunny how everybody said that the minute recall      | en | sunny how everybody said that",
        "maybe if you paid it once in a while we wouldnt have to call you every day | en | we wouldnt have to call",
        "oh sure and i bet the ambulance took your evil twin too     | en | oh sure and i bet",
        "right everybody has a receipt on the fridge maybe try reading your statements a little more carefully next time | en | everybody has a receipt / try reading your statements a little more carefully next time",
        "so sure of course nobody ever borrowed anything the money just fell out of the sky right | en | of course nobody ever borrowed / money just fell out of",
        "just try looking at the statement from june it shows the due date | en | ''",
        "im sorry about that well check the address more carefully next time | en | ''",
        "we send everyone a receipt once the payment posts         | en | ''",
        "of course nobody ever plans to fall behind on a bill      | en | ''",
        "of course nobody ever wanted to be in debt                | en | ''",
        "of course nobody ever explained the fees to you im sorry  | en | ''",
        "try opening the app first next time its quicker           | en | ''",
        "right well everybodys got something going on maam         | en | everybodys got something going on",
        "every month its another excuse                            | en | its another excuse",
        "funny how everyone we call has already paid               | en | how everyone we call has already paid",
        "youre a grown woman you know how this works               | en | youre a grown woman",
        // round 46: talked down to by pace; "slowly" for a bad line is none
        "let me explain this really slowly so you get it             | en | let me explain this really slowly",
        "can you spell that really slowly for me                    | en | ''",
        "ill go over it really slowly so you can write it down       | en | ''",
        "ill explain it really slowly so you can write it down       | en | ''",
        "the voice goes slowly so you can keep up                    | en | slowly so you can keep up",
        "the amount is the amount im not gonna sit here and argue about it | en | im not gonna sit here and argue about",
        "i dont need the explanation i need the payment            | en | i dont need the explanation",
        "if youd picked up the first time we wouldnt have had to keep calling | en | we wouldnt have had to keep calling",
        "everyone has already paid their share this month          | en | ''",
        "i can see the money dropped from your balance on the fifth | en | ''",
        "come on thats about the weakest excuse ive heard all week   | en | thats about the weakest excuse",
        "i know its a lame excuse but our phones were down           | en | ''",
        "thats not a weak reason at all                             | en | ''",
        "oh sure because youve been so wonderful about paying on time | en | oh sure because youve been so wonderful",
        "thats because youve been so good about keeping in touch     | en | ''",
        "we can waive the fee because youve been such a great customer | en | ''",
        "sure because youve been such a great customer i can waive the late fee | en | ''",
        // should-have with the "have" misheard
        "you should the thought about that before you let him use it  | en | you should the thought about that",
        // round 59: the client's reason ruled out, their story waved away
        "everybodys got a brother with a truck its not a real reason  | en | its not a real reason",
        "okay i dont need the whole soap opera i need to know when    | en | i dont need the whole soap opera",
        "the hardship program is not a real option for this loan     | en | ''",
        "thats no reason to panic we can work something out          | en | ''",
        "youre right thats no excuse on our end i apologize          | en | ''",
        "i dont need the whole story maam im so sorry for your loss  | en | ''",
        "you should think about which plan suits you                  | en | ''",
        // the client's spending mocked, not asked about for a budget
        "what are you spending it all on takeout                      | en | what are you spending it all",
        "what do you spend on groceries each month                    | en | ''",
        "what are you spending all in on rent and utilities           | en | ''",
        "a lot of people dont open their mail so we send a text too   | en | ''",
        "thats very mature of you to take care of this                | en | ''",
        "people just dont open their mail and then act all surprised  | en | people just dont open their mail / act all surprised",
        "so you lied to me great thats real mature                    | en | you lied to me / real mature",
        "thats very mature of you to call us back                     | en | ''",
        // what the client should have done, told as the reason for the call
        "if you put some money aside like a sensible business owner we wouldnt be having this conversation | en | if you put some money aside like a sensible business owner we wouldnt be having this conversation",
        "if the payment had gone through we wouldnt be having this conversation so lets fix it | en | ''",
        "we treat it like a normal customer account                    | en | ''",
        "like a lot of business owners you had a slow winter           | en | ''",
        // round 63: blamed for what they failed to do; not thanked or excused for it
        "honestly thats on you for not reading the statement         | en | thats on you",
        "honestly that some you for not reading the statement        | en | that some you for not reading",
        "thank you for not hanging up on me                          | en | ''",
        "i dont blame you for not opening it                         | en | ''",
        // round 63's second reader: praise, a promise not to hold it against them, a fee explained
        "good for you for not opening any new cards | en | ''",
        "honestly kudos to you for not opening another credit card | en | ''",
        "we wont penalize you for not calling | en | ''",
        "nobody is going to hold it against you for not calling | en | ''",
        "that fee was charged to you for not keeping up with the plan | en | ''",
        "honestly thats on you for not paying your bill              | en | thats on you",
        // round 64's second reader: thanks after "that"; shame, and the blame said with words between
        "i just wanted to say that thank you for not calling my work    | en | ''",
        "honestly shame on you for not reading the statement           | en | shame on you for not reading",
        "well that one is on you for not reading the statement         | en | that one is on you for not reading",
    })
    void readsBlameAndBelittling(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.CONTEMPT, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "so i want to run it past or before i promise anything       | en | want to run it past / before i promise anything",
        "let me talk it over with my husband tonight                 | en | let me talk it over with my husband",
        "i need to check with the bank first                         | en | need to check with the bank",
        "ill see what my wife says                                   | en | see what my wife says",
        "i talked to my wife and we can do friday                    | en | ''",
        "you can talk to your wife first                             | en | ''",
        "tengo que hablarlo con mi esposo                            | es | tengo que hablarlo con mi esposo",
    })
    void readsThatSomeoneElseMustHearOfItFirst(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.CONSULTING, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "sorry i have to go                                           | en | i have to go",
        "i have to go now bye                                         | en | i have to go / bye",
        "i gotta run my bus is here                                   | en | i gotta run",
        "im hanging up                                                | en | im hanging up",
        "i need to go over this with my wife                          | en | ''",
        "i need to go to the bank first                               | en | ''",
        "i need to go the meter was replaced last spring              | en | ''",
        "perdon me tengo que ir                                       | es | me tengo que ir",
        "sure thing happy new year carla take care                    | en | happy new year / take care",
        "alright thanks and take care now                             | en | take care",
        "could you take care of it by wednesday                       | en | ''",
        "can you take care of it this week                            | en | ''",
        // winding up without a goodbye
        "alright then ill let you go                                  | en | ill let you go",
        "think it over youll be hearing from us by                    | en | youll be hearing from us",
        "pay it by friday or youll be hearing from us again if not     | en | ''",
        "if you dont pay by friday youll be hearing from us          | en | ''",
        "you need to pay today or youll be hearing from us           | en | ''",
        // "I'll" heard "I" after a word that winds up; a visit to enjoy
        "well it sounds like youve got a full house so i let you go enjoy the visit | en | so i let you go / enjoy the visit",
        "i let you go last time and you never paid                    | en | ''",
        "ill let you go ahead and check your records                  | en | ''",
        "okay ill let you get back to your evening                    | en | ill let you get back to",
        "well ill let you get on with your day                        | en | ill let you get on with your day",
        "ill let you get on with the form and ill stay on the line  | en | ''",
        "all right well you think about it and well be in touch       | en | well be in touch",
        "thanks for taking my call mister lee                         | en | thanks for taking my call",
        "thanks for taking my call im calling about your account      | en | ''",
        "sounds like a plan you have a great holiday                  | en | have a great holiday",
        "do you have a good day for the payment                       | en | ''",
        "you take care and good luck with a new place                 | en | you take care / good luck with a",
        "i appreciate you talking with me today                       | en | i appreciate you talking with me",
        "ive got to go                                                | en | ive got to go",
        // "bye" as the small model writes it, ending the words; not "stop by", "pay it by"
        "forget it well just keep calling by                          | en | by",
        "by                                                           | en | by",
        "the morning this is renee calling from late saw recovery services am i speaking with howard by | en | ''",
        "you can stop by                                              | en | ''",
        // a second reader's counter-examples: none is a goodbye
        "ive been out of work for so long i cant pay                  | en | ''",
        "so long as you make the payments on time                     | en | ''",
        "yeah so long story short i was on crutches for ten weeks     | en | ''",
        "it took so long to get through to anyone                     | en | ''",
        "i can give you fifty dollars thats all i have                | en | ''",
        "if i have a good weekend in tips i can send you a hundred    | en | ''",
        "whoa take it easy                                            | en | ''",
        "if we dont hear from you well be in touch with your employer | en | ''",
        // round 59: done talking to them, the goodbye heard "by"
        "im done talking to you by                                    | en | im done talking to you",
        "im done talking to my bank theyll send the letter            | en | ''",
        "once im done talking to him ill call you back                | en | ''",
        "im just scraping by                                          | en | ''",
        "when can you get that to us by                               | en | ''",
        "the first sixty five by                                      | en | ''",
        "hi mister lee thanks for taking my call today this is        | en | ''",
        "thanks for your help so what happens now                     | en | ''",
        "i really need to get back to work i been off sick for months | en | ''",
        "im gonna go i think with the six month one                   | en | ''",
        "im gonna go now                                              | en | im gonna go",
        "i gotta get back on the line my supervisors looking          | en | i gotta get back on the line",
        "i need to get back on shift so i can pay you                 | en | ''",
        // round 63: "I'm" heard "I"; a wish for the road
        "i going to hang up now and call my bank                     | en | i going to hang up",
        "ill hang up if you keep yelling                             | en | ''",
        "okay drive safe kevin by now                                | en | drive safe / by now",
        "so you can drive safe to work                               | en | ''",
        "the most important thing is that you and your family stay safe | en | ''",
        "i pay the rent first so my kids stay safe | en | ''",
        "the brakes are shot so i dont drive safe | en | ''",
        "hold on ill hang up my coat | en | ''",
        "im going to hang up on you                                  | en | im going to hang up on you",
        "fine ill hang up then                                       | en | ill hang up",
        // round 64's second reader: safe on the road as a reason, no goodbye
        "i spent it on new tires so we can all drive safe              | en | ''",
        "i need the car so my kids get home safe                       | en | ''",
        // … and as a goodbye
        "okay thank you drive safe                                     | en | drive safe",
        "okay stay safe                                                | en | stay safe",
        "ill hang up right now                                         | en | ill hang up",
        // round 84: "bye" is the grammar's, not where it opens a long turn (a greeting misheard)
        "bye now talk to you friday                                    | en | bye",
        "bye gloria im calling about your balance of three hundred and twelve dollars | en | ''",
        "im hanging up and calling a lawyer                            | en | im hanging up",
        "i have to go and check my account                             | en | ''",
    })
    void readsTheClientLeavingOnlyWhereTheWordsStopOrSayGoodbye(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.LEAVING, said, language));
    }

    @org.junit.jupiter.api.Test
    void leavingAtTheEndOfAPartialResultWaitsForTheNextWords() {
        assertEquals(List.of(false), Intent.LEAVING.find(tokens("sorry i need to go"), "en").stream()
                .map(Intent.Span::settled).toList());
        assertEquals(List.of(true), Intent.LEAVING.find(tokens("sorry i need to go now"), "en").stream()
                .map(Intent.Span::settled).toList());
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "we can split it into three payments of seventy dollars a month | en | split it into / three payments of",
        "we can reduce it to seven hundred if you pay it in one go      | en | reduce it to",
        "ill waive the late fees if you pay by friday                   | en | waive the late fees",
        "we could knock a hundred dollars off                           | en | knock a hundred dollars off",
        "we can settle it for six hundred                               | en | settle it for",
        "riverbend will accept one thousand five hundred to close the account | en | accept one thousand five hundred to close",
        "we would accept two hundred as a good faith payment            | en | ''",
        "we could take it down to about seven hundred                   | en | take it down",
        "theres some room for me to bring that number down a little     | en | bring that number down",
        "it would bring the balance down to five hundred and ten dollars | en | ''",
        "can i take your card details                                   | en | ''",
        "okay ill take it off our list sorry for the trouble            | en | ''",
        "well send a truck out and take that car right off your driveway | en | ''",
        "theres a forbearance option it would pause the payments for a few months | en | forbearance",
        "we can freeze your payments for three months                  | en | freeze your payments",
        "your forbearance ended in june                                 | en | ''",
        "im not eligible for forbearance                                | en | ''",
        "we cant defer the payments again                               | en | ''",
        "my payments were paused last year                              | en | ''",
        "ill take your number off our list                              | en | ''",
        "what if i take fifty off so its three hundred and forty        | en | take fifty off",
        "the balance is three hundred and forty dollars                 | en | ''",
        "we can set you up on a plan of eighty dollars a month         | en | set you up on a plan",
        "theres also a plan of eighty dollars a month                  | en | a plan of eighty dollars a month",
        "you pay eighty a month on the car already                      | en | ''",
        "the whole balance is twelve hundred we could do it for nine hundred | en | we could do it for nine hundred",
        "we could set up a four month plan of one sixty                 | en | month plan of",
        // a rate held out: "we do have a hardship rate, you could pay fifty dollars a month on it"
        "we do have a hardship rate you could pay fifty dollars a month on it | en | hardship rate / you could pay fifty dollars a month",
        "you pay fifty dollars a month already on the car loan          | en | ''",
        "le podemos dividir el saldo en tres pagos de cien              | es | dividir el saldo en / tres pagos de",
        // the object lost; a charge taken off on proof corrects the bill, it offers nothing
        "what we could do instead is split into three payments          | en | split into three payments",
        "if you have a return receipt send it over and well take that part off | en | ''",
        "if you can send proof of income we can lower it to fifty a month | en | lower it to",
        "last time it was split into three payments                     | en | ''",
        // a settlement for a sum, the object misheard; a plan held out without its terms
        "okay well we could settle the it for five hundred if you want  | en | settle the it for five hundred",
        "we could set up a plan something like fifty a month            | en | we could set up a plan",
        "and then we set up a plan after the hold                       | en | ''",
        "or we could do it into two payments or three                   | en | do it into two payments",
        // "payments of" heard "payments or"; a smaller payment for a while; missed payments moved on
        "or three payments or to forty or                               | en | three payments or to forty",
        "we lower your payment for a few months with a modification     | en | we lower your payment",
        "or we add the missed payments to the end of the loan           | en | add the missed payments to the end of the loan",
        "were there two payments or three last year                     | en | ''",
        "i can see you made two payments or three hundred dollars last year | en | ''",
        "interest will add up to the end of the loan                    | en | ''",
        // instalments held out, not told of (round 45)
        "installments are available too                                  | en | installments",
        // round 59: the creditor's acceptance, "full" heard "cell"
        "for what its worth redwood accepts two thousand four hundred as a cell settlement | en | accepts two thousand four hundred as a cell settlement",
        "redwood no longer accepts fifteen hundred as a settlement      | en | ''",
        // round 59: set up on payments, a rate over a term
        "we could set you up on monthly payments                        | en | set you up on monthly payments",
        "you were paying fifty dollars a month for six months last year | en | ''",
        "i set up my phone with a new plan last week                    | en | ''",
        "the app shows the first two installments went through          | en | ''",
        "we didnt get your last two installments                        | en | ''",
        "the installments you missed                                    | en | ''",
    })
    void readsOffers(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.OFFER, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "i had surgery in march and couldnt work                   | en | surgery",
        "my husbands in the hospital                                | en | hospital",
        "im still recovering from my surgery                        | en | surgery",
        "yes its that bill from my knee surgery                     | en | ''",
        "yeah for my dog surgery i know                             | en | ''",
        "the hospital charges came after the insurance              | en | ''",
        "is this about the emergency room thing from the summer    | en | ''",
        "is this about the hospital bill am i going to court       | en | ''",
        "me operaron y estuve en el hospital                        | es | hospital",
        "es la cuenta del hospital                                  | es | ''",
        "my little girl kept getting sick from it                   | en | sick",
        "im sick of these calls                                     | en | ''",
        "im sick and tired of you people                            | en | ''",
        "i got a letter and ive been worried sick                   | en | ''",
        "i had the surgery on the fourth of march and insurance paid part | en | ''",
        "after the surgery i couldnt work for months                | en | surgery",
        "i had surgery in march                                     | en | surgery",
        "i had the surgery in january and i havent been able to work since | en | surgery",
        // where the party is, not what ails them
        "sorry im in a parking garage at the hospital im visiting my sister | en | ''",
        "i work at the hospital                                      | en | ''",
        "ive been at the hospital all week                           | en | hospital",
        "im at the hospital with my mom                              | en | hospital",
        "my son is at the hospital i cant deal with this now         | en | hospital",
        "i guess is this the hospital thing                          | en | ''",
        "the thing is i had surgery in march and couldnt work        | en | surgery",
        "with all this stuff my husband had a stroke                 | en | stroke",
        "she came early and she was in intensive care for a month   | en | intensive care",
        "the baby is in the nicu                                     | en | nicu",
        "is this the intensive care bill                             | en | ''",
        "work has been really intensive this month                   | en | ''",
        "i work in the icu so my hours are crazy                     | en | ''",
        "the doctor found that thing with my heart                   | en | heart",
        "he had a heart attack in may                                | en | heart",
        "my heart goes out to you                                    | en | ''",
        "it was like ten minutes to the hospital                    | en | ''",
        "the ride to the hospital took an hour and then i had surgery | en | surgery",
    })
    void readsIllnessAsAHardshipOnlyWhenItIsNotWhatTheBillIsFor(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.ILLNESS, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "my mom passed three weeks ago                              | en | my mom passed",
        "its been a crazy spring my husband just passed the bar exam | en | ''",
        "my son passed his driving test                             | en | ''",
        "ive done my long past three weeks ago and im behind         | en | past three weeks ago",
        "the bill was for my dog surgery and he passed a week later | en | he passed a week later",
        "we lost my dad in march                                    | en | lost my dad",
        "the past three weeks have been hard                        | en | ''",
        "the payment passed last week                               | en | ''",
        "its sixty days past due                                    | en | ''",
        "fallecio mi esposo en marzo                                | es | fallecio mi",
        "thats from biscuit we had to put him down in february      | en | had to put him down",
        "the vet tried but he didnt make it and then i got laid off | en | he didnt make it",
        "she didnt make it to the appointment                       | en | ''",
        // round 65: the one lost named, then said again
        "my husband gerald he passed that night                     | en | my husband gerald he passed",
        "my son tyler he passed his driving test                    | en | ''",
        "put it down for friday by card                             | en | ''",
    })
    void readsADeathToldOfButNotThePastDueBalance(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.BEREAVEMENT, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "my hours at a warehouse got cut in half back in march       | en | my hours at a warehouse got cut",
        "they cut back my shifts after christmas                     | en | cut back my shifts",
        "i got let go in march                                       | en | i got let go",
        "he lost his contract in the spring                          | en | lost his contract",
        "if my hours get cut ill call you                            | en | ''",
        "when my hours got cut they said it was temporary            | en | ''",
        "they cut the late fees off last time                        | en | ''",
        "i let go of that account years ago                          | en | ''",
        "if they cut my hours ill let you know                       | en | ''",
        "me recortaron las horas en el trabajo                       | es | me recortaron las horas",
        // round 64's second reader: a loss denied, another clause, a cheque, a worry, a date moved
        "my hours have not been cut so i can do the two hundred on friday | en | ''",
        "sorry i was on my shift and the call got dropped              | en | ''",
        "they went by my income and my payment got reduced to fifty    | en | ''",
        "as soon as they cut my commission check ill send it over      | en | ''",
        "im scared of losing my job if you call my work                | en | ''",
        "me corrieron la fecha de pago al viernes                      | es | ''",
        // … and one of theirs, or "I've been"
        "my husband got let go in march                                | en | my husband got let go",
        "ive been let go                                               | en | ive been let go",
        // what is left of the work
        "my hours got caught in december im down to twenty hours a week | en | im down to twenty hours a week",
        "hes only getting two shifts now                               | en | hes only getting two shifts now",
        "im working forty hours a week so friday works                 | en | ''",
        "im down to the last two payments on the car                   | en | ''",
        "like i got laid off three weeks ago                           | en | i got laid off",
    })
    void readsWorkOrPayLostButNotAWorryOrACutInTheBill(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.INCOME_LOST, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "no i paid that back in august                               | en | i paid that",
        "no no i sent the whole thing back in august                 | en | i sent the whole thing",
        "no i pay that when i switched in october                    | en | i pay that when i switched",
        "that mri was paid my insurance covered that                 | en | that mri was paid / insurance covered that",
        "yeah i paid october on the thirtieth                        | en | i paid october",
        "i pay that loan on time for three years                     | en | ''",
        "i paid that loan on time for three years                    | en | ''",
        "i paid it every month until i lost my job                   | en | ''",
        "i pay it friday when i get paid                             | en | ''",
        "my son used my name and he told me he paid it off           | en | ''",
        "can i pay it back in two payments                           | en | ''",
        "could i pay it when i need to                               | en | ''",
        "i pay that in may                                           | en | ''",
        "i paid everything else this month and theres nothing left   | en | ''",
        "does my insurance cover that                                | en | ''",
        "they took it all out the day i got paid                     | en | ''",
        "i sent it may have gone to the old address                  | en | ''",
        "i paid it on time and you still charged a late fee          | en | i paid it",
        "cuando lo pague le aviso                                    | es | ''",
        "i never paid that                                           | en | ''",
        "i havent paid it yet                                        | en | ''",
        "ya lo pague en marzo                                        | es | ya lo pague",
        "mi seguro lo cubrio todo                                    | es | mi seguro lo cubrio",
        "i traded it in and the dealership paid off the loan         | en | dealership paid off the loan",
        "the whole deposit that should have squared it               | en | that should have squared it",
        "does the dealership cover that                              | en | ''",
        "if the dealership paid off the loan i would know            | en | ''",
        "cant my insurance take care of that                         | en | ''",
        "ill just let my insurance take care of it                   | en | ''",
        "the insurance should have covered it but they denied the claim | en | ''",
        "my brother covered everything for the funeral               | en | ''",
        "i pay them at the front desk when i went back for my follow up | en | i pay them at the front desk when i went",
        "i pay that sixty dollars at the front desk the day i cancelled | en | i pay that sixty dollars at the front desk the day i cancelled",
        "the dealer told me when they sold it that it covered everything | en | it covered everything",
        "my insurance paid part it covered everything except the crown | en | ''",
        "okay can i pay it with my card again like the time i called before | en | ''",
        "homestead i pay them off i walked into the store in march   | en | i pay them off i walked",
        "i can pay it off when i get paid                            | en | ''",
        "i paid midwest auto directly in april at their branch       | en | i paid midwest auto directly",
        // "paid" heard "pay", the proof in hand
        "no no that i pay that i pay that in august i have the confirmation somewhere | en | i pay that in august i have the confirmation",
        "i pay it when i have the receipt from the hospital          | en | ''",
        "so i pay that online and then i have the confirmation       | en | ''",
        "no no thats been paid                                       | en | no no thats been paid",
        "i dont think thats been paid yet                            | en | ''",
        "the car loan thats been paid off but this one i still owe   | en | ''",
        "i never had a card with them                                | en | never had a card with",
        "i never had a contract phone before                         | en | ''",
        "its already been paid off                                   | en | its already been paid",
        "the account stays open until thats been paid                | en | ''",
        "no that er thing my insurance paid that i got a letter saying it was covered | en | insurance paid that / letter saying it was covered",
        "that er think my insurance paid it i got a letter saying it was covered | en | letter saying it was covered",
        "i got a letter saying it was past due                      | en | ''",
        // round 45: a month gone by with its year, "paid" heard "pay"; an account the client never had
        "there must be some mistake i pay that long ass and fill in march of twenty twenty four | en | i pay that long ass and fill in march of twenty twenty four",
        "i think i pay that off in the back in december man          | en | i pay that off in the back in december",
        "i pay that off in december                                  | en | ''",
        // round 56: paid in full, "paid" heard "pay", with the month gone by after it
        "i pay them in full back in may the receipts in my email     | en | i pay them in full back in may",
        "i pay them in full in may                                   | en | ''",
        "okay can i pay it in full already i just want this done     | en | ''",
        "if i pay it in full last month would it be removed          | en | ''",
        "i dont have any money in my account at the moment           | en | ''",
        // round 46: "paid" heard "pay", the "already" after it
        "well im sure medicare pay that already they always pay      | en | medicare pay that already",
        "will medicare pay that already                              | en | ''",
        "did medicare pay that already                               | en | ''",
        "does my insurance pay that already                          | en | ''",
        "i dont have a northern gas account that is mine             | en | i dont have a northern gas account that",
        "i dont have a bank account with them                        | en | ''",
        // round 51: all of it, the final bill
        "no no thats wrong i paid a whole final bill when i cancelled | en | i paid a whole final bill",
        "i paid the whole final bill when i moved out                | en | i paid the whole final bill",
        // round 59: a creditor named, then off: answering, or told with when; not another debt of theirs
        "no i paid cash tree off before christmas                    | en | no i paid cash tree off",
        "thats not right i paid capital one off back in march         | en | i paid capital one off back in march",
        "i just paid my car off so money is tight                    | en | ''",
        "i paid my car off last year so i have a little room now     | en | ''",
        "we paid the house off two years ago                         | en | ''",
        "i paid both cards off last month                            | en | ''",
        "if i paid half of it off before friday would you take off the fees | en | ''",
        "i paid all that interest and the balance barely moved       | en | ''",
        // round 63: where it was handed over, "at" heard "up"
        "no i pay that i paid up the front desk on my way out        | en | i paid up the front desk",
        "i paid right at the desk before they let me leave           | en | i paid right at the desk",
        "can i pay at the front desk when i come in                  | en | ''",
        "what if i paid in person at the branch tomorrow would that stop the late fee | en | ''",
        "if i paid at the front desk would that count | en | ''",
        "would it be faster if we paid directly | en | ''",
        // a payment told with "when" counts ("when I paid at the front desk they gave me a receipt"), so this one does too
        "the card got declined when i paid at the register | en | i paid at the register",
        // round 64's second reader: "when" before a payment told as made
        "when i paid at the front desk they gave me a receipt          | en | i paid at the front desk",
    })
    void readsAPaymentToldAsMadeButNotAHistoryOfPaying(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.PAID, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "thats right the visits in may how is the hip now           | en | how is the hip now",
        "im sorry is she okay now                                   | en | is she okay",
        "is your husband doing better                               | en | is your husband doing better",
        "is the fifteenth okay                                      | en | ''",
        "is your card okay with that                                | en | ''",
        "como sigue su esposo                                       | es | como sigue su esposo",
    })
    void readsAQuestionAfterTheirWellbeing(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.CONCERN, said, language));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "youve called me four times this week and im fed up         | en | called me four times this",
        "you people call here every single day                      | en | you people call here every single day",
        "you people call during dinner every single night do you enjoy that | en | you people call during dinner every single night",
        "can you guys call me back every day this week at noon      | en | ''",
        "do you guys call every day if i miss a payment             | en | ''",
        "this is the third call this week                           | en | the third call this week",
        "this is like the fourth all this week                      | en | the fourth all this week",
        "oh great fantastic you people again                        | en | fantastic you people again",
        "ill call you guys again tomorrow when i get paid           | en | ''",
        "yeah you guys again                                        | en | ''",
        "thank you guys again for the help                          | en | ''",
        "do you guys just sit there and dial me all day             | en | dial me all day",
        "can you call me on friday                                  | en | ''",
        "and you people keep calling and calling me                 | en | you people keep calling and calling me",
        "i called you three times last month to pay                 | en | ''",
        "you people told me four times last week four times         | en | you people told me four times last week",
        // the workplace called, told as done; a plea not to is no complaint of it
        "you people called my job again                             | en | people called my job again",
        "someone called my work and left this number                | en | ''",
        "you called me at work yesterday and i missed it            | en | ''",
        "ill pay it on the fifth all of it this week                | en | ''",
        "please dont call my job                                    | en | ''",
        "you cant call my job                                       | en | ''",
        "oh for crying out loud thats so third call this week       | en | so third call this week",
        "they paid me two times last month                          | en | ''",
        "me llaman todos los dias                                   | es | me llaman todos los dias",
    })
    void readsAComplaintOfTooManyCalls(String said, String language, String expected) {
        assertEquals(expected == null ? "" : expected, read(Intent.PESTERED, said, language));
    }

    @ParameterizedTest(name = "''{0}'': {2}")
    @CsvSource(delimiter = '|', value = {
        "your balance with mercy hospital is four hundred dollars   | en | debt: balance; debt: four hundred dollars",
        "she owes on her card                                       | en | debt: owes; debt: on her card",
        "im calling about your account with city power              | en | debt: about your account",
        "we can set up a payment plan today                         | en | debt: we can set up a payment plan",
        "im calling about your down with oak ridge pediatrics       | en | debt: about your down",
        "this is dana from northwind collections                    | en | ''",
        "please have her call dana on five five five one two three four | en | ''",
        "its about a personal business matter                       | en | ''",
        "this is an attempt to collect a debt                       | en | disclosure: attempt to collect a debt",
        "i am a debt collector                                      | en | disclosure: debt collector",
        "we are a collection agency                                 | en | disclosure: a collection agency",
        "were collecting on a debt she owes                         | en | debt: owes; disclosure: collecting on a debt",
        "an attempt to collect a dead and any information obtained will be used for that purpose | en | disclosure: attempt to collect a dead; disclosure: information obtained will be used for that purpose",
        "shes out at the moment this is her husband                 | en | not-the-debtor: shes out; not-the-debtor: this is her husband",
        "no im just the roommate                                    | en | not-the-debtor: im just the roommate",
        "hes not work right now i just a roommate                   | en | not-the-debtor: just a roommate",
        "brian not home im just as roommate                         | en | not-the-debtor: just as roommate",
        "you have the wrong number                                  | en | not-the-debtor: wrong number",
        "he doesnt live here anymore                                | en | not-the-debtor: doesnt live here",
        "my husband handles the bills                               | en | ''",
        "my wife shes in the hospital                               | en | ''",
        "thats my mom shes in the shower                            | en | not-the-debtor: thats my mom; not-the-debtor: shes in the shower",
        // "that's my son's bike" with the "'s" lost: whose bike, not who is speaking
        "oh no thats my son bike for christmas is it gone           | en | ''",
        "thats my wife linda                                        | en | not-the-debtor: thats my wife",
        "thats my husband what is this about                        | en | not-the-debtor: thats my husband",
        // "I'm a debt collector" with its last word misheard: the disclosure starting, no debt talked of
        "i linked up this is ian in the debt like to run this is an attempt to collect a debt | en | disclosure: attempt to collect a debt",
        "okay is he still in the debt management program with us   | en | debt: the debt",
        // round 59: "collector" heard "to run"; a debt-to-income ratio is still the debt
        "this is travis in the debt to run this goal and attempt to collect a debt | en | disclosure: attempt to collect a debt",
        "can you tell her the interest in the debt to date keeps going up | en | debt: the debt",
        "this is renata i'll be with them in a dead selector        | en | disclosure: dead selector",
        "youll love this is jordan                                  | en | right-party: youll love this is jordan",
        "by this is ashley kills this                               | en | right-party: by this is ashley kills this",
        "this is the front desk he is out on the floor right now     | en | not-the-debtor: this is the front desk; not-the-debtor: he is out",
        "im just calling to get your payments set up it was due in august | en | debt: get your payments; debt: it was due",
        "im authorized to take forty percent off to close out whats left | en | debt: take forty percent off",
        "where you still planning to get a payment into us this month | en | debt: get a payment",
        // a message left with someone else
        "tell her we need a payment from her this week              | en | debt: a payment from her",
        "called about the money on her credit card and it really needs to be paid | en | debt: the money on her; debt: needs to be paid",
        "cornerstone collections called about her test do student loan | en | debt: about her test do student loan",
        "im calling from the county debt enforcement office         | en | ''",
        "im calling about an invoice from harbor dental group that still shows open | en | debt: an invoice; debt: still shows open",
        "our office is still open until eight so she can call us back | en | ''",
        "following up on your synchrony account that was transferred to us | en | debt: your synchrony account that",
        "she should be back any minute oh here she is its for you   | en | right-party: here she is; right-party: its for you",
        "hold on he just walked in                                  | en | right-party: he just walked in",
        "oh hang on shes right here cash it for you                 | en | right-party: shes right here",
        "actually shes coming out now michelle                      | en | right-party: shes coming out",
        // round 57: come through the door
        "sure i guess oh wait hes just coming through the door      | en | right-party: hes just coming through the door",
        "shes coming through the door at six tonight                | en | ''",
        "hes coming through the door every night at nine             | en | ''",
        "when he came through the door last night he was drunk       | en | ''",
        "oh wait she just walked through the door                    | en | right-party: she just walked through the door",
        // round 58: a word after it starting with "a" is no "a" ("and")
        "okay wait actually he just got out and hes on the phone     | en | right-party: he just got out",
        "she got back into town last week                            | en | ''",
        "he came home about an hour ago                              | en | ''",
        "ill get her to call you back                               | en | ''",
        "hes back at six                                            | en | ''",
        "nina not here right now im her roommate                    | en | not-the-debtor: nina not here right now; not-the-debtor: im her roommate",
        "im not home right now but i can talk                       | en | ''",
        "actually he just got out jordan phone for you              | en | right-party: he just got out; right-party: jordan phone for you",
        "oh hang on i think she just got shown nine of it for you by this is nine | en | right-party: for you by this is nine",
        "dan it on his break this is carla i work with him want me to grab him | en | not-the-debtor: this is carla i work with him",
        "my brother got me the job i work with him now              | en | ''",
        "she fell behind on her car payments                        | en | debt: fell behind on",
        "oh sorry im her caregiver shes resting right now           | en | not-the-debtor: im her caregiver; not-the-debtor: shes resting",
        "called about the personal loan hes behind on with keystone credit union | en | debt: hes behind on",
        "we noticed we didnt receive your payment from last month   | en | debt: your payment",
        "hi sorry for the hold were behind on calls this morning    | en | ''",
        "when does your payment from unemployment come in          | en | ''",
        "le llamo del despacho de cobranza en nombre de banco azteca | es | disclosure: despacho de cobranza; disclosure: en nombre de",
        "su saldo es de tres mil pesos                              | es | debt: saldo; debt: tres mil pesos",
        "no esta habla su esposa                                    | es | not-the-debtor: no esta; not-the-debtor: habla su esposa",
        "oh wait you mean jordan price im jordan wells his roommate | en | not-the-debtor: im jordan wells his roommate",
        "im calling about his roommate                              | en | ''",
        "im staying with her sister right now                       | en | ''",
        "wrong number this is my phone its mine                     | en | not-the-debtor: wrong number",
        "tyler phone hang on this is tyler                          | en | right-party: phone hang on this is tyler",
        // the disclosure as the recogniser heard it: "a debt collector calling to collect a debt … used for that purpose"
        "this is monica and a dead collects are calling to collect to death and anything youve held me will do you for that purpose | en | disclosure: dead collects; disclosure: anything youve held me will do you for that purpose",
        "it has a balance that collects interest                    | en | debt: balance",
        "i will transfer you for that purpose                       | en | ''",
        // round 45: "one" heard "want"; the arrangement and instalment left with a roommate
        "im calling to collect want from you                        | en | disclosure: calling to collect want",
        "tell her danielle called about the arrangements she made with us since the installment she promised never came in | en | debt: the arrangements she made; debt: the installment she",
        // owning up after posing as someone else
        "okay okay fine its me im brianna                           | en | right-party: its me im",
        // round 61: a name and "here", the whole turn; called to the phone ("holler" heard "holly")
        "yeah gerald finch here                                     | en | right-party: yeah gerald finch here",
        "yeah im here                                               | en | ''",
        "the money is here                                          | en | ''",
        "sure let me holly for him gerald soon                      | en | right-party: let me holly for him",
        "its me her husband                                         | en | ''",
        "hello this is a son                                        | en | ''",
        "no im just a friend of hers                                | en | not-the-debtor: just a friend",
        "no its me who handles the bills for him                    | en | ''",
        // word taken for the one called for; the agent leaving word for them
        "oh right ill give her the message                          | en | not-the-debtor: ill give her the message; call-back-request: give her the message",
        "okay ill leave it on his desk                              | en | not-the-debtor: ill leave it on his desk",
        "grant yeah this is now characters out on a job site today  | en | not-the-debtor: characters out on a job site; right-party: yeah this is now",
        "my husbands out on a job site so money is tight            | en | ''",
        "could you ask her to call owen at eight eight eight        | en | call-back-request: could you ask her to call",
        "yeah sorry i was out on a job site when you called         | en | ''",
        "this is a cousin of his                                    | en | not-the-debtor: this is a cousin of his",
        "do you know when hell be back in the office                | en | call-back-request: when hell be back",
        "is there a good time to reach him                          | en | call-back-request: good time to reach him",
        "ill ask you to call us back by friday                      | en | ''",
        "when will you be back at work                              | en | ''",
        "pidale que me llame al cinco cinco cinco                   | es | call-back-request: pidale que me llame",
        // round 64's second reader: the debtor who won't answer, and words to a spouse
        "good luck he wouldnt pick up the phone for anybody            | en | ''",
        "he doesnt pick up the phone at work                           | en | ''",
        "oh stop it i got it honey its just a call for ethan           | en | ''",
    })
    void readsWhatComplianceListensFor(String said, String language, String expected) {
        List<String> tokens = tokens(said);
        String read = java.util.stream.Stream.of(Intent.DEBT, Intent.DISCLOSURE, Intent.NOT_THE_DEBTOR, Intent.RIGHT_PARTY,
                        Intent.CALL_BACK_REQUEST)
                .flatMap(intent -> intent.find(tokens, language).stream()
                        .map(span -> intent.id() + ": " + String.join(" ", tokens.subList(span.from(), span.to()))))
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, read);
    }
}
