import { describe, expect, it } from 'vitest';
import { run } from './main.js';

describe('the pension-transfer story (邯郸 → 洛阳)', () => {
  it('runs letter, overdue hop, form, payment, mismatch and completion, and never prints a full ID number', async () => {
    const lines: string[] = [];
    await run((line) => lines.push(line));
    const text = lines.join('\n');
    expect(text).toContain('case 410300202600001234 applied');
    expect(text).toContain('→ letterIssued; Handan must answer by 2026-03-24 (15 working days)');
    expect(text).toMatch(/Luoyang lists its overdue cases: 410300202600001234 awaiting 邯郸/);
    expect(text).toMatch(/Handan inbox #1 contactLetterReceived on 410300202600001234/);
    expect(text).toMatch(/Handan inbox #2 hopOverdue \(informationFormAndPayment\)/);
    expect(text).toContain('may rejectContactLetter or issueInformationForm; overdue: true');
    expect(text).toMatch(/→ case infoFormIssued/);
    expect(text).toMatch(/→ fundsSent; its hop ended 2026-03-31, overdue: true/);
    expect(text).toMatch(/→ amountMismatch \(到账金额不符\): difference -20\.00 元, nothing booked/);
    expect(text).toContain('Completing now is refused: 409 AMOUNT_MISMATCH');
    expect(text).toContain('→ fundsReceived, matched: true');
    expect(text).toMatch(/Luoyang merges the record \(接续\) → completed/);
    // Handan's follower restarts from its stored position: the two events it had handled are not repeated.
    const afterRestart = lines.filter((l) => l.includes('Handan inbox (after restart)'));
    expect(afterRestart.map((l) => /#(\d+) (\w+)/.exec(l)?.slice(1, 3).join(' '))).toEqual([
      '3 fundsArrived',
      '4 amountMismatchDetected',
      '5 amountMismatchResolved',
      '6 continuationCompleted',
    ]);
    expect(text).toMatch(/continuation done 2026-04-03/);
    // The only 18-character number printed is the contact-letter number; ID numbers appear masked.
    expect(new Set(text.match(/\d{17}[\dX]/g))).toEqual(new Set(['410300202600001234']));
    expect(text).toMatch(/\(130400\*{8}\d{3}[\dX]\)/);
  });
});
