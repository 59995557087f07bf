import { useCallback, useEffect, useRef, useState } from 'react';

export type AudioContextClass = new () => AudioContext;

/** The browser's AudioContext, or undefined without Web Audio (then a demo says so instead of failing). */
export function standardAudioContext(): AudioContextClass | undefined {
  return typeof window !== 'undefined' && typeof window.AudioContext === 'function' ? window.AudioContext : undefined;
}

/**
 * Plays one Float32Array at a time through Web Audio. `play` stops the previous sound first, and
 * leaving the page stops it. The context is made on the first play, because browsers allow sound
 * only after a gesture. `playing` is the id of the sound playing until it ends or is stopped.
 * Without a context class (`supported` false) or with no samples, `play` only stops. `position`
 * is how far the sound has played, in seconds of the samples (null when nothing plays).
 */
export function usePlayback<Id>(Context: AudioContextClass | undefined = standardAudioContext()) {
  const contextRef = useRef<AudioContext | null>(null);
  const nodeRef = useRef<AudioBufferSourceNode | null>(null);
  const [playing, setPlaying] = useState<Id | null>(null);
  const startedAt = useRef(0);

  const stop = useCallback(() => {
    const node = nodeRef.current;
    nodeRef.current = null;
    node?.stop(); // its 'ended' listener sees it is no longer current and leaves the state alone
    setPlaying(null);
  }, []);

  /** Plays `gain · samples`, clipped to ±1 so that a loud gain saturates instead of wrapping. */
  const play = useCallback(
    (id: Id, samples: Float32Array, sampleRateHz: number, gain = 1) => {
      stop();
      if (!Context || samples.length === 0) return;
      const context = (contextRef.current ??= new Context());
      void context.resume();
      const buffer = context.createBuffer(1, samples.length, sampleRateHz);
      const channel = buffer.getChannelData(0);
      for (let n = 0; n < samples.length; n++) channel[n] = Math.max(-1, Math.min(1, gain * samples[n]!));
      const node = context.createBufferSource();
      node.buffer = buffer;
      node.connect(context.destination);
      node.addEventListener('ended', () => {
        if (nodeRef.current !== node) return;
        nodeRef.current = null;
        setPlaying(null);
      });
      nodeRef.current = node;
      node.start();
      startedAt.current = context.currentTime;
      setPlaying(id);
    },
    [Context, stop],
  );

  useEffect(
    () => () => {
      const node = nodeRef.current;
      nodeRef.current = null;
      node?.stop();
      void contextRef.current?.close();
    },
    [],
  );

  const position = useCallback(() => {
    const context = contextRef.current;
    return nodeRef.current && context ? Math.max(0, context.currentTime - startedAt.current) : null;
  }, []);

  return { playing, play, stop, position, supported: Context !== undefined };
}
