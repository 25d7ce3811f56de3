/** A native select with its visible label (Bootstrap Italia markup), for filters and the period. */
import './score.css';
export interface SelectOption { value: string; label: string }

interface LabelledSelectProps {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  testId?: string;
}

export function LabelledSelect({ id, label, value, options, onChange, testId }: LabelledSelectProps) {
  return (
    <div className="select-wrapper labelled-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}
