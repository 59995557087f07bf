import { useId } from 'react';
import { Select } from '../shared/Choice';
import { MIC_SECONDS } from './audio';
import { BUILT_IN_SIGNALS, type SignalKind } from './settings';
import type { StftText } from './text';
import type { SignalSource } from './useSignalSource';

/** The built-in signals peak at 0.5–1: played at a comfortable level, never clipping. */
const PLAYBACK_GAIN = 0.7;

interface SignalPanelProps {
  text: StftText;
  signal: SignalSource;
  silent: boolean;
  frames: number;
  frameSamples: number;
}

/** Choosing the signal (built in, a file, the microphone), playing it, and what is said about it. */
export function SignalPanel({ text, signal, silent, frames, frameSamples }: SignalPanelProps) {
  const { custom, message, linkFallback, micError, kind, source, samples, sampleRateHz, durationSec, player, chooseSignal, openFile, toggleMic, live } = signal;
  const signalOptions: SignalKind[] = [...BUILT_IN_SIGNALS];
  if (custom?.kind === 'file') signalOptions.push('file');
  if (custom?.kind === 'mic') signalOptions.push('mic');
  const signalLabels: Record<SignalKind, string> = {
    ...text.signalName,
    file: custom?.kind === 'file' ? text.fileLabel(custom.name) : text.signalName.file,
    mic: text.micLabel(live),
  };
  const fileInput = useId();

  return (
    <>
      <div className="demo-controls">
        <Select legend={text.signal} options={signalOptions} labels={signalLabels} value={kind} onChange={chooseSignal} />
        <div className="demo-control">
          <label htmlFor={fileInput}>{text.openFile}</label>
          <input
            id={fileInput}
            type="file"
            accept="audio/*,.wav,.mp3,.ogg,.oga,.flac,.m4a"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void openFile(file);
              event.target.value = '';
            }}
          />
        </div>
        <div className="demo-control" style={{ minWidth: 0, flexDirection: 'row', flexWrap: 'wrap', alignItems: 'flex-end', gap: '0.5rem' }}>
          <button type="button" className="demo-button" aria-pressed={live} onClick={() => void toggleMic()}>
            {live ? text.micStop : text.micStart}
          </button>
          <button
            type="button"
            className="demo-button"
            disabled={!player.supported || live || silent}
            onClick={() => (player.playing ? player.stop() : player.play('signal', samples, sampleRateHz, PLAYBACK_GAIN))}
          >
            {player.playing ? text.stop : text.play}
          </button>
        </div>
      </div>

      {linkFallback && (
        <p className="demo-note" role="note">
          {text.linkFallback}
        </p>
      )}
      {message?.kind === 'decoding' && (
        <p className="demo-status" role="status">
          {text.decoding(message.name, message.bytes)} <progress aria-label={text.decoding(message.name, message.bytes)} />
        </p>
      )}
      {message?.kind === 'error' && (
        <p className="demo-status demo-error" role="alert">
          {message.text}
        </p>
      )}
      {micError && (
        <p className="demo-status demo-error" role="alert">
          {micError}
        </p>
      )}
      {source && <p className="demo-hint">{text.linkKeepsSettings}</p>}
      {source?.kind === 'file' && source.cut && <p className="demo-status">{text.cut(source.name, durationSec)}</p>}
      {live && (
        <p className="demo-status" role="status">
          {text.micListening(MIC_SECONDS)}
        </p>
      )}
      {silent && (
        <p className="demo-status" role="status">
          {text.silent}
        </p>
      )}
      {!silent && frames === 0 && (
        <p className="demo-status" role="status">
          {text.tooShort(durationSec, frameSamples)}
        </p>
      )}
    </>
  );
}
