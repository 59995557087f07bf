import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { NumberSpec } from '../params';
import { SettingSlider } from './Slider';

/** What a browser does on an arrow key: steps the range input by its step, then fires input. */
function pressArrow(slider: HTMLInputElement, key: 'ArrowRight' | 'ArrowLeft') {
  if (key === 'ArrowRight') slider.stepUp();
  else slider.stepDown();
  fireEvent.input(slider);
}

function renderSetting(spec: NumberSpec, value: number, extra: Partial<Parameters<typeof SettingSlider>[0]> = {}) {
  const onChange = vi.fn();
  render(<SettingSlider label="Setting" spec={spec} value={value} onChange={onChange} {...extra} />);
  return { slider: screen.getByRole<HTMLInputElement>('slider', { name: 'Setting' }), onChange };
}

describe('SettingSlider', () => {
  it('takes its range and step from the spec, and an arrow key calls back with the stepped value', () => {
    const { slider, onChange } = renderSetting({ kind: 'number', default: 80, min: 40, max: 120, step: 10 }, 80);
    expect(slider).toHaveAttribute('min', '40');
    expect(slider).toHaveAttribute('max', '120');
    expect(slider).toHaveAttribute('step', '10');
    expect(slider).toHaveValue('80');
    pressArrow(slider, 'ArrowRight');
    expect(onChange).toHaveBeenLastCalledWith(90);
    // controlled: the value stays 80 until the caller changes it
    pressArrow(slider, 'ArrowLeft');
    expect(onChange).toHaveBeenLastCalledWith(70);
  });

  it('steps by 1 when the spec gives no step', () => {
    const { slider, onChange } = renderSetting({ kind: 'number', default: 3, min: 0, max: 9 }, 3);
    expect(slider).toHaveAttribute('step', '1');
    pressArrow(slider, 'ArrowLeft');
    expect(onChange).toHaveBeenLastCalledWith(2);
  });

  it('places a power-of-two setting at log2 of its value, one power per step', () => {
    const { slider, onChange } = renderSetting({ kind: 'number', default: 512, min: 32, max: 4096, powerOfTwo: true }, 512);
    expect(slider).toHaveAttribute('min', '5');
    expect(slider).toHaveAttribute('max', '12');
    expect(slider).toHaveAttribute('step', '1');
    expect(slider).toHaveValue('9');
    pressArrow(slider, 'ArrowRight');
    expect(onChange).toHaveBeenLastCalledWith(1024);
    pressArrow(slider, 'ArrowLeft');
    expect(onChange).toHaveBeenLastCalledWith(256);
  });

  it('takes a lower max, a scale with its own step, a format and main when given', () => {
    const spec: NumberSpec = { kind: 'number', default: 1, min: 0.1, max: 10, step: 0.01 };
    const scale = { toSlider: Math.log10, fromSlider: (position: number) => Number((10 ** position).toFixed(2)), step: 0.5 };
    const { slider, onChange } = renderSetting(spec, 1, { max: 1, scale, format: (value) => `${value} m`, main: true });
    expect(slider).toHaveAttribute('min', '-1');
    expect(slider).toHaveAttribute('max', '0');
    expect(slider).toHaveAttribute('step', '0.5');
    expect(slider).toHaveAttribute('aria-valuetext', '1 m');
    expect(slider.closest('[data-demo-control]')).not.toBeNull();
    pressArrow(slider, 'ArrowLeft');
    expect(onChange).toHaveBeenLastCalledWith(0.32);
  });
});
