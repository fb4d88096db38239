/** What breaks the bundle-isolation rules (empty when none), and one summary line per exchange. */
export function isolationProblems(sdkDist: string, mockEntry: string): { problems: string[]; summary: string[] };
