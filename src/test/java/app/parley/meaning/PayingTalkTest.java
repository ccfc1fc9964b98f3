package app.parley.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the clause a day is said in is about, as {@link Dates} marks each day it reads ({@link PayingTalk}). */
class PayingTalkTest {
    /** Each mention as "words=ABOUT". */
    static String read(String said, String language) {
        List<String> tokens = Arrays.asList(said.trim().split("\\s+"));
        return Dates.find(tokens, language, DatesTest.MONDAY).stream()
                .map(m -> m.text() + "=" + m.about())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        // a day taken up to pay
        "en | i can do the two hundred on friday                        | on friday=PAYING",
        "en | two sixty today and two sixty friday                      | today=PAYING; friday=PAYING",
        "en | i can start friday                                        | friday=PAYING",
        "en | honestly ill just do the one thirty five i can do it tomorrow | tomorrow=PAYING",
        "en | yes friday is fine                                        | friday=PAYING",
        "en | thursday the twelfth works                                | thursday the twelfth=PAYING",
        // a day put forward, moved, or asked for is the payment's, said bare or with no word of paying
        "en | actually can we push it to next month                     | next month=PAYING",
        "en | could we push to next month                               | next month=PAYING",
        "en | can we reschedule for the thirtieth                       | the thirtieth=PAYING",
        "en | actually can i do the thirtieth instead                   | the thirtieth=PAYING",
        "en | hmm actually next month would be better for me           | next month=PAYING",
        "en | you know what lets say the thirtieth                      | the thirtieth=PAYING",
        "en | next month i can pay the rest                             | next month=PAYING",
        "en | and the other two thousand dollars in january            | in january=PAYING",
        "en | ill need until the twentieth                              | until the twentieth=PAYING",
        // the debt in other words, getting back about it, a hope: no day taken, no other business either
        "en | let me think about it and call you next week              | next week=UNSAID",
        "en | ill take care of it next month                            | next month=PAYING",
        "en | i was hoping for the end of the month                     | the end of the month=UNSAID",
        "en | i can get the money from my mom next month                | next month=UNSAID",
        "en | we will be caught up next month                           | next month=UNSAID",
        "en | forget friday i start my new job on the thirtieth         | the thirtieth=UNSAID",
        "en | my husband gets back on the twentieth ill pay you after that | the twentieth=UNSAID",
        // another bill, the past: no day taken up; an appointment, a time of day: other business
        "en | i have to pay my rent on friday                           | on friday=UNSAID",
        "en | i already paid on friday                                  | on friday=UNSAID",
        "en | yeah friday i have court                                  | friday=OTHER",
        "en | i can make it to the doctor friday                        | friday=OTHER",
        "en | i have an appointment at two thirty friday                | at two thirty=OTHER; friday=OTHER",
        "en | maybe next month                                          | next month=UNSAID",
        "en | its gonna have to be next month                           | next month=UNSAID",
        "en | actually that wont work for me how about the thirtieth    | the thirtieth=UNSAID",
        // a day of income is none to pay, and no other business either
        "en | i get paid next month                                     | next month=UNSAID",
        "en | they pay me on friday                                     | on friday=UNSAID",
        "en | i get my money friday                                     | friday=UNSAID",
        "en | my check doesnt come until the twentieth                  | until the twentieth=UNSAID",
        "en | friday no                                                 | friday=UNSAID",
        // a day of something else, told with a subject of its own
        "en | i start a new position on june first                      | june first=OTHER",
        "en | someday id like to move back there maybe next year        | someday=OTHER; next year=OTHER",
        "en | next year hes off to college up in flagstaff              | next year=OTHERS",
        "en | ill deal with my taxes later                              | later=OTHER",
        "en | my daughter turns sixteen next month                      | next month=OTHERS",
        "en | friday im working all day                                 | friday=OTHER",
        "en | we can do dinner next week                                | next week=OTHER",
        "en | everyones coming over tomorrow                           | tomorrow=OTHERS",
        // the clause opens at its subject: the payment before it is another clause's
        "en | i can pay two hundred on friday my lease is up in december | on friday=PAYING; in december=OTHERS",
        "es | puedo pagar los doscientos el viernes                     | el viernes=PAYING",
        "es | lo podemos pasar para el mes que viene                    | para el mes que viene=PAYING",
        "es | le transfiero el resto el treinta                         | el treinta=PAYING",
        "es | mejor el mes que viene                                    | el mes que viene=PAYING",
        "es | me van a pagar el viernes                                 | el viernes=UNSAID",
        "es | puedo pagar el viernes pero mi hijo se gradua en diciembre | el viernes=PAYING; en diciembre=OTHERS",
    })
    void aDaysClauseIsAboutPayingSomethingElseOrNeither(String language, String said, String expected) {
        assertEquals(expected.trim(), read(said, language.trim()));
    }
}
