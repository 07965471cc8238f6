// Pipelines travel to the server as YAML text (what `dagg run` reads and what versions keep).
import { parse, stringify } from 'yaml';
import type { Pipeline, PipelineDoc } from '../api/types';

export function toYaml(doc: PipelineDoc): string {
  return stringify(doc, { lineWidth: 0 });
}

export function fromYaml(text: string): PipelineDoc {
  const parsed = parse(text) as PipelineDoc | null;
  if (!parsed || typeof parsed !== 'object') throw new Error('The YAML holds no pipeline.');
  return parsed;
}

/** The pipeline's definition, from its spec when the server sends one, else from its YAML. */
export function docOf(p: Pipeline): PipelineDoc {
  if (p.spec && typeof p.spec === 'object') return p.spec;
  if (p.yaml) return fromYaml(p.yaml);
  return { name: p.name, source: {}, destination: {} };
}
