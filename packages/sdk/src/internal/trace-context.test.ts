import { describe, expect, it } from 'vitest';
import { startTrace } from './trace-context.js';

const FORMAT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

describe('startTrace', () => {
  it('starts a new sampled trace with a fresh span per attempt', () => {
    const trace = startTrace(undefined);
    const [a, b] = [trace.nextSpan(), trace.nextSpan()];
    expect(a).toMatch(FORMAT);
    expect(a.slice(3, 35)).toBe(b.slice(3, 35));
    expect(a.slice(36, 52)).not.toBe(b.slice(36, 52));
  });
  it('continues a valid parent, keeping its flags', () => {
    const trace = startTrace('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00');
    expect(trace.nextSpan()).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00$/);
  });
  it('ignores an invalid parent', () => {
    for (const bad of ['garbage', '00-00000000000000000000000000000000-00f067aa0ba902b7-01', 'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01']) {
      expect(startTrace(bad).traceId).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
      expect(startTrace(bad).nextSpan()).toMatch(FORMAT);
    }
  });
});
