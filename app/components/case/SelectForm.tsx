/**
 * The case page's usual form: one choice from a list, posted with its `intent` to the route's
 * action (route to a department, assign, change status, reply language, start a reply).
 */
import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { CsrfInput } from '../CsrfInput';

export interface SelectFormProps {
  intent: string;
  /** The field's name, also the select's id. */
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  submit: string;
  defaultValue?: string;
  /** A first, unselectable option shown while nothing is chosen. */
  placeholder?: string;
  required?: boolean;
  /** Language of the options' text, when it is not the page's. */
  lang?: string;
  /** 'stack': label, select and button one under another; 'inline': on one line. */
  layout?: 'stack' | 'inline';
  secondary?: boolean;
  /** More fields, between the select and the button. */
  children?: ReactNode;
}

export function SelectForm({ intent, name, label, options, submit, defaultValue, placeholder, required, lang, layout = 'stack', secondary, children }: SelectFormProps) {
  return (
    <Form method="post" className={layout === 'stack' ? 'stack' : 'inline-fields'}>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={defaultValue} required={required} lang={lang}>
        {placeholder ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {children}
      <button type="submit" className={secondary ? 'button small secondary' : 'button small'}>
        {submit}
      </button>
    </Form>
  );
}
