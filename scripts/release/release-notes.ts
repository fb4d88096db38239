/**
 * Release notes grouped by exchange, written for a city's integration team: for each change, what they must
 * (breaking) or may (non-breaking) do. They become the summary of the exchange's changeset, and so the
 * `@zhongyuan/specs` changelog.
 *
 * @module
 */
import { requiredBump, type ExchangeDiff } from './gate.js';
import type { SpecChange } from './spec-changes.js';

const code = (s: string | undefined): string => `\`${s ?? '?'}\``;

function enumValue(change: SpecChange): string {
  const m = /enum value (".*?"|\S+)/.exec(change.reason);
  return m?.[1] ?? 'a new value';
}

/** What a city integrating the exchange must or may do about one change. */
export function adviceFor(change: SpecChange): string {
  const { action, location, operationId: op, field, kind, exchange, pointer } = change;
  const onOp = code(op);
  if (pointer === '' && action === 'add') return `New exchange: integrate with \`@zhongyuan/sdk/${exchange}\`; see its API reference.`;
  if (pointer === '' && action === 'remove') return 'The exchange is withdrawn: stop calling it.';
  const whole = location === 'operation' && /^\/paths\/[^/]+(\/[^/]+)?$/.test(pointer);
  if (whole && action === 'add') return `New operation ${onOp}: available to call.`;
  if (whole && action === 'remove') return `${onOp} is removed: stop calling it before you upgrade.`;
  const isEnum = /\/enum\/\d+$/.test(pointer);
  const isRequired = /\/required\/\d+$/.test(pointer);
  if (location === 'request' && field !== undefined) {
    if (isEnum) return kind === 'breaking' ? `${code(field)} on ${onOp} no longer accepts ${enumValue(change)}: stop sending it.` : `${code(field)} on ${onOp} accepts ${enumValue(change)}.`;
    if (action === 'add' && kind === 'breaking') return `New required field ${code(field)} on ${onOp}: send it.`;
    if (action === 'add') return `New optional field ${code(field)} on ${onOp}: send it when you have it.`;
    if (action === 'remove' && isRequired) return `Field ${code(field)} on ${onOp} is now optional.`;
    if (action === 'remove') return `Field ${code(field)} is no longer accepted by ${onOp}: stop sending it.`;
  }
  if (location === 'response' && field !== undefined) {
    if (isEnum && action !== 'remove') return `${onOp} may return ${enumValue(change)} in ${code(field)}: handle it.`;
    if (isEnum) return `${onOp} no longer returns ${enumValue(change)} in ${code(field)}.`;
    if (action === 'add' && isRequired) return `${onOp} always returns ${code(field)} now.`;
    if (action === 'add') return `${onOp} may return the new field ${code(field)}: read it if you need it.`;
    if (action === 'remove' && isRequired) return `${onOp} may omit ${code(field)}: handle its absence.`;
    if (action === 'remove') return `${onOp} no longer returns ${code(field)}: stop reading it.`;
  }
  if (location === 'parameter' && field !== undefined) {
    if (action === 'add') return kind === 'breaking' ? `New required parameter ${code(field)} on ${onOp}: send it.` : `New optional parameter ${code(field)} on ${onOp}.`;
    if (action === 'remove') return `Parameter ${code(field)} is gone from ${onOp}: stop sending it.`;
  }
  if (kind === 'breaking') return `${change.reason}: review your integration.`;
  return `${change.reason}: no action needed.`;
}

const HEADINGS = {
  breaking: 'Must do before upgrading (breaking)',
  'non-breaking': 'May do (non-breaking)',
} as const;

/** The notes of one exchange, or `undefined` when it did not change. */
export function exchangeNotes(diff: ExchangeDiff): string | undefined {
  if (diff.changes.length === 0) return undefined;
  const bump = requiredBump(diff.changes);
  const lines = [`### ${diff.exchange} (${diff.released ?? 'new'} → ${bump === 'none' ? 'documentation' : `${bump} release`})`];
  for (const kind of ['breaking', 'non-breaking'] as const) {
    const advice = [...new Set(diff.changes.filter((c) => c.kind === kind).map(adviceFor))];
    if (advice.length === 0) continue;
    lines.push('', `${HEADINGS[kind]}:`, '', ...advice.map((a) => `- ${a}`));
  }
  const annotations = diff.changes.filter((c) => c.kind === 'annotation').length;
  if (annotations > 0) lines.push('', `Documentation only: ${annotations} description or example change${annotations === 1 ? '' : 's'}; nothing to do.`);
  return lines.join('\n');
}

/** Notes for every changed exchange, grouped by exchange. */
export function releaseNotes(diffs: readonly ExchangeDiff[]): string {
  const parts = diffs.map(exchangeNotes).filter((n): n is string => n !== undefined);
  return parts.length === 0 ? 'No spec changes since the last release.' : parts.join('\n\n');
}
