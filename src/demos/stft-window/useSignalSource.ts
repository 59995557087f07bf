import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePlayback } from '../shared/playback';
import type { ParamValues } from '../params';
import { AudioError, decodeAudioFile, MicError, startMicrophone, type MicCapture } from './audio';
import { builtIn, DEFAULT_SIGNAL } from './caches';
import type { BuiltInSignal, SignalKind, StftParams } from './settings';
import { SAMPLE_RATE_HZ } from './signal';
import type { StftText } from './text';

const MIC_REFRESH_MS = 100;

export interface CustomSignal {
  kind: 'file' | 'mic';
  name: string;
  samples: Float32Array;
  sampleRateHz: number;
  cut: boolean;
  live: boolean;
}

export type Message = { kind: 'decoding'; name: string; bytes: number } | { kind: 'error'; text: string } | null;

interface SignalSourceOptions {
  chosenSignal: SignalKind;
  text: StftText;
  setParams: (changes: Partial<ParamValues<StftParams>>) => void;
  setLinkNote: ((note: string | null) => void) | undefined;
  /** setParams for the reader's own changes (timed) */
  change: (changes: Partial<ParamValues<StftParams>>) => void;
}

/**
 * The signal shown: a built-in one, the reader's file or the microphone; its playback and
 * playhead; what a copied link says about it.
 */
export function useSignalSource({ chosenSignal, text, setParams, setLinkNote, change }: SignalSourceOptions) {
  const [custom, setCustom] = useState<CustomSignal | null>(null);
  const [message, setMessage] = useState<Message>(null);
  // A link cannot carry a file or a recording: one that names them opens on the default signal.
  const [linkFallback, setLinkFallback] = useState(() => chosenSignal === 'file' || chosenSignal === 'mic');
  const [micError, setMicError] = useState<string | null>(null);
  const micRef = useRef<MicCapture | null>(null);
  const requestRef = useRef(0);

  const fallBack = linkFallback && (chosenSignal === 'file' || chosenSignal === 'mic') && !custom;
  useEffect(() => {
    // and the address says so too, so that copying it gives the setting shown
    if (fallBack) setParams({ signal: DEFAULT_SIGNAL });
  }, [fallBack, setParams]);

  const kind: SignalKind = (chosenSignal === 'file' || chosenSignal === 'mic') && custom?.kind !== chosenSignal ? DEFAULT_SIGNAL : chosenSignal;
  const source = kind === 'file' || kind === 'mic' ? custom! : null;
  const samples = useMemo(() => (source ? source.samples : builtIn(kind as BuiltInSignal)), [source, kind]);
  const sampleRateHz = source ? source.sampleRateHz : SAMPLE_RATE_HZ;
  const durationSec = samples.length / sampleRateHz;
  const signalPhrase = source ? (source.kind === 'file' ? text.filePhrase(source.name) : text.signalPhrase.mic) : text.signalPhrase[kind];

  const player = usePlayback<'signal'>();
  // the playhead follows the sound once per animation frame while it plays
  const [followedSec, setFollowedSec] = useState<number | null>(null);
  const playing = player.playing !== null;
  const playheadSec = playing ? followedSec : null;
  const position = player.position;
  useEffect(() => {
    if (!playing) return;
    let handle = 0;
    const follow = () => {
      setFollowedSec(position());
      handle = requestAnimationFrame(follow);
    };
    handle = requestAnimationFrame(follow);
    return () => cancelAnimationFrame(handle);
  }, [playing, position]);

  // a copied link carries settings only: the reader's own file or recording stays on the device
  const customKind = source?.kind ?? null;
  useEffect(() => {
    setLinkNote?.(customKind ? text.copiedNote(customKind) : null);
  }, [setLinkNote, customKind, text]);
  useEffect(() => () => setLinkNote?.(null), [setLinkNote]);

  const stopMic = useCallback(() => {
    micRef.current?.stop();
    micRef.current = null;
    setCustom((current) => (current?.kind === 'mic' ? { ...current, live: false } : current));
  }, []);
  useEffect(() => () => micRef.current?.stop(), []);

  const chooseSignal = (next: SignalKind) => {
    if (next !== 'mic' && micRef.current) stopMic();
    player.stop();
    setLinkFallback(false);
    change({ signal: next });
  };

  const openFile = async (file: File) => {
    const request = ++requestRef.current;
    if (micRef.current) stopMic();
    player.stop();
    setMicError(null);
    setMessage({ kind: 'decoding', name: file.name, bytes: file.size });
    try {
      const decoded = await decodeAudioFile(file);
      if (request !== requestRef.current) return;
      setCustom({ kind: 'file', name: file.name, samples: decoded.samples, sampleRateHz: decoded.sampleRateHz, cut: decoded.cut, live: false });
      setMessage(null);
      setLinkFallback(false);
      change({ signal: 'file' });
    } catch (error) {
      if (request !== requestRef.current) return;
      setMessage({ kind: 'error', text: text.decodeError(file.name, error instanceof AudioError ? error.code : 'decode') });
    }
  };

  const toggleMic = async () => {
    if (micRef.current) {
      stopMic();
      return;
    }
    setMicError(null);
    player.stop();
    try {
      const capture = await startMicrophone();
      micRef.current = capture;
      setCustom({ kind: 'mic', name: 'mic', samples: capture.snapshot(), sampleRateHz: capture.sampleRateHz, cut: false, live: true });
      setLinkFallback(false);
      change({ signal: 'mic' });
    } catch (error) {
      setMicError(text.micError(error instanceof MicError ? error.code : 'failed'));
    }
  };

  const live = custom?.kind === 'mic' && custom.live && kind === 'mic';
  useEffect(() => {
    if (!live) return;
    const timer = window.setInterval(() => {
      const capture = micRef.current;
      if (capture) setCustom((current) => (current?.kind === 'mic' && current.live ? { ...current, samples: capture.snapshot() } : current));
    }, MIC_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [live]);

  return {
    custom,
    message,
    linkFallback,
    micError,
    kind,
    source,
    samples,
    sampleRateHz,
    durationSec,
    signalPhrase,
    player,
    playheadSec,
    chooseSignal,
    openFile,
    toggleMic,
    live,
  };
}

export type SignalSource = ReturnType<typeof useSignalSource>;
