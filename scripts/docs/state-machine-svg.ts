/**
 * Draws a state machine as an SVG diagram: a layered left-to-right layout computed here (start → creations →
 * later states), forward transitions as curves to the right, back and same-layer transitions as arcs below.
 * No network, no external tools; the same input always gives the same drawing.
 *
 * @module
 */
import { esc } from './html.js';
import type { StateMachine } from './state-machine.js';

const START = '●start';
const NODE_H = 48;
const COL_GAP = 120;
const ROW_H = 84;
const PAD = 30;

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly labels: string[];
  /** Some transition on this edge is an API operation (not client-side, not made by an agency or a timer). */
  viaApi: boolean;
  back: boolean;
}

interface Box {
  x: number;
  y: number;
  w: number;
}

/** Rough width of text at 12px: CJK characters are wider than Latin ones. */
function textWidth(text: string, size = 12): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? size : size * 0.6;
  return w;
}

const LABEL_H = 15;

/** An edge label: centred on (`x`, `y`), `w` wide. */
interface Label {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
}

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Moves each label, in turn, the least distance up or down (in steps of one label height, at most six) that keeps it
 * clear of the state boxes and of the labels already placed; a label with no clear place stays on its edge.
 */
function placeLabels(labels: readonly Label[], nodes: readonly Rect[]): Label[] {
  const taken: Rect[] = [...nodes];
  const steps = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6];
  return labels.map((label) => {
    const rectAt = (y: number): Rect => ({ x: label.x - label.w / 2, y: y - 8, w: label.w, h: LABEL_H });
    const step = steps.find((k) => !taken.some((r) => overlaps(r, rectAt(label.y + k * (LABEL_H + 2))))) ?? 0;
    const y = label.y + step * (LABEL_H + 2);
    taken.push(rectAt(y));
    return { ...label, y };
  });
}

function edgesOf(machine: StateMachine): Edge[] {
  const byPair = new Map<string, Edge>();
  for (const t of machine.transitions) {
    const label = t.operationId !== undefined && t.operationId !== t.action ? `${t.action} (${t.operationId})` : t.action;
    for (const from of t.from.length > 0 ? t.from : [START]) {
      const key = `${from}\u0000${t.to}`;
      const edge = byPair.get(key) ?? { from, to: t.to, labels: [], viaApi: false, back: false };
      if (!edge.labels.includes(label)) edge.labels.push(label);
      if (t.operationId !== undefined && !t.clientSide) edge.viaApi = true;
      byPair.set(key, edge);
    }
  }
  return [...byPair.values()];
}

/** Layers by longest path from the start, after marking the edges that close a cycle as back edges. */
function layers(nodes: readonly string[], edges: Edge[]): Map<string, number> {
  const out = new Map<string, Edge[]>();
  for (const n of nodes) out.set(n, []);
  for (const e of edges) out.get(e.from)?.push(e);
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const visit = (n: string): void => {
    state.set(n, 'open');
    for (const e of out.get(n) ?? []) {
      const s = state.get(e.to);
      if (s === 'open' || e.from === e.to) e.back = true;
      else if (s === undefined) visit(e.to);
    }
    state.set(n, 'done');
    order.push(n);
  };
  for (const n of nodes) if (!state.has(n)) visit(n);
  const layer = new Map<string, number>(nodes.map((n) => [n, 0]));
  for (const n of order.reverse()) {
    for (const e of out.get(n) ?? []) if (!e.back) layer.set(e.to, Math.max(layer.get(e.to) ?? 0, (layer.get(n) ?? 0) + 1));
  }
  return layer;
}

