/**
 * Small HTML helpers for the generated pages: escaping and the shared page frame (no scripts, no external
 * resources, so the pages open offline and from `file://`).
 *
 * @module
 */

/** Escapes text for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;color:#1d2733;background:#fafbfc}
header{background:#123d6a;color:#fff;padding:14px 28px}header a{color:#cfe3ff}main{padding:20px 28px;max-width:1200px}
h1{font-size:24px;margin:0}h2{margin-top:32px;border-bottom:1px solid #d6dde5;padding-bottom:4px}
table{border-collapse:collapse;width:100%;margin:12px 0;background:#fff}th,td{border:1px solid #d6dde5;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef2f6}code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:#eef2f6;padding:1px 4px;border-radius:3px}
.diagram{overflow-x:auto;background:#fff;border:1px solid #d6dde5;padding:8px;margin:12px 0}.muted{color:#5b6b7c}
nav a{margin-right:16px}.yes{color:#0a7a32}.no{color:#a33}`;

/** A complete page: header with the site navigation, then `body`. */
export function page(title: string, body: string, nav: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><nav>${nav}</nav></header>
<main>
${body}
</main>
</body>
</html>
`;
}
