/**
 * nginx configuration syntax: quoting, names and an indenting line builder. Kept apart so every
 * feature file writes directives the same way.
 */
import type { IngressPolicy } from '../../../policy/model.js';

/**
 * A double-quoted nginx string. The parser unescapes only \" \' \\ \t \r \n inside quotes
 * (ngx_conf_file.c, ngx_conf_read_token), so regex escapes such as \s pass through untouched.
 */
export function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A string nginx must read literally where it also expands variables (auth_basic realm, map values):
 * nginx has no escape for "$", so it is removed (a RenderWarning says so).
 */
export function literal(s: string): string {
  return s.replace(/\$/g, '');
}

/** Identifier for zone, upstream and variable names: queryFrontend → query_frontend. */
export function componentId(p: Pick<IngressPolicy, 'component'>): string {
  return p.component.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Every name this file declares at http level carries this prefix, so it can live in an existing http{}. */
export const PREFIX = 'thanos_fleet';

export function zoneName(p: IngressPolicy, kind: 'req' | 'conn'): string {
  return `${PREFIX}_${componentId(p)}_${kind}`;
}

export function upstreamName(p: IngressPolicy, routeIndex: number): string {
  return `${PREFIX}_${componentId(p)}_${routeIndex}`;
}

export function variable(p: IngressPolicy, what: string): string {
  return `$${PREFIX}_${componentId(p)}_${what}`;
}

/** Lines with indentation; `block` opens `head {`, runs body, closes `}`. */
export class ConfWriter {
  private readonly lines: string[] = [];
  private depth = 0;
  private readonly said = new Set<string>();

  line(text = ''): this {
    this.lines.push(text === '' ? '' : `${'    '.repeat(this.depth)}${text}`);
    return this;
  }

  directive(name: string, ...args: (string | number)[]): this {
    return this.line(`${[name, ...args.map(String)].join(' ')};`);
  }

  /** One comment line per sentence-sized chunk, wrapped at about 100 columns. */
  comment(text: string): this {
    const indent = 4 * this.depth + 2;
    let current = '';
    for (const word of text.split(/\s+/)) {
      if (current && indent + current.length + 1 + word.length > 104) {
        this.line(`# ${current}`);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    if (current) this.line(`# ${current}`);
    return this;
  }

  /** A comment that explains a repeated pattern: written where it first appears only. */
  commentOnce(text: string): this {
    if (this.said.has(text)) return this;
    this.said.add(text);
    return this.comment(text);
  }

  block(head: string, body: () => void): this {
    this.line(`${head} {`);
    this.depth++;
    body();
    this.depth--;
    return this.line('}');
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
