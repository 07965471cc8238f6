// A form drawn from a config's JSON Schema. Values keep the schema's (snake_case) keys. Unset
// settings stay absent so the connector's defaults apply; secrets are password inputs, and a secret
// the server masked (***) stays *** unless the user types a new one.
import { useState } from 'react';
import type { JsonSchema } from '../api/types';
import { kindOf, labelOf, orderedProperties, resolve, SECRET_MASK } from '../lib/schema';
import { Button, Field, Select, TextArea, TextInput } from './ui';

type Value = Record<string, unknown>;

/** A list to pick a text setting from (stored connections, say) instead of typing it. */
export interface Choices {
  options: { value: string; label: string }[];
  /** Shown under the picker: where the options come from, what to do when none fits. */
  hint?: string;
  /** Said beside a value already set that is not among the options (it stays, and stays chosen). */
  unlisted: string;
}

interface Props {
  schema: JsonSchema;
  value: Value;
  onChange: (value: Value) => void;
  /** Errors by property path ("port", "target.0.name"), e.g. from validation. */
  errors?: Record<string, string>;
  /** Pickers for text settings, by property path ("query.connection"). */
  choices?: Record<string, Choices>;
  disabled?: boolean;
}

export function SchemaForm({ schema, value, onChange, errors = {}, choices = {}, disabled }: Props) {
  return <ObjectFields schema={schema} root={schema} value={value ?? {}} onChange={onChange} errors={errors} choices={choices} path="" disabled={disabled} />;
}

interface ObjectProps {
  schema: JsonSchema;
  root: JsonSchema;
  value: Value;
  onChange: (v: Value) => void;
  errors: Record<string, string>;
  choices: Record<string, Choices>;
  path: string;
  disabled?: boolean;
}

function ObjectFields({ schema, root, value, onChange, errors, choices, path, disabled }: ObjectProps) {
  const props = orderedProperties(schema);
  const required = props.filter((p) => p.required);
  const optional = props.filter((p) => !p.required);
  const set = (name: string, v: unknown) => {
    const next = { ...value };
    if (v === undefined) delete next[name];
    else next[name] = v;
    onChange(next);
  };
  const render = ({ name, required: req }: { name: string; required: boolean }) => (
    <SchemaField
      key={name}
      name={name}
      schema={resolve(schema.properties![name], root)}
      root={root}
      value={value[name]}
      required={req}
      onChange={(v) => set(name, v)}
      errors={errors}
      choices={choices}
      path={path ? `${path}.${name}` : name}
      disabled={disabled}
    />
  );
  // Optional settings set when the form opens stay in view; the rest fold away under "More
  // settings". Decided once, so a field being typed into never jumps (and loses focus).
  const [inView] = useState(() => new Set(optional.filter((p) => value[p.name] !== undefined || required.length === 0).map((p) => p.name)));
  const shown = optional.filter((p) => inView.has(p.name) || Object.keys(errors).some((e) => e === (path ? `${path}.${p.name}` : p.name)));
  const folded = optional.filter((p) => !shown.includes(p));
  return (
    <div className="space-y-3">
      {required.map(render)}
      {shown.map(render)}
      {folded.length > 0 && (
        <details className="rounded-md border border-gray-300 p-2 dark:border-gray-600">
          <summary className="cursor-pointer text-sm font-medium text-gray-900 dark:text-gray-100">More settings ({folded.length})</summary>
          <div className="mt-3 space-y-3">{folded.map(render)}</div>
        </details>
      )}
    </div>
  );
}

interface FieldProps {
  name: string;
  schema: JsonSchema;
  root: JsonSchema;
  value: unknown;
  required: boolean;
  onChange: (v: unknown) => void;
  errors: Record<string, string>;
  choices: Record<string, Choices>;
  path: string;
  disabled?: boolean;
}

