import { describe, expect, it } from 'vitest';
import { run } from './main.js';

describe('the identifiers story', () => {
  it('accepts the valid examples, refuses the impossible date and the bad check digits, and never prints a full ID', async () => {
    const lines: string[] = [];
    await run((line) => lines.push(line));
    const text = lines.join('\n');
    expect(text).toContain('410105********1239  valid: born 1980-01-01, male, registered in Zhengzhou');
    expect(text).toMatch(/130402\*{8}4562 {2}refused/);
    expect(text).toMatch(/410105\*{8}1238 {2}refused/);
    expect(text).toContain('issue CHECK_DIGIT');
    expect(text).toMatch(/91410100MA3X000108 {2}refused/);
    expect(text).toContain('is cross-province: true');
    for (const id of ['410105198001011239', '130402199002294562', '41090219751231002X']) expect(text).not.toContain(id);
  });
});
