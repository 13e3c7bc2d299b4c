import type { Context } from 'hono';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A tagged template that escapes every interpolated value unless it is already Html. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    const text = Array.isArray(value)
      ? value.map((v) => (v instanceof Html ? v.value : escapeHtml(String(v)))).join('')
      : value instanceof Html
        ? value.value
        : escapeHtml(String(value ?? ''));
    out += text + strings[i + 1]!;
  });
  return new Html(out);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1f2328}
label{display:block;margin-top:1rem;font-weight:600}input{display:block;width:100%;padding:.5rem;font:inherit;box-sizing:border-box}
button{margin-top:1.25rem;padding:.5rem 1rem;font:inherit;cursor:pointer}.error{color:#b42318;font-weight:600}
.actions{display:flex;gap:.75rem}.actions form{margin:0}ul{padding-left:1.25rem}`;

export function page(title: string, body: Html): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - Modboard local instance</title><style>${STYLE}</style></head>
<body><main>${body.value}</main></body></html>`;
}

/** Rails' routing fallback: an HTML 404 page, which is also what old servers send for routes they lack. */
export function routeNotFound(c: Context) {
  return c.html(page("The page you are looking for isn't here.", html`<h1>404</h1><p>The page you are looking for isn't here.</p>`), 404);
}
