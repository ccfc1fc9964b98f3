package app.parley.live;

import app.parley.audio.WavRecorder;
import app.parley.call.Speaker;
import app.parley.redaction.RedactedSpan;
import app.parley.speech.SpeechModel;
import app.parley.store.Recordings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One party's recording of a call. Opened on the first audio, written by the party's stream
 * decoders (one at a time, but a reconnected stream's decoder may follow on another thread),
 * silenced and closed by the store writer. A failure is logged once and the recording given
 * up: losing it must not cost the transcript. A recording that cannot be silenced where
 * payment data was said is deleted: better none than one that keeps the card number.
 */
final class PartyRecording {
    private static final Logger LOG = LoggerFactory.getLogger(PartyRecording.class);

    private final Recordings recordings;
    private final String callId;
    private final Speaker speaker;
    /** Stretches to silence, including those silenced before the file was opened. */
    private final List<RedactedSpan> silenced;
    private WavRecorder recorder;
    private boolean failed;

    PartyRecording(Recordings recordings, String callId, Speaker speaker, List<RedactedSpan> silencedSoFar) {
        this.recordings = recordings;
        this.callId = callId;
        this.speaker = speaker;
        this.silenced = new ArrayList<>(silencedSoFar);
    }

    synchronized void silence(RedactedSpan span) {
        silenced.add(span);
        if (recorder == null) {
            return; // silenced when it opens
        }
        try {
            silenceIn(recorder, span);
        } catch (IOException e) {
            unsilenced(e);
        }
    }

    private static void silenceIn(WavRecorder recorder, RedactedSpan span) throws IOException {
        recorder.silence(span.start() - RedactedSpan.SILENCE_PADDING_S, span.end() + RedactedSpan.SILENCE_PADDING_S);
    }

    private void unsilenced(IOException e) {
        failed = true;
        LOG.error("call {}: {} recording could not be silenced where payment data was said, so it is deleted: {}",
                callId, speaker.id(), e.getMessage());
        try (WavRecorder broken = recorder) {
            recorder = null;
        } catch (IOException alsoBroken) {
            // Deleted all the same.
        }
        try {
            java.nio.file.Files.deleteIfExists(recordings.file(callId, speaker));
        } catch (IOException lost) {
            LOG.error("call {}: {} recording not deleted: {}", callId, speaker.id(), lost.getMessage());
        }
    }

    synchronized void write(double atSeconds, short[] pcm16k) {
        if (failed) {
            return;
        }
        try {
            if (recorder == null) {
                recorder = new WavRecorder(recordings.file(callId, speaker), SpeechModel.SAMPLE_RATE);
                for (RedactedSpan span : silenced) {
                    silenceIn(recorder, span);
                }
            }
            recorder.write(atSeconds, pcm16k);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // The call came back after it had ended: keep what was recorded the first time.
            failed = true;
            LOG.warn("call {}: {} is recorded already; the rest is not recorded", callId, speaker.id());
        } catch (IOException e) {
            failed = true;
            LOG.error("call {}: {} recording stopped: {}", callId, speaker.id(), e.getMessage());
        }
    }

    synchronized void close() {
        if (recorder == null) {
            return;
        }
        try {
            recorder.close();
        } catch (IOException e) {
            LOG.error("call {}: {} recording not finished: {}", callId, speaker.id(), e.getMessage());
        }
        recorder = null;
        failed = true;
    }
}
