/**
 * docs/rules/ generated from the registry: one page per rule (English and Korean) and an index.
 * `node dist/check/docs.js [dir]` writes them; a test regenerates them in memory and compares.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMessages as m } from '../i18n/messages/check.js';
import { RULES } from './rules/index.js';
import type { Rule } from './types.js';

const LEVEL = { error: m.severityError, warning: m.severityWarning, info: m.severityInfo };

export function rulePage(rule: Rule): string {
  const r = rule.meta;
  const lines = [
    `# ${r.code} ${r.slug}`,
    '',
    `<!-- ${m.docsGenerated.en()} -->`,
    '',
    `| | |`,
    `| --- | --- |`,
    `| code | \`${r.code}\` |`,
    `| slug | \`${r.slug}\` |`,
    `| severity | ${LEVEL[r.severity].en()} / ${LEVEL[r.severity].ko()} |`,
    `| category | ${r.category} |`,
    '',
    '## English',
    '',
    `**${r.title.en}**`,
    '',
    `### ${m.docsWhy.en()}`,
    '',
    r.why.en,
    '',
    `### ${m.docsFix.en()}`,
    '',
    r.fix.en,
    '',
    '## 한국어',
    '',
    `**${r.title.ko}**`,
    '',
    `### ${m.docsWhy.ko()}`,
    '',
    r.why.ko,
    '',
    `### ${m.docsFix.ko()}`,
    '',
    r.fix.ko,
    '',
    `## ${m.docsSuppress.en()} / ${m.docsSuppress.ko()}`,
    '',
    '```yaml',
    `# thanos-fleet-ignore ${r.code}: <reason>`,
    '```',
    '',
    '```yaml',
    '# .thanos-fleet-check.yaml',
    'ignore:',
    `  - code: ${r.code}`,
    '    path: "clusters/**"',
    '    reason: <reason>',
    '```',
    '',
  ];
  if (r.sources.length > 0) {
    lines.push(`## ${m.docsSources.en()} / ${m.docsSources.ko()}`, '');
    for (const s of r.sources) lines.push(`- ${s}`);
    lines.push('');
  }
  lines.push(`Fixtures: \`test/rules/${r.code}/\``, '');
  return lines.join('\n');
}

export function indexPage(): string {
  const lines = [
    `# ${m.docsIndexTitle.en()} / ${m.docsIndexTitle.ko()}`,
    '',
    `<!-- ${m.docsGenerated.en()} -->`,
    '',
    m.docsIndexIntro.en(),
    '',
    '---',
    '',
    m.docsIndexIntro.ko(),
    '',
    '| code | rule | severity | category | title | 제목 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...RULES.map(
      (r) =>
        `| ${r.meta.code} | [${r.meta.slug}](${r.meta.slug}.md) | ${r.meta.severity} | ${r.meta.category} | ${r.meta.title.en} | ${r.meta.title.ko} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** Every generated file: relative path → content. */
export function generateRuleDocs(): Map<string, string> {
  const out = new Map<string, string>();
  out.set('README.md', indexPage());
  for (const r of RULES) out.set(`${r.meta.slug}.md`, rulePage(r));
  return out;
}

export const DOCS_DIR = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

export function writeRuleDocs(dir = DOCS_DIR): number {
  mkdirSync(dir, { recursive: true });
  const docs = generateRuleDocs();
  for (const [name, content] of docs) writeFileSync(join(dir, name), content);
  return docs.size;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = writeRuleDocs(process.argv[2] ?? DOCS_DIR);
  process.stdout.write(`${n} files\n`);
}
