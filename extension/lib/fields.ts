/**
 * The plain-data description of one form field, as the content script collects it (no element
 * references: the collector keeps those). Everything the matcher and planner decide rests on this.
 */
export interface FieldOption {
  value: string;
  text: string;
}

export type LabelSource =
  | 'profile'
  | 'label'
  | 'aria'
  | 'cell-left'
  | 'cell-above'
  | 'placeholder'
  | 'title'
  | 'name';

export interface FieldInfo {
  /** The field's index in its frame's collection (stable within one collect). */
  key: number;
  /** A CSS selector that finds the field again (inside its shadow root when `shadowHost` is set). */
  selector: string;
  /** A native tag, or the ARIA role of a div-made widget (`combobox`, `listbox`) filled like a select. */
  tag: 'input' | 'select' | 'textarea' | 'combobox' | 'listbox';
  /** Lower-cased input type (`text`, `radio`, `date` …); the tag for the others. */
  type: string;
  name: string;
  id: string;
  /** Candidate labels, strongest first, each with where it came from. */
  labels: { text: string; source: LabelSource }[];
  placeholder: string;
  /** Text right before and after the field in its cell (年, 月, 日, 円 …). */
  before: string;
  after: string;
  maxLength: number | null;
  options: FieldOption[];
  readOnly: boolean;
  disabled: boolean;
  hidden: boolean;
  value: string;
  checked: boolean;
  /** For radios and checkboxes: the label of this one choice. */
  choiceLabel: string;
}
