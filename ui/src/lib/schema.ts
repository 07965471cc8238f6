// Reading the JSON Schemas the engine makes for connector and step configs (victools, 2020-12).
import type { JsonSchema } from '../api/types';

/** What the server sends in place of a stored secret. */
export const SECRET_MASK = '***';

export type FieldKind = 'string' | 'secret' | 'enum' | 'integer' | 'number' | 'boolean' | 'stringList' | 'objectList' | 'map' | 'object' | 'json';

/** Follows a local $ref (#/$defs/X) and unwraps a nullable anyOf [{type: null}, X]. */
export function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; i < 10 && s.$ref; i++) {
    const name = s.$ref.replace(/^#\/(\$defs|definitions)\//, '');
    const defs = root.$defs ?? (root as { definitions?: Record<string, JsonSchema> }).definitions ?? {};
    s = { ...defs[name], ...withoutRef(s) };
  }
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const nonNull = alternatives.filter((a) => a.type !== 'null');
    if (nonNull.length === 1) return resolve({ ...nonNull[0], description: s.description ?? nonNull[0].description }, root);
  }
  return s;
}

function withoutRef(s: JsonSchema): JsonSchema {
  const { $ref: _ignored, ...rest } = s;
  void _ignored;
  return rest;
}

function mainType(s: JsonSchema): string | undefined {
  return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
}

export function kindOf(schema: JsonSchema): FieldKind {
  const t = mainType(schema);
  if (schema.writeOnly || schema.format === 'password') return 'secret';
  if (schema.enum) return 'enum';
  switch (t) {
    case 'string':
      return 'string';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const it = schema.items ?? {};
      if (mainType(it) === 'object' && it.properties) return 'objectList';
      return mainType(it) === 'string' || mainType(it) === undefined ? 'stringList' : 'json';
    }
    case 'object':
      if (schema.properties) return 'object';
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') return 'map';
      return 'json';
    default:
      return 'json';
  }
}

/** Property names: required ones first, each group in schema order. */
export function orderedProperties(schema: JsonSchema): { name: string; required: boolean }[] {
  const req = new Set(schema.required ?? []);
  const names = Object.keys(schema.properties ?? {});
  return [...names.filter((n) => req.has(n)), ...names.filter((n) => !req.has(n))].map((name) => ({ name, required: req.has(name) }));
}

/** "max_field_bytes" -> "Max field bytes". */
export function labelOf(name: string, schema?: JsonSchema): string {
  if (schema?.title) return schema.title;
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Drops empty strings, empty lists and empty objects, so unset settings keep their defaults. */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, prune(v)] as const).filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

/** Required settings left empty, as "path: message" pairs for the form. */
export function missingRequired(schema: JsonSchema, value: Record<string, unknown>, root: JsonSchema = schema, at = ''): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const { name, required } of orderedProperties(schema)) {
    const s = resolve(schema.properties![name], root);
    const v = value?.[name];
    const path = at ? `${at}.${name}` : name;
    if (required && (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))) problems[path] = 'is required';
    else if (kindOf(s) === 'object' && v && typeof v === 'object') Object.assign(problems, missingRequired(s, v as Record<string, unknown>, root, path));
  }
  return problems;
}
