// Schema mapping for a `map` step: source fields beside target fields; drag a source field onto a
// target (or pick it from the list), ask the server for suggestions, then apply to the step.
import { useState } from 'react';
import { messageOf } from '../../api/client';
import { http } from '../../api/endpoints';
import type { FieldInfo, MappingSuggestion } from '../../api/types';
import { Button, Notice, Select, TextInput } from '../ui';

export interface MapTarget {
  name: string;
  type: string;
  required?: boolean;
  [k: string]: unknown;
}
export interface MapConfig {
  target?: MapTarget[];
  from?: { target: string; source: string }[];
}

const FIELD_TYPE = 'application/x-dagg-field';

interface Props {
  sourceFields: FieldInfo[];
  sourceNote?: string;
  config: MapConfig;
  editable: boolean;
  onApply: (c: MapConfig) => void;
  onCancel: () => void;
}

export function MappingEditor({ sourceFields, sourceNote, config, editable, onApply, onCancel }: Props) {
  const [targets, setTargets] = useState<MapTarget[]>(config.target ?? []);
  const [from, setFrom] = useState<Record<string, string>>(Object.fromEntries((config.from ?? []).map((m) => [m.target, m.source])));
  const [suggestions, setSuggestions] = useState<MappingSuggestion[] | null>(null);
  const [error, setError] = useState<string>();
  const [over, setOver] = useState<number | null>(null);

  const sourceOf = (t: MapTarget) => from[t.name] ?? (sourceFields.some((f) => f.name === t.name) ? t.name : '');
  const mapped = new Set(targets.map(sourceOf).filter(Boolean));
  const setTarget = (i: number, patch: Partial<MapTarget>) => {
    const old = targets[i];
    setTargets(targets.map((t, j) => (j === i ? { ...t, ...patch } : t)));
    if (patch.name !== undefined && from[old.name] !== undefined) {
      const { [old.name]: s, ...rest } = from;
      setFrom({ ...rest, [patch.name]: s });
    }
  };
  const map = (target: string, source: string) => setFrom((f) => ({ ...f, [target]: source }));

  const suggest = async () => {
    setError(undefined);
    try {
      setSuggestions(await http.suggestMapping(sourceFields, targets.map((t) => ({ name: t.name, type: t.type }))));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const apply = () => {
    const pairs = targets.filter((t) => from[t.name] && from[t.name] !== t.name).map((t) => ({ target: t.name, source: from[t.name] }));
    onApply({ ...config, target: targets.filter((t) => t.name.trim()), ...(pairs.length ? { from: pairs } : { from: undefined }) });
  };

  return (
    <div className="space-y-3">
      {sourceNote && <Notice kind="info">{sourceNote}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <section aria-labelledby="src-fields">
          <h3 id="src-fields" className="mb-2 font-semibold">
            Source fields
          </h3>
          {sourceFields.length === 0 && <p className="text-sm text-gray-700 dark:text-gray-300">No source fields known yet.</p>}
          <ul className="space-y-1">
            {sourceFields.map((f) => (
              <li
                key={f.name}
                draggable={editable}
                onDragStart={(e) => e.dataTransfer.setData(FIELD_TYPE, f.name)}
                data-testid={`source-field-${f.name}`}
                className={`cursor-grab rounded border px-2 py-1 text-sm ${mapped.has(f.name) ? 'border-green-600 bg-green-50 dark:bg-green-950' : 'border-gray-300 bg-white dark:border-gray-600 dark:bg-gray-800'}`}
              >
                {f.name} <span className="text-xs text-gray-700 dark:text-gray-300">{f.type}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="tgt-fields">
          <h3 id="tgt-fields" className="mb-2 font-semibold">
            Target fields
          </h3>
          <ul className="space-y-2">
            {targets.map((t, i) => (
              <li
                key={i}
                onDragOver={(e) => (e.preventDefault(), setOver(i))}
                onDragLeave={() => setOver(null)}
                onDrop={(e) => {
                  e.preventDefault();
                  setOver(null);
                  const s = e.dataTransfer.getData(FIELD_TYPE);
                  if (s && editable) map(t.name, s);
                }}
                data-testid={`target-field-${t.name}`}
                className={`grid grid-cols-2 gap-2 rounded border p-2 sm:grid-cols-[1fr_1fr_1fr_auto_auto] ${over === i ? 'border-blue-600 bg-blue-50 dark:bg-blue-950' : 'border-gray-300 dark:border-gray-600'}`}
              >
                <TextInput aria-label={`Target ${i + 1} name`} disabled={!editable} value={t.name} onChange={(e) => setTarget(i, { name: e.target.value })} />
                <TextInput aria-label={`Target ${i + 1} type`} disabled={!editable} value={t.type} placeholder="string" onChange={(e) => setTarget(i, { type: e.target.value })} />
                <Select aria-label={`Source of ${t.name || `target ${i + 1}`}`} disabled={!editable} value={sourceOf(t)} onChange={(e) => map(t.name, e.target.value)}>
                  <option value="">(none: default or null)</option>
                  {sourceFields.map((f) => (
                    <option key={f.name} value={f.name}>
                      ← {f.name}
                    </option>
                  ))}
                </Select>
                <label className="flex items-center gap-1 text-sm">
                  <input type="checkbox" disabled={!editable} checked={Boolean(t.required)} onChange={(e) => setTarget(i, { required: e.target.checked })} /> required
                </label>
                <Button variant="ghost" disabled={!editable} aria-label={`Remove target ${t.name}`} onClick={() => setTargets(targets.filter((_, j) => j !== i))}>
                  ✕
                </Button>
              </li>
            ))}
          </ul>
          {editable && (
            <div className="mt-2 flex flex-wrap gap-2">
              <Button onClick={() => setTargets([...targets, { name: '', type: 'string' }])}>Add target field</Button>
              <Button onClick={() => setTargets(sourceFields.map((f) => ({ name: f.name, type: f.type || 'string' })))} disabled={!sourceFields.length}>
                Targets from source fields
              </Button>
              <Button onClick={suggest} disabled={!sourceFields.length || !targets.length}>
                Suggest mappings
              </Button>
            </div>
          )}
        </section>
      </div>
      {suggestions && (
        <section aria-labelledby="suggest-h" className="rounded border border-gray-300 p-2 dark:border-gray-600">
          <h3 id="suggest-h" className="font-semibold">
            Suggestions
          </h3>
          {suggestions.length === 0 && <p className="text-sm">No field names are close enough to suggest anything.</p>}
          <ul className="space-y-1 text-sm">
            {suggestions.map((s) => (
              <li key={`${s.source}-${s.target}`} className="flex flex-wrap items-center gap-2">
                <span>
                  {s.source} → {s.target} ({Math.round(s.score * 100)} %, {s.reason})
                </span>
                <Button variant="ghost" onClick={() => map(s.target, s.source)}>
                  Accept
                </Button>
              </li>
            ))}
          </ul>
          {suggestions.length > 0 && <Button onClick={() => suggestions.forEach((s) => map(s.target, s.source))}>Accept all</Button>}
        </section>
      )}
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        {editable && (
          <Button variant="primary" onClick={apply}>
            Apply to step
          </Button>
        )}
      </div>
    </div>
  );
}
