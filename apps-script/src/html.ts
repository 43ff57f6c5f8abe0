/** Sheet text placed in sidebar HTML is escaped: names and notes come from the office's sheet. */
export function escapeHtml(s: unknown): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that is safe inside a <script> element (no closing tag, no line separators). */
export function jsonForScript(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const SIDEBAR_STYLE = `
body { font-family: 'Noto Sans JP', 'Hiragino Sans', Meiryo, sans-serif; font-size: 13px; margin: 0; padding: 12px; color: #202124; }
h2 { font-size: 15px; margin: 4px 0 8px; }
h3 { font-size: 13px; margin: 14px 0 6px; color: #3c4043; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0; }
button.entry { display: block; width: 100%; text-align: left; border: 1px solid #dadce0; border-radius: 4px; background: #fff; padding: 6px 8px; margin: 0 0 4px; cursor: pointer; font: inherit; }
button.entry:hover { background: #f1f3f4; }
.sev { display: inline-block; min-width: 3em; font-size: 11px; font-weight: bold; border-radius: 3px; padding: 1px 4px; margin-right: 4px; text-align: center; }
.sev.error { background: #f4c7c3; color: #a50e0e; }
.sev.warning { background: #fce8b2; color: #7a4f01; }
.sev.info { background: #d2e3fc; color: #174ea6; }
.muted { color: #5f6368; font-size: 12px; }
.count { float: right; color: #5f6368; }
table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid #eee; padding: 3px 4px; text-align: left; font-weight: normal; vertical-align: top; }
select, input[type=number], textarea { font: inherit; max-width: 100%; }
.primary { background: #1a73e8; color: #fff; border: 0; border-radius: 4px; padding: 6px 14px; cursor: pointer; font: inherit; }
.secondary { background: #fff; color: #1a73e8; border: 1px solid #dadce0; border-radius: 4px; padding: 6px 14px; cursor: pointer; font: inherit; }
#status { margin-top: 8px; min-height: 1.2em; }
`;
