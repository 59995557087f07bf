import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { standardAudioContext, usePlayback, type AudioContextClass } from './playback';

/** A Web Audio stand-in that records what is created, played, stopped and closed. */
function fakeAudio() {
  const log = { contexts: 0, closed: 0, resumed: 0, started: [] as { data: Float32Array; sampleRate: number }[], stopped: 0 };
  const nodes: { end: () => void }[] = [];
  class FakeContext {
    destination = {};
    constructor() {
      log.contexts++;
    }
    resume() {
      log.resumed++;
      return Promise.resolve();
    }
    close() {
      log.closed++;
      return Promise.resolve();
    }
    createBuffer(_channels: number, length: number, sampleRate: number) {
      const data = new Float32Array(length);
      return { length, sampleRate, getChannelData: () => data };
    }
    createBufferSource() {
      const listeners: (() => void)[] = [];
      const node = {
        buffer: null as null | { sampleRate: number; getChannelData: () => Float32Array },
        connect: () => undefined,
        addEventListener: (_type: 'ended', listener: () => void) => listeners.push(listener),
        start() {
          log.started.push({ data: node.buffer!.getChannelData(), sampleRate: node.buffer!.sampleRate });
        },
        stop: () => log.stopped++,
      };
      nodes.push({ end: () => listeners.forEach((listener) => listener()) });
      return node;
    }
  }
  return { Context: FakeContext as unknown as AudioContextClass, log, nodes };
}

afterEach(() => vi.unstubAllGlobals());

describe('usePlayback', () => {
  it('plays the samples scaled by the gain and clipped to ±1, at the rate given, in one context', () => {
    const audio = fakeAudio();
    const { result } = renderHook(() => usePlayback<string>(audio.Context));
    expect(result.current.supported).toBe(true);
    expect(audio.log.contexts).toBe(0); // made on the first play, after a gesture
    act(() => result.current.play('a', Float32Array.of(0.25, -0.5, 0.75), 8000, 2));
    expect(result.current.playing).toBe('a');
    expect(audio.log.started).toEqual([{ data: Float32Array.of(0.5, -1, 1), sampleRate: 8000 }]);
    expect(audio.log.resumed).toBe(1);
    act(() => result.current.play('b', Float32Array.of(0.5), 16000));
    expect(audio.log.started.at(-1)).toEqual({ data: Float32Array.of(0.5), sampleRate: 16000 }); // gain 1 by default
    expect(audio.log.contexts).toBe(1);
  });

  it('stops the previous sound first, and ignores the end of a sound that was replaced', () => {
    const audio = fakeAudio();
    const { result } = renderHook(() => usePlayback<string>(audio.Context));
    act(() => result.current.play('a', Float32Array.of(0.1), 8000));
    act(() => result.current.play('b', Float32Array.of(0.1), 8000));
    expect(audio.log.stopped).toBe(1);
    act(() => audio.nodes[0]!.end());
    expect(result.current.playing).toBe('b');
    act(() => audio.nodes[1]!.end());
    expect(result.current.playing).toBeNull();
  });

  it('stop silences the sound; unmounting stops it and closes the context', () => {
    const audio = fakeAudio();
    const { result, unmount } = renderHook(() => usePlayback<string>(audio.Context));
    act(() => result.current.play('a', Float32Array.of(0.1), 8000));
    act(() => result.current.stop());
    expect(result.current.playing).toBeNull();
    expect(audio.log.stopped).toBe(1);
    act(() => result.current.play('a', Float32Array.of(0.1), 8000));
    unmount();
    expect(audio.log.stopped).toBe(2);
    expect(audio.log.closed).toBe(1);
  });

  it('plays nothing without Web Audio or without samples', () => {
    const audio = fakeAudio();
    const { result } = renderHook(() => usePlayback<string>(audio.Context));
    act(() => result.current.play('a', new Float32Array(0), 8000));
    expect(result.current.playing).toBeNull();
    expect(audio.log.started).toEqual([]);

    vi.stubGlobal('AudioContext', undefined);
    expect(standardAudioContext()).toBeUndefined();
    const silent = renderHook(() => usePlayback<string>());
    expect(silent.result.current.supported).toBe(false);
    act(() => silent.result.current.play('a', Float32Array.of(0.1), 8000));
    expect(silent.result.current.playing).toBeNull();
  });

  it('uses the browser’s AudioContext by default', () => {
    const audio = fakeAudio();
    vi.stubGlobal('AudioContext', audio.Context);
    expect(standardAudioContext()).toBe(audio.Context);
    const { result } = renderHook(() => usePlayback<string>());
    act(() => result.current.play('a', Float32Array.of(0.1), 8000));
    expect(audio.log.started).toHaveLength(1);
  });
});
