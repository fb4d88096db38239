/** The files a built ES module reaches through relative imports, and the bare specifiers they import. */
export function importGraph(entry: string): { files: Set<string>; bare: Set<string> };
