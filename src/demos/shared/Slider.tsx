import { useId } from 'react';
import type { NumberSpec } from '../params';

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
  /** the value as shown beside the slider and read out by screen readers */
  format?: (value: number) => string;
  /** slider positions map to values through these (e.g. exponent ↔ power of two) */
  toSlider?: (value: number) => number;
  fromSlider?: (position: number) => number;
  disabled?: boolean;
  /** the demo's main control: its layout keeps it on screen with the main picture (data-demo-control) */
  main?: boolean;
}

/** A range input with a visible label and its current value; arrow keys step it. */
export function Slider({ label, value, min, max, step = 1, onChange, format = String, toSlider, fromSlider, disabled, main }: SliderProps) {
  const id = useId();
  const text = format(value);
  return (
    <div className="demo-control" data-demo-control={main ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={toSlider ? toSlider(min) : min}
        max={toSlider ? toSlider(max) : max}
        step={step}
        value={toSlider ? toSlider(value) : value}
        aria-valuetext={text}
        disabled={disabled}
        onChange={(event) => {
          const position = Number(event.target.value);
          onChange(fromSlider ? fromSlider(position) : position);
        }}
      />
      <output htmlFor={id}>{text}</output>
    </div>
  );
}

/** Slider positions that are not the values themselves (a log scale, a list of stops). */
export interface SliderScale {
  toSlider: (value: number) => number;
  fromSlider: (position: number) => number;
  /** between positions; 1 unless given */
  step?: number;
}

/** Slider positions for powers of two: position = log2(value). */
const powerOfTwoScale: SliderScale = {
  toSlider: (value) => Math.log2(value),
  fromSlider: (position) => 2 ** position,
};

type SettingSliderProps = Omit<SliderProps, 'min' | 'max' | 'step' | 'toSlider' | 'fromSlider'> & {
  spec: NumberSpec;
  /** below the spec's when the largest value allowed depends on other settings */
  max?: number;
  /** a power-of-two spec gets powerOfTwoScale unless another is given */
  scale?: SliderScale;
};

/** A slider for a number setting: its range, step and scale come from the setting's spec. */
export function SettingSlider({ spec, max = spec.max, scale = spec.powerOfTwo ? powerOfTwoScale : undefined, ...props }: SettingSliderProps) {
  const step = scale ? (scale.step ?? 1) : (spec.step ?? 1);
  return <Slider {...props} min={spec.min} max={max} step={step} toSlider={scale?.toSlider} fromSlider={scale?.fromSlider} />;
}
