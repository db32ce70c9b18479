// Saying it instead of typing it, on Android: only the recogniser that runs on the phone
// (`SpeechRecognizer.createOnDeviceSpeechRecognizer`, Android 12+), never the default one, which
// may send audio to a server. Below Android 12, or where no on-device model is installed for the
// language, `onDeviceRecognitionLocale` answers null and the core shows no microphone.
//
// RECORD_AUDIO is asked for only when he taps the microphone. When he chose to keep the recording
// (Android 13+), the app records the microphone itself and feeds the same audio to the recogniser
// (`EXTRA_AUDIO_SOURCE`), so the recording and the words are one take; it is handed to the core
// as 16 kHz mono WAV and kept nowhere else.
package app.groundwork.android.platform

import android.Manifest
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.media.AudioFormat
import android.media.AudioRecord
import android.media.MediaPlayer
import android.media.MediaRecorder
import android.os.Build
import android.os.Bundle
import android.os.Handler
import android.os.Looper
import android.os.ParcelFileDescriptor
import android.speech.RecognitionListener
import android.speech.RecognizerIntent
import android.speech.SpeechRecognizer
import androidx.core.content.ContextCompat
import app.groundwork.android.MainActivity
import app.groundwork.presentation.DictationEvents
import app.groundwork.presentation.SpeechPlatform
import java.io.ByteArrayOutputStream
import java.io.File
import java.nio.ByteBuffer
import java.nio.ByteOrder
import java.util.Locale

