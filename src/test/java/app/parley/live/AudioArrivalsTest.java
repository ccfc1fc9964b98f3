package app.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** When a stream's audio arrived, looked up by call time: the marks are set by hand, no clock. */
class AudioArrivalsTest {

    @Test
    void theAudioOfAMomentArrivedWithTheFirstFrameThatReachedIt() {
        AudioArrivals arrivals = new AudioArrivals();
        arrivals.arrived(0.02, 1_000);
        arrivals.arrived(0.04, 2_000);
        arrivals.arrived(0.06, 3_000);
        assertEquals(OptionalLong.of(1_000), arrivals.arrivalOf(0.0));
        assertEquals(OptionalLong.of(1_000), arrivals.arrivalOf(0.02));
        assertEquals(OptionalLong.of(2_000), arrivals.arrivalOf(0.021));
        assertEquals(OptionalLong.of(1_000), arrivals.arrivalOf(0.0204), "within rounding of the first frame's end");
        assertEquals(OptionalLong.of(3_000), arrivals.arrivalOf(0.06));
        // A word time rounded to the millisecond may end up to half of one past the audio that carried it.
        assertEquals(OptionalLong.of(3_000), arrivals.arrivalOf(0.0604));
    }

    @Test
    void audioNotReceivedYetHasNoArrival() {
        AudioArrivals arrivals = new AudioArrivals();
        assertTrue(arrivals.arrivalOf(0).isEmpty(), "nothing arrived");
        arrivals.arrived(1.0, 5_000);
        assertTrue(arrivals.arrivalOf(1.5).isEmpty());
    }

    @Test
    void aFrameThatAddsNoAudioLeavesTheEarlierMark() {
        AudioArrivals arrivals = new AudioArrivals();
        arrivals.arrived(0.5, 1_000);
        arrivals.arrived(0.5, 9_000);
        assertEquals(OptionalLong.of(1_000), arrivals.arrivalOf(0.5));
    }

    @Test
    void onlyTheLatestMarksAreKeptAndWhatCameBeforeThemIsUnknown() {
        AudioArrivals arrivals = new AudioArrivals(4);
        for (int i = 1; i <= 6; i++) {
            arrivals.arrived(i, i * 100L);
        }
        // Marks 3..6 are kept; mark 2, dropped, had brought the audio up to 2.
        assertTrue(arrivals.arrivalOf(1.5).isEmpty(), "arrived with a mark no longer kept");
        assertTrue(arrivals.arrivalOf(2).isEmpty(), "arrived with a mark no longer kept");
        assertEquals(OptionalLong.of(300), arrivals.arrivalOf(2.5));
        assertEquals(OptionalLong.of(400), arrivals.arrivalOf(3.5));
        assertEquals(OptionalLong.of(600), arrivals.arrivalOf(6));
        // Wrapping around the ring keeps the order.
        arrivals.arrived(7, 700);
        assertEquals(OptionalLong.of(500), arrivals.arrivalOf(4.2));
        assertEquals(OptionalLong.of(700), arrivals.arrivalOf(6.5));
    }
}