/** The machine as a standalone `<svg>` element. */
export function stateMachineSvg(machine: StateMachine): string {
  const names = [START, ...machine.states.map((s) => s.name)];
  for (const t of machine.transitions) for (const n of [...t.from, t.to]) if (!names.includes(n)) names.push(n);
  const edges = edgesOf(machine);
  const layer = layers(names, edges);
  const columns: string[][] = [];
  for (const n of names) (columns[layer.get(n) ?? 0] ??= []).push(n);
  // Order each column by the mean row of its predecessors, to keep curves short and crossings few.
  for (let c = 1; c < columns.length; c += 1) {
    const prev = columns[c - 1] ?? [];
    const score = (n: string): number => {
      const rows = edges.filter((e) => e.to === n && prev.includes(e.from)).map((e) => prev.indexOf(e.from));
      return rows.length === 0 ? Number.MAX_SAFE_INTEGER : rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    columns[c] = [...(columns[c] ?? [])].sort((a, b) => score(a) - score(b));
  }
  const stateByName = new Map(machine.states.map((s) => [s.name, s]));
  const width = (n: string): number => {
    if (n === START) return 18;
    const s = stateByName.get(n);
    return Math.max(110, textWidth(n, 13) + 24, textWidth(s?.titleZh ?? '', 12) + 24);
  };
  const maxRows = Math.max(...columns.map((c) => c?.length ?? 0));
  const boxes = new Map<string, Box>();
  let x = PAD;
  for (const column of columns) {
    if (column === undefined) continue;
    const colW = Math.max(...column.map(width));
    const top = PAD + ((maxRows - column.length) * ROW_H) / 2;
    column.forEach((n, i) => boxes.set(n, { x: x + (colW - width(n)) / 2, y: top + i * ROW_H, w: width(n) }));
    x += colW + COL_GAP + Math.max(0, ...edges.filter((e) => column.includes(e.from) && !e.back).map((e) => textWidth(e.labels.join(', '), 11) - COL_GAP + 20));
  }
  const backCount = edges.filter((e) => e.back).length;
  const svgMinW = Math.ceil(x - COL_GAP + PAD);
  const svgMinH = Math.ceil(PAD * 2 + maxRows * ROW_H + backCount * 14 + 20);
  const id = `arrow-${machine.name.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const parts: string[] = [];
  const labels: Label[] = [];
  let backIndex = 0;
  for (const e of edges) {
    const a = boxes.get(e.from);
    const b = boxes.get(e.to);
    if (a === undefined || b === undefined) continue;
    const text = e.labels.join(', ');
    const cy = (box: Box, n: string): number => box.y + (n === START ? 9 : NODE_H / 2);
    let d: string;
    let mid: [number, number];
    if (e.from === e.to) {
      const x0 = a.x + a.w / 2;
      d = `M ${x0 - 14} ${a.y} C ${x0 - 30} ${a.y - 40}, ${x0 + 30} ${a.y - 40}, ${x0 + 14} ${a.y}`;
      mid = [x0, a.y - 34];
    } else if (!e.back) {
      const [x0, y0, x3, y3] = [a.x + a.w, cy(a, e.from), b.x, cy(b, e.to)];
      const dx = Math.max(40, (x3 - x0) / 2);
      d = `M ${x0} ${y0} C ${x0 + dx} ${y0}, ${x3 - dx} ${y3}, ${x3} ${y3}`;
      mid = [(x0 + 3 * (x0 + dx) + 3 * (x3 - dx) + x3) / 8, (y0 + 3 * y0 + 3 * y3 + y3) / 8];
    } else {
      backIndex += 1;
      const [x0, y0, x3, y3] = [a.x + a.w / 2, a.y + NODE_H, b.x + b.w / 2, b.y + NODE_H];
      const low = Math.max(y0, y3) + 24 + backIndex * 14;
      d = `M ${x0} ${y0} C ${x0} ${low}, ${x3} ${low}, ${x3} ${y3}`;
      mid = [(x0 + x3) / 2, (y0 + 3 * low + 3 * low + y3) / 8];
    }
    const dashed = !e.viaApi;
    parts.push(`<path d="${d}" fill="none" stroke="${e.back ? '#8a5a00' : '#44546a'}" stroke-width="1.4"${dashed ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#${id})"><title>${esc(`${e.from === START ? '(create)' : e.from} → ${e.to}: ${text}`)}</title></path>`);
    labels.push({ text, x: mid[0], y: mid[1], w: textWidth(text, 11) + 8 });
  }
  const placed = placeLabels(labels, [...boxes].map(([n, b]) => ({ x: b.x, y: b.y, w: b.w, h: n === START ? 18 : NODE_H })));
  for (const [n, box] of boxes) {
    if (n === START) {
      parts.push(`<circle cx="${box.x + 9}" cy="${box.y + 9}" r="8" fill="#1d2733"><title>start (creation)</title></circle>`);
      continue;
    }
    const s = stateByName.get(n);
    const terminal = machine.terminal.includes(n);
    const initial = machine.initial.includes(n);
    const fill = terminal ? '#f1f3f5' : initial ? '#e8f1fb' : '#ffffff';
    parts.push(
      `<g><title>${esc(`${n}${s?.titleZh ? ` ${s.titleZh}` : ''}${s?.description ? `: ${s.description}` : ''}`)}</title>` +
        `<rect x="${box.x.toFixed(1)}" y="${box.y}" width="${box.w.toFixed(1)}" height="${NODE_H}" rx="10" fill="${fill}" stroke="#123d6a" stroke-width="${terminal ? 2.6 : 1.4}"${s?.clientSide ? ' stroke-dasharray="5 3"' : ''}/>` +
        `<text x="${(box.x + box.w / 2).toFixed(1)}" y="${box.y + 20}" font-size="13" font-weight="600" text-anchor="middle" fill="#123d6a">${esc(n)}</text>` +
        (s?.titleZh ? `<text x="${(box.x + box.w / 2).toFixed(1)}" y="${box.y + 37}" font-size="12" text-anchor="middle" fill="#44546a">${esc(s.titleZh)}</text>` : '') +
        `</g>`,
    );
  }
  const labelMarkup = placed.map(
    (l) =>
      `<rect x="${(l.x - l.w / 2).toFixed(1)}" y="${(l.y - 8).toFixed(1)}" width="${l.w.toFixed(1)}" height="${LABEL_H}" rx="3" fill="#fff" fill-opacity="0.9"/>` +
      `<text x="${l.x.toFixed(1)}" y="${(l.y + 3.5).toFixed(1)}" font-size="11" text-anchor="middle" fill="#1d2733">${esc(l.text)}</text>`,
  );
  const svgH = Math.ceil(Math.max(svgMinH, ...placed.map((l) => l.y + LABEL_H + PAD / 2)));
  const svgW = Math.ceil(Math.max(svgMinW, ...placed.map((l) => l.x + l.w / 2 + PAD / 2)));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${svgW} ${svgH}" width="${svgW}" height="${svgH}" role="img" aria-label="${esc(`State machine ${machine.name}`)}" font-family="system-ui, 'Noto Sans CJK SC', sans-serif">` +
    `<defs><marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#44546a"/></marker></defs>` +
    parts.join('') +
    labelMarkup.join('') +
    `</svg>`
  );
}
