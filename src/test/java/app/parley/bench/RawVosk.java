package app.parley.bench;

import app.parley.audio.PcmAudio;
import app.parley.audio.Resampler;
import app.parley.speech.SpeechModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * The reference the speech benchmarks print beside Parley's figures: Vosk's own recogniser, fed
 * a leg's audio in 0.1 s chunks on the calling thread, with nothing of Parley around it.
 */
final class RawVosk {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawVosk() {
    }

    /** The leg's words as a fresh recogniser hears them, every result joined. */
    static String decode(Model model, PcmAudio audio) throws IOException {
        short[] samples = to16k(audio);
        StringBuilder text = new StringBuilder();
        try (Recognizer recognizer = new Recognizer(model, SpeechModel.SAMPLE_RATE)) {
            int chunk = SpeechModel.SAMPLE_RATE / 10;
            for (int from = 0; from < samples.length; from += chunk) {
                int n = Math.min(chunk, samples.length - from);
                short[] part = Arrays.copyOfRange(samples, from, from + n);
                if (recognizer.acceptWaveForm(part, n)) {
                    text.append(' ').append(field(recognizer.getResult()));
                }
            }
            text.append(' ').append(field(recognizer.getFinalResult()));
        }
        return text.toString().trim();
    }

    /** The leg at 16 kHz, through the resampler the live path uses. */
    static short[] to16k(PcmAudio audio) {
        if (audio.sampleRate() == SpeechModel.SAMPLE_RATE) {
            return audio.samples();
        }
        return new Resampler(audio.sampleRate(), SpeechModel.SAMPLE_RATE).process(audio.samples());
    }

    private static String field(String json) throws IOException {
        return JSON.readTree(json).path("text").asText("");
    }
}
