package app.parley.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AudioSocketDecoderTest {
    private static final UUID ID = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");

    /** What the decoder reported, in order. */
    private static final class Recorder implements AudioSocketDecoder.Listener {
        final List<String> events = new ArrayList<>();
        final List<short[]> audio = new ArrayList<>();

        @Override
        public void onUuid(UUID uuid) {
            events.add("uuid " + uuid);
        }

        @Override
        public void onAudio(int sampleRate, short[] samples) {
            events.add("audio " + sampleRate + " " + samples.length);
            audio.add(samples);
        }

        @Override
        public void onDtmf(char digit) {
            events.add("dtmf " + digit);
        }

        @Override
        public void onHangup() {
            events.add("hangup");
        }

        @Override
        public void onPeerError(int code) {
            events.add("error " + code);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static short[] ramp(int count) {
        short[] samples = new short[count];
        for (int i = 0; i < count; i++) {
            samples[i] = (short) (i * 97 - 15000);
        }
        return samples;
    }

    private static byte[] validStream() {
        return concat(AudioSocketFrames.uuid(ID), AudioSocketFrames.audio(8000, ramp(160), 0, 160),
                new byte[] {0x03, 0, 1, '7'}, AudioSocketFrames.audio(16000, ramp(320), 0, 320),
                AudioSocketFrames.hangup());
    }

    @Test
    void decodesAWholeStream() throws Exception {
        Recorder recorder = new Recorder();
        AudioSocketDecoder decoder = new AudioSocketDecoder(recorder);
        decoder.feed(validStream());
        decoder.finish();
        assertEquals(List.of("uuid " + ID, "audio 8000 160", "dtmf 7", "audio 16000 320", "hangup"), recorder.events);
        assertArrayEquals(ramp(160), recorder.audio.get(0));
        assertArrayEquals(ramp(320), recorder.audio.get(1));
    }

    @Test
    void decodesTheSameWhateverTheChunking() throws Exception {
        byte[] stream = validStream();
        Recorder whole = new Recorder();
        new AudioSocketDecoder(whole).feed(stream);
        for (int chunk = 1; chunk <= 7; chunk++) {
            Recorder recorder = new Recorder();
            AudioSocketDecoder decoder = new AudioSocketDecoder(recorder);
            for (int from = 0; from < stream.length; from += chunk) {
                decoder.feed(stream, from, Math.min(chunk, stream.length - from));
            }
            decoder.finish();
            assertEquals(whole.events, recorder.events, "chunks of " + chunk + " bytes");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18})
    void acceptsEveryAudioRate(int code) throws Exception {
        FrameKind kind = FrameKind.of(code);
        Recorder recorder = new Recorder();
        AudioSocketDecoder decoder = new AudioSocketDecoder(recorder);
        int samples = kind.sampleRate() / 50;
        decoder.feed(concat(AudioSocketFrames.uuid(ID), AudioSocketFrames.audio(kind.sampleRate(), ramp(samples), 0, samples)));
        assertEquals("audio " + kind.sampleRate() + " " + samples, recorder.events.get(1));
    }

    @Test
    void aCloseBetweenFramesEndsTheStreamCleanly() throws Exception {
        Recorder recorder = new Recorder();
        AudioSocketDecoder decoder = new AudioSocketDecoder(recorder);
        decoder.feed(concat(AudioSocketFrames.uuid(ID), AudioSocketFrames.audio(8000, ramp(160), 0, 160)));
        decoder.finish();
        assertEquals(2, recorder.events.size());
    }

    @Test
    void zeroLengthHangupIsAFrameOfItsOwn() throws Exception {
        Recorder recorder = new Recorder();
        AudioSocketDecoder decoder = new AudioSocketDecoder(recorder);
        decoder.feed(concat(AudioSocketFrames.uuid(ID), new byte[] {0x00, 0x00}));
        assertEquals(List.of("uuid " + ID), recorder.events);
        decoder.feed(new byte[] {0x00});
        assertEquals(List.of("uuid " + ID, "hangup"), recorder.events);
    }

    @Test
    void truncatedFrameNamesItsOffset() throws Exception {
        Recorder recorder = new Recorder();
        AudioSocketDecoder decoder = new AudioSocketDecoder(recorder);
        byte[] audio = AudioSocketFrames.audio(8000, ramp(160), 0, 160);
        decoder.feed(concat(AudioSocketFrames.uuid(ID), java.util.Arrays.copyOf(audio, 100)));
        FrameException e = assertThrows(FrameException.class, decoder::finish);
        assertEquals(19, e.offset());
        assertTrue(e.getMessage().contains("truncated frame"), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset 19"), e.getMessage());
        assertEquals(List.of("uuid " + ID), recorder.events, "the partial frame is not delivered");
    }

    @Test
    void oversizedAudioFrameIsRejectedFromItsHeader() throws Exception {
        AudioSocketDecoder decoder = new AudioSocketDecoder(new Recorder());
        decoder.feed(AudioSocketFrames.uuid(ID));
        FrameException e = assertThrows(FrameException.class, () -> decoder.feed(new byte[] {0x10, (byte) 0xff, (byte) 0xff}));
        assertEquals(19, e.offset());
        assertTrue(e.getMessage().contains("oversized audio frame: 65535 bytes"), e.getMessage());
    }

    @Test
    void unknownKindIsRejected() throws Exception {
        AudioSocketDecoder decoder = new AudioSocketDecoder(new Recorder());
        decoder.feed(AudioSocketFrames.uuid(ID));
        decoder.feed(AudioSocketFrames.audio(8000, ramp(160), 0, 160));
        FrameException e = assertThrows(FrameException.class, () -> decoder.feed(new byte[] {0x42, 0, 2, 1, 2}));
        assertEquals(19 + 3 + 320, e.offset());
        assertTrue(e.getMessage().startsWith("unknown frame kind 0x42"), e.getMessage());
    }

    @Test
    void audioBeforeTheUuidIsRejected() {
        AudioSocketDecoder decoder = new AudioSocketDecoder(new Recorder());
        FrameException e = assertThrows(FrameException.class,
                () -> decoder.feed(AudioSocketFrames.audio(8000, ramp(160), 0, 160)));
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("before the UUID frame"), e.getMessage());
    }

    @Test
    void aRejectedStreamReportsNothingMoreWhenItCloses() throws Exception {
        Recorder recorder = new Recorder();
        AudioSocketDecoder decoder = new AudioSocketDecoder(recorder);
        decoder.feed(AudioSocketFrames.uuid(ID));
        assertThrows(FrameException.class, () -> decoder.feed(new byte[] {0x42, 0, 9, 1}));
        decoder.feed(AudioSocketFrames.audio(8000, ramp(160), 0, 160));
        decoder.finish();
        assertEquals(List.of("uuid " + ID), recorder.events);
    }

    @Test
    void uuidOfTheWrongLengthIsRejected() {
        AudioSocketDecoder decoder = new AudioSocketDecoder(new Recorder());
        FrameException e = assertThrows(FrameException.class, () -> decoder.feed(new byte[] {0x01, 0, 4, 1, 2, 3, 4}));
        assertTrue(e.getMessage().contains("UUID frame of 4 bytes, expected 16"), e.getMessage());
    }

    @Test
    void aSecondUuidIsRejected() throws Exception {
        AudioSocketDecoder decoder = new AudioSocketDecoder(new Recorder());
        decoder.feed(AudioSocketFrames.uuid(ID));
        FrameException e = assertThrows(FrameException.class, () -> decoder.feed(AudioSocketFrames.uuid(ID)));
        assertEquals(19, e.offset());
    }

    @Test
    void oddLengthAudioIsRejected() throws Exception {
        AudioSocketDecoder decoder = new AudioSocketDecoder(new Recorder());
        decoder.feed(AudioSocketFrames.uuid(ID));
        FrameException e = assertThrows(FrameException.class, () -> decoder.feed(new byte[] {0x10, 0, 3, 1, 2, 3}));
        assertTrue(e.getMessage().contains("not whole 16-bit samples"), e.getMessage());
    }

    @Test
    void peerErrorEndsTheStream() throws Exception {
        Recorder recorder = new Recorder();
        AudioSocketDecoder decoder = new AudioSocketDecoder(recorder);
        decoder.feed(concat(AudioSocketFrames.uuid(ID), new byte[] {(byte) 0xff, 0, 1, 0x04},
                AudioSocketFrames.audio(8000, ramp(160), 0, 160)));
        assertEquals(List.of("uuid " + ID, "error 4"), recorder.events, "nothing after the error frame");
    }
}