class OnDeviceDictation(
    private val context: Context,
    /** The activity on screen (the permission prompt needs one). */
    private val activity: () -> MainActivity?,
) : SpeechPlatform {
    private val main = Handler(Looper.getMainLooper())
    private var recognizer: SpeechRecognizer? = null
    private var take: Take? = null
    private var player: MediaPlayer? = null

    override fun onDeviceRecognitionLocale(): String? {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S) return null
        if (!SpeechRecognizer.isOnDeviceRecognitionAvailable(context)) return null
        return Locale.getDefault().toLanguageTag()
    }

    override fun startDictation(locale: String, keepAudio: Boolean, events: DictationEvents) {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S) return events.failed()
        val granted = ContextCompat.checkSelfPermission(context, Manifest.permission.RECORD_AUDIO) ==
            PackageManager.PERMISSION_GRANTED
        if (granted) {
            main.post { listen(locale, keepAudio, events) }
            return
        }
        val shown = activity() ?: return events.failed()
        shown.askForMicrophone { allowed ->
            if (allowed) main.post { listen(locale, keepAudio, events) } else events.failed()
        }
    }

    override fun stopDictation() {
        main.post {
            recognizer?.stopListening()
            take?.finish()
        }
    }

    override fun playRecording(codec: String, audio: ByteArray) {
        main.post {
            player?.release()
            // MediaPlayer reads from a file: a private one in the cache, deleted when it is done.
            val file = File.createTempFile("play", null, context.cacheDir).apply { writeBytes(audio) }
            player = MediaPlayer().apply {
                setDataSource(file.path)
                setOnCompletionListener { release(); file.delete(); player = null }
                prepare()
                start()
            }
        }
    }

    private fun listen(locale: String, keepAudio: Boolean, events: DictationEvents) {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S) return events.failed()
        recognizer?.destroy()
        val speech = SpeechRecognizer.createOnDeviceSpeechRecognizer(context)
        recognizer = speech
        val intent = Intent(RecognizerIntent.ACTION_RECOGNIZE_SPEECH)
            .putExtra(RecognizerIntent.EXTRA_LANGUAGE_MODEL, RecognizerIntent.LANGUAGE_MODEL_FREE_FORM)
            .putExtra(RecognizerIntent.EXTRA_LANGUAGE, locale)
            .putExtra(RecognizerIntent.EXTRA_PARTIAL_RESULTS, true)
            .putExtra(RecognizerIntent.EXTRA_PREFER_OFFLINE, true)
        take = if (keepAudio && Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            Take.start(intent, events)
        } else {
            null
        }
        speech.setRecognitionListener(Listener(events))
        speech.startListening(intent)
    }

    private inner class Listener(private val events: DictationEvents) : RecognitionListener {
        private fun words(results: Bundle?): String =
            results?.getStringArrayList(SpeechRecognizer.RESULTS_RECOGNITION)?.firstOrNull().orEmpty()

        override fun onPartialResults(partialResults: Bundle?) = events.heard(words(partialResults), false)

        override fun onResults(results: Bundle?) {
            take?.finish()
            events.heard(words(results), true)
            take?.handOver()
            take = null
        }

        override fun onError(error: Int) {
            take?.finish()
            take = null
            events.failed()
        }

        override fun onReadyForSpeech(params: Bundle?) = Unit
        override fun onBeginningOfSpeech() = Unit
        override fun onRmsChanged(rmsdB: Float) = Unit
        override fun onBufferReceived(buffer: ByteArray?) = Unit
        override fun onEndOfSpeech() = Unit
        override fun onEvent(eventType: Int, params: Bundle?) = Unit
    }

    /** One recording fed to the recogniser and kept in memory until it is handed to the core. */
    private class Take(private val record: AudioRecord, private val events: DictationEvents) {
        private val pcm = ByteArrayOutputStream()
        private var pipe: ParcelFileDescriptor.AutoCloseOutputStream? = null
        @Volatile private var running = true
        private var thread: Thread? = null

        fun finish() {
            running = false
            thread?.join()
            thread = null
        }

        fun handOver() {
            val wav = wav(pcm.toByteArray())
            val ms = pcm.size().toLong() * 1000 / (RATE * 2)
            pcm.reset()
            if (ms > 0) events.recorded("audio/wav", ms, wav)
        }

        companion object {
            const val RATE = 16_000

            fun start(intent: Intent, events: DictationEvents): Take? = try {
                val size = AudioRecord.getMinBufferSize(RATE, AudioFormat.CHANNEL_IN_MONO, AudioFormat.ENCODING_PCM_16BIT)
                @Suppress("MissingPermission") // Asked for before listening starts.
                val record = AudioRecord(MediaRecorder.AudioSource.VOICE_RECOGNITION, RATE, AudioFormat.CHANNEL_IN_MONO, AudioFormat.ENCODING_PCM_16BIT, size * 2)
                val (read, write) = ParcelFileDescriptor.createPipe()
                intent.putExtra(RecognizerIntent.EXTRA_AUDIO_SOURCE, read)
                    .putExtra(RecognizerIntent.EXTRA_AUDIO_SOURCE_CHANNEL_COUNT, 1)
                    .putExtra(RecognizerIntent.EXTRA_AUDIO_SOURCE_ENCODING, AudioFormat.ENCODING_PCM_16BIT)
                    .putExtra(RecognizerIntent.EXTRA_AUDIO_SOURCE_SAMPLING_RATE, RATE)
                Take(record, events).also { take ->
                    take.pipe = ParcelFileDescriptor.AutoCloseOutputStream(write)
                    record.startRecording()
                    take.thread = Thread { take.pump(size) }.apply { start() }
                }
            } catch (_: Exception) {
                null
            }
        }

        private fun pump(size: Int) {
            val buffer = ByteArray(size)
            try {
                while (running) {
                    val n = record.read(buffer, 0, buffer.size)
                    if (n <= 0) continue
                    pcm.write(buffer, 0, n)
                    pipe?.write(buffer, 0, n)
                }
            } catch (_: Exception) {
                // The recogniser closed its end: the recording stops with it.
            } finally {
                record.stop()
                record.release()
                runCatching { pipe?.close() }
            }
        }

        private fun wav(data: ByteArray): ByteArray {
            val header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN).apply {
                put("RIFF".toByteArray()); putInt(36 + data.size); put("WAVE".toByteArray())
                put("fmt ".toByteArray()); putInt(16); putShort(1); putShort(1); putInt(RATE); putInt(RATE * 2)
                putShort(2); putShort(16); put("data".toByteArray()); putInt(data.size)
            }
            return header.array() + data
        }
    }
}
