/**
 * The explorer's Web Audio input: decoding a picked file and listening to the microphone.
 * Everything stays in the page (no upload, no network).
 */
import { firstSeconds, mixToMono, readWavLayout, wavPrefix } from './explorer';

/** Files and recordings are analysed at the lecture's speech rate. */
export const ANALYSIS_RATE_HZ = 16_000;
/** At most this much of a file is shown: longer ones are cut, and the demo says so. */
export const MAX_FILE_SEC = 30;
/** Of a compressed file at most this many bytes are decoded (≥ 30 s at 320 kbit/s), so a 2-hour file never has to fit in memory whole. */
export const MAX_COMPRESSED_BYTES = 4 * 1024 * 1024;
/** The microphone view keeps the last this-many seconds. */
export const MIC_SECONDS = 4;

export interface DecodedAudio {
  samples: Float32Array;
  sampleRateHz: number;
  /** the file held more than was decoded or shown */
  cut: boolean;
}

export type AudioErrorCode = 'unsupported' | 'empty' | 'decode';

export class AudioError extends Error {
  constructor(
    readonly code: AudioErrorCode,
    detail = '',
  ) {
    super(detail || code);
  }
}

type OfflineContextConstructor = new (channels: number, length: number, sampleRate: number) => OfflineAudioContext;

function offlineContext(): OfflineContextConstructor | undefined {
  const scope = globalThis as unknown as { OfflineAudioContext?: OfflineContextConstructor; webkitOfflineAudioContext?: OfflineContextConstructor };
  return scope.OfflineAudioContext ?? scope.webkitOfflineAudioContext;
}

/**
 * Decodes the start of a file with decodeAudioData (which runs off the main thread), resampled to
 * 16 kHz and mixed to mono, cut to the first 30 s. Of a WAV file only the bytes of those 30 s
 * are read (its header is patched); of another format at most 4 MB.
 */
export async function decodeAudioFile(file: Blob): Promise<DecodedAudio> {
  const Context = offlineContext();
  if (!Context) throw new AudioError('unsupported');
  if (file.size === 0) throw new AudioError('empty');
  const head = await file.slice(0, 64 * 1024).arrayBuffer();
  const layout = readWavLayout(head);
  let bytes: ArrayBuffer;
  let cut = false;
  if (layout) {
    const prefix = wavPrefix(layout, MAX_FILE_SEC);
    bytes = prefix.patch(await file.slice(0, prefix.bytes).arrayBuffer());
    cut = prefix.cut;
  } else {
    cut = file.size > MAX_COMPRESSED_BYTES;
    bytes = await file.slice(0, MAX_COMPRESSED_BYTES).arrayBuffer();
  }
  let decoded: AudioBuffer;
  try {
    decoded = await new Context(1, 1, ANALYSIS_RATE_HZ).decodeAudioData(bytes);
  } catch (error) {
    throw new AudioError('decode', error instanceof Error ? error.message : String(error));
  }
  const channels = Array.from({ length: decoded.numberOfChannels }, (_, c) => decoded.getChannelData(c));
  const mono = mixToMono(channels);
  if (mono.length === 0) throw new AudioError('empty');
  const first = firstSeconds(mono, decoded.sampleRate, MAX_FILE_SEC);
  // copy: the view would keep the whole decoded buffer alive
  return { samples: first.cut ? first.samples.slice() : first.samples, sampleRateHz: decoded.sampleRate, cut: cut || first.cut };
}

export type MicErrorCode = 'unsupported' | 'denied' | 'missing' | 'busy' | 'failed';

export class MicError extends Error {
  constructor(
    readonly code: MicErrorCode,
    detail = '',
  ) {
    super(detail || code);
  }
}

export interface MicCapture {
  readonly sampleRateHz: number;
  /** the last MIC_SECONDS seconds, oldest first (zeros before the recording started) */
  snapshot(): Float32Array;
  stop(): void;
}

function micError(error: unknown): MicError {
  const name = error instanceof Error || (typeof error === 'object' && error && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return new MicError('denied');
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return new MicError('missing');
  if (name === 'NotReadableError' || name === 'AbortError') return new MicError('busy');
  return new MicError('failed', error instanceof Error ? error.message : String(error));
}

/**
 * Starts listening: an AnalyserNode's time-domain buffer is polled and the samples that arrived
 * since the last poll (counted from the context's clock) go into a ring of the last few seconds.
 * A 16 kHz context where the browser allows it with a microphone, else the device's own rate.
 */
export async function startMicrophone(): Promise<MicCapture> {
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!media?.getUserMedia || typeof AudioContext !== 'function') throw new MicError('unsupported');
  let stream: MediaStream;
  try {
    stream = await media.getUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } });
  } catch (error) {
    throw micError(error);
  }
  let context: AudioContext;
  let source: MediaStreamAudioSourceNode;
  try {
    context = new AudioContext({ sampleRate: ANALYSIS_RATE_HZ });
    source = context.createMediaStreamSource(stream);
  } catch {
    // Firefox cannot connect a microphone to a context at another rate
    context = new AudioContext();
    source = context.createMediaStreamSource(stream);
  }
  const analyser = context.createAnalyser();
  analyser.fftSize = 32768;
  source.connect(analyser);
  void context.resume();
  const sampleRateHz = context.sampleRate;
  const ring = new Float32Array(Math.round(MIC_SECONDS * sampleRateHz));
  const latest = new Float32Array(analyser.fftSize);
  let written = 0;
  let lastTime = context.currentTime;
  return {
    sampleRateHz,
    snapshot() {
      const now = context.currentTime;
      const arrived = Math.min(latest.length, Math.max(0, Math.round((now - lastTime) * sampleRateHz)));
      lastTime = now;
      if (arrived > 0) {
        analyser.getFloatTimeDomainData(latest);
        for (let i = latest.length - arrived; i < latest.length; i++) ring[written++ % ring.length] = latest[i]!;
      }
      const out = new Float32Array(ring.length);
      const start = written % ring.length;
      out.set(ring.subarray(start), 0);
      out.set(ring.subarray(0, start), ring.length - start);
      return out;
    },
    stop() {
      for (const track of stream.getTracks()) track.stop();
      source.disconnect();
      void context.close();
    },
  };
}