function SchemaField({ name, schema, root, value, required, onChange, errors, choices, path, disabled }: FieldProps) {
  const kind = kindOf(schema);
  const label = labelOf(name, schema);
  const error = errors[path];
  const hint = schema.description;
  const common = { disabled, 'data-field': path };
  if (kind === 'string' && choices[path]) {
    return <ChoiceField label={label} hint={hint} error={error} required={required} value={value} onChange={onChange} disabled={disabled} path={path} choices={choices[path]} />;
  }
  switch (kind) {
    case 'secret':
      return <SecretField label={label} hint={hint} error={error} required={required} value={value} onChange={onChange} disabled={disabled} path={path} />;
    case 'enum':
      return (
        <Field label={label} hint={hint} error={error} required={required}>
          {(id, d) => (
            <Select id={id} aria-describedby={d} aria-invalid={!!error} {...common} value={value === undefined ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
              <option value="">{required ? 'Choose…' : '(default)'}</option>
              {schema.enum!.map((o) => (
                <option key={String(o)} value={String(o)}>
                  {String(o)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      );
    case 'boolean':
      return (
        <Field label={label} hint={hint} error={error} required={required}>
          {(id, d) => (
            <Select id={id} aria-describedby={d} {...common} value={value === undefined ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}>
              <option value="">(default)</option>
              <option value="true">yes</option>
              <option value="false">no</option>
            </Select>
          )}
        </Field>
      );
    case 'integer':
    case 'number':
      return (
        <Field label={label} hint={hint} error={error} required={required}>
          {(id, d) => (
            <TextInput
              id={id}
              type="number"
              inputMode={kind === 'integer' ? 'numeric' : 'decimal'}
              step={kind === 'integer' ? 1 : 'any'}
              min={schema.minimum}
              max={schema.maximum}
              aria-describedby={d}
              aria-invalid={!!error}
              {...common}
              value={value === undefined || value === null ? '' : String(value)}
              onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
            />
          )}
        </Field>
      );
    case 'stringList':
      return (
        <Field label={label} hint={<>{hint} {hint ? '· ' : ''}One per line.</>} error={error} required={required}>
          {(id, d) => (
            <TextArea
              id={id}
              rows={2}
              aria-describedby={d}
              {...common}
              value={Array.isArray(value) ? value.join('\n') : value === undefined ? '' : String(value)}
              onChange={(e) => {
                const items = e.target.value.split('\n').map((s) => s.trim());
                onChange(items.some(Boolean) ? items.filter((s, i) => s || i === items.length - 1) : undefined);
              }}
            />
          )}
        </Field>
      );
    case 'objectList':
      return <ObjectList label={label} hint={hint} error={error} schema={schema} root={root} value={value} onChange={onChange} errors={errors} choices={choices} path={path} disabled={disabled} />;
    case 'map':
      return <MapField label={label} hint={hint} error={error} value={value} onChange={onChange} disabled={disabled} path={path} />;
    case 'object':
      return (
        <fieldset className="rounded-md border border-gray-300 p-3 dark:border-gray-600">
          <legend className="px-1 text-sm font-medium">{label}</legend>
          {hint && <p className="mb-2 text-xs text-gray-700 dark:text-gray-300">{hint}</p>}
          <ObjectFields schema={schema} root={root} value={(value as Value) ?? {}} onChange={(v) => onChange(Object.keys(v).length ? v : undefined)} errors={errors} choices={choices} path={path} disabled={disabled} />
        </fieldset>
      );
    case 'json':
      return <JsonField label={label} hint={hint} error={error} required={required} value={value} onChange={onChange} disabled={disabled} path={path} />;
    default:
      return (
        <Field label={label} hint={hint} error={error} required={required}>
          {(id, d) => (
            <TextInput id={id} aria-describedby={d} aria-invalid={!!error} {...common} maxLength={schema.maxLength} value={value === undefined || value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} />
          )}
        </Field>
      );
  }
}

interface SimpleProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  value: unknown;
  onChange: (v: unknown) => void;
  disabled?: boolean;
  path: string;
}

function SecretField({ label, hint, error, required, value, onChange, disabled, path }: SimpleProps) {
  // A secret the server holds comes back as ***; clearing what was typed keeps the stored one.
  const [stored] = useState(value === SECRET_MASK);
  return (
    <Field label={label} hint={stored ? `Stored and hidden; type to replace it. ${hint ?? ''}` : hint} error={error} required={required}>
      {(id, d) => (
        <TextInput
          id={id}
          type="password"
          autoComplete="new-password"
          aria-describedby={d}
          aria-invalid={!!error}
          data-field={path}
          disabled={disabled}
          placeholder={stored ? SECRET_MASK : ''}
          value={value === SECRET_MASK ? '' : ((value as string) ?? '')}
          onChange={(e) => onChange(e.target.value === '' ? (stored ? SECRET_MASK : undefined) : e.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * A text setting picked from a list. A value set before (typed in YAML, or naming something since
 * removed) is kept as an option of its own, chosen and marked, so opening the form changes nothing.
 */
function ChoiceField({ label, hint, error, required, value, onChange, disabled, path, choices }: SimpleProps & { choices: Choices }) {
  const current = value === undefined || value === null ? '' : String(value);
  const unlisted = current !== '' && !choices.options.some((o) => o.value === current);
  const hints = [hint, choices.hint, unlisted ? `${current}: ${choices.unlisted}` : undefined].filter(Boolean).join(' · ');
  return (
    <Field label={label} hint={hints || undefined} error={error} required={required}>
      {(id, d) => (
        <Select id={id} aria-describedby={d} aria-invalid={!!error} data-field={path} disabled={disabled} value={current} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
          <option value="">{required ? 'Choose…' : '(none)'}</option>
          {unlisted && <option value={current}>{`${current} (${choices.unlisted})`}</option>}
          {choices.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

function MapField({ label, hint, error, value, onChange, disabled, path }: SimpleProps) {
  const entries = Object.entries((value as Record<string, unknown>) ?? {});
  const [rows, setRows] = useState<[string, string][]>(entries.length ? entries.map(([k, v]) => [k, String(v)]) : []);
  const update = (next: [string, string][]) => {
    setRows(next);
    const obj = Object.fromEntries(next.filter(([k]) => k.trim()));
    onChange(Object.keys(obj).length ? obj : undefined);
  };
  return (
    <fieldset className="rounded-md border border-gray-300 p-3 dark:border-gray-600" data-field={path}>
      <legend className="px-1 text-sm font-medium">{label}</legend>
      {hint && <p className="mb-2 text-xs text-gray-700 dark:text-gray-300">{hint}</p>}
      {rows.map(([k, v], i) => (
        <div key={i} className="mb-2 flex gap-2">
          <TextInput aria-label={`${label} ${i + 1} name`} value={k} disabled={disabled} onChange={(e) => update(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))} />
          <TextInput aria-label={`${label} ${i + 1} value`} value={v} disabled={disabled} onChange={(e) => update(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))} />
          <Button aria-label={`Remove ${label} ${i + 1}`} disabled={disabled} onClick={() => update(rows.filter((_, j) => j !== i))}>
            −
          </Button>
        </div>
      ))}
      <Button disabled={disabled} onClick={() => update([...rows, ['', '']])}>
        Add entry
      </Button>
      {error && <p className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}

function ObjectList({ label, hint, error, schema, root, value, onChange, errors, choices, path, disabled }: SimpleProps & { schema: JsonSchema; root: JsonSchema; errors: Record<string, string>; choices: Record<string, Choices> }) {
  const items = Array.isArray(value) ? (value as Value[]) : [];
  const itemSchema = resolve(schema.items!, root);
  const set = (next: Value[]) => onChange(next.length ? next : undefined);
  return (
    <fieldset className="rounded-md border border-gray-300 p-3 dark:border-gray-600" data-field={path}>
      <legend className="px-1 text-sm font-medium">{label}</legend>
      {hint && <p className="mb-2 text-xs text-gray-700 dark:text-gray-300">{hint}</p>}
      {items.map((item, i) => (
        <div key={i} className="mb-3 rounded-md bg-gray-50 p-2 dark:bg-gray-900">
          <div className="mb-1 flex items-center justify-between">
            <span className="text-xs font-medium">
              {label} {i + 1}
            </span>
            <Button variant="ghost" disabled={disabled} aria-label={`Remove ${label} ${i + 1}`} onClick={() => set(items.filter((_, j) => j !== i))}>
              Remove
            </Button>
          </div>
          <ObjectFields schema={itemSchema} root={root} value={item ?? {}} onChange={(v) => set(items.map((x, j) => (j === i ? v : x)))} errors={errors} choices={choices} path={`${path}.${i}`} disabled={disabled} />
        </div>
      ))}
      <Button disabled={disabled} onClick={() => set([...items, {}])}>
        Add {label.toLowerCase()}
      </Button>
      {error && <p className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}

/** Anything the form cannot draw: written as JSON. */
function JsonField({ label, hint, error, required, value, onChange, disabled, path }: SimpleProps) {
  const [text, setText] = useState(value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  const [bad, setBad] = useState<string>();
  return (
    <Field label={label} hint={<>{hint} {hint ? '· ' : ''}JSON, or plain text.</>} error={error ?? bad} required={required}>
      {(id, d) => (
        <TextArea
          id={id}
          rows={3}
          aria-describedby={d}
          data-field={path}
          disabled={disabled}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            const t = e.target.value.trim();
            if (!t) return onChange(undefined), setBad(undefined);
            try {
              onChange(JSON.parse(t));
              setBad(undefined);
            } catch {
              onChange(t);
              setBad(/^[[{]/.test(t) ? 'not valid JSON yet' : undefined);
            }
          }}
        />
      )}
    </Field>
  );
}
