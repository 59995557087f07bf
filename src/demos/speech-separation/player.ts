import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Plays one Float32Array at a time through Web Audio, made on the first press (browsers allow sound
 * only after a gesture). Pressing the playing item again stops it. `supported` is false without Web
 * Audio (then the buttons say so instead of failing).
 */
export function useAudioPlayer(sampleRateHz: number) {
  const contextRef = useRef<AudioContext | null>(null);
  const nodeRef = useRef<AudioBufferSourceNode | null>(null);
  const [playing, setPlaying] = useState<string | null>(null);
  const supported = typeof window !== 'undefined' && typeof window.AudioContext === 'function';

  const stop = useCallback(() => {
    const node = nodeRef.current;
    nodeRef.current = null;
    node?.stop(); // its 'ended' listener sees it is no longer current and leaves the state alone
    setPlaying(null);
  }, []);

  const toggle = useCallback(
    (id: string, samples: Float32Array, gain: number) => {
      if (!supported) return;
      if (playing === id) {
        stop();
        return;
      }
      stop();
      const context = (contextRef.current ??= new AudioContext());
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
      setPlaying(id);
    },
    [playing, sampleRateHz, stop, supported],
  );

  useEffect(
    () => () => {
      nodeRef.current?.stop();
      void contextRef.current?.close();
    },
    [],
  );

  return { playing, toggle, supported };
}
