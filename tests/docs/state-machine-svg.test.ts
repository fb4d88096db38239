// The state-machine diagrams of the reference site: every transition is labelled, and no label covers another label
// or a state, for every machine of every exchange; the same spec always gives the same drawing.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleSpec, dereference, discoverTargets } from '../../packages/codegen/src/index.js';
import { stateMachines, type StateMachine } from '../../scripts/docs/state-machine.js';
import { stateMachineSvg } from '../../scripts/docs/state-machine-svg.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const machines: [string, StateMachine][] = discoverTargets(root)
  .filter((t) => t.spec.startsWith('specs/'))
  .flatMap((t) => {
    const bundled = bundleSpec(join(root, t.spec), root);
    const doc = dereference(bundled.document, bundled.file) as Parameters<typeof stateMachines>[0];
    return stateMachines(doc).map((m): [string, StateMachine] => [`${t.exchange} ${m.name}`, m]);
  });

function rects(svg: string, marker: string): Rect[] {
  const found: Rect[] = [];
  for (const m of svg.matchAll(/<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"([^>]*)\/>/g)) {
    if (!(m[5] ?? '').includes(marker)) continue;
    found.push({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) });
  }
  return found;
}

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('state-machine diagrams', () => {
  it('cover every machine of both exchanges', () => {
    expect(machines.length).toBeGreaterThanOrEqual(6);
  });

  it.each(machines)('%s: labels clear of each other and of the states, every action named, inside the drawing', (_name, machine) => {
    const svg = stateMachineSvg(machine);
    expect(stateMachineSvg(machine)).toBe(svg);
    const labels = rects(svg, 'fill-opacity="0.9"');
    const states = rects(svg, 'rx="10"');
    expect(labels.length).toBeGreaterThan(0);
    labels.forEach((label, i) => {
      for (const other of labels.slice(i + 1)) expect(overlaps(label, other), `labels ${i} and ${labels.indexOf(other)}`).toBe(false);
      for (const state of states) expect(overlaps(label, state), `label ${i} covers a state`).toBe(false);
    });
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
    for (const r of [...labels, ...states]) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.w).toBeLessThanOrEqual(Number(width));
      expect(r.y + r.h).toBeLessThanOrEqual(Number(height));
    }
    const texts = [...svg.matchAll(/<text [^>]*font-size="11"[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1] ?? '')).join(', ');
    for (const t of machine.transitions) expect(texts, t.action).toContain(t.action);
  });
});
