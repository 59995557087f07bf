import { useId } from 'react';

interface ChoiceProps<T extends string> {
  legend: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  /** the visible name of each option */
  labels: Readonly<Record<T, string>>;
  /** the demo's main control: its layout keeps it on screen with the main picture (data-demo-control) */
  main?: boolean;
}

/** One of a few options as a radio group: every option visible, arrow keys move between them. */
export function Choice<T extends string>({ legend, options, value, onChange, labels, main }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="demo-control" data-demo-control={main ? '' : undefined}>
      <legend>{legend}</legend>
      <div className="demo-choices">
        {options.map((option) => (
          <label key={option} className="demo-choice">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface SelectProps<T extends string> extends ChoiceProps<T> {}

/** The same as Choice for longer lists: a labelled drop-down. */
export function Select<T extends string>({ legend, options, value, onChange, labels, main }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="demo-control" data-demo-control={main ? '' : undefined}>
      <label htmlFor={id}>{legend}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
