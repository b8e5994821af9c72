/** The top-level README.md of a render: what each folder holds, where it goes, and the rollout order. */
import { inLang } from '../i18n/index.js';
import { edgeMessages as m } from '../i18n/messages/edge.js';
import { type Artifact, artifact, type RenderWarning } from './artifact.js';
import type { RenderContext } from './context.js';
import { EDGE_NAMESPACE, receiveRemoteWriteUrl } from './edge/agent-config.js';
import { edgeDir } from './edge/index.js';

interface FolderRow {
  folder: string;
  holds: string;
  where: string;
  files: number;
  secrets: number;
}

/** Files and secrets per output folder (central/, edges/<name>/, anything else by its directory). */
export class FolderTally {
  private readonly folders = new Map<string, { files: number; secrets: number }>();
  secrets = 0;

  static of(artifacts: Iterable<Artifact>): FolderTally {
    const tally = new FolderTally();
    for (const a of artifacts) tally.add(a);
    return tally;
  }

  /** The last folder counted, by the prefix its files share: a render yields a folder's files together. */
  private lastPrefix = '\0';
  private last: { files: number; secrets: number } | undefined;

  add(a: Artifact): void {
    if (a.path === 'README.md') return;
    let t = a.path.startsWith(this.lastPrefix) ? this.last : undefined;
    if (t === undefined) {
      const folder = folderOf(a.path);
      t = this.folders.get(folder);
      if (t === undefined) {
        t = { files: 0, secrets: 0 };
        this.folders.set(folder, t);
      }
      // central/ and edges/<name>/ hold everything below them; other folders only their own files.
      this.lastPrefix = folder === 'central/' || /^edges\/[^/]+\/$/.test(folder) ? folder : '\0';
      this.last = t;
    }
    t.files++;
    if (a.secret) {
      t.secrets++;
      this.secrets++;
    }
  }

  count(folder: string): { files: number; secrets: number } {
    const t = this.folders.get(folder);
    return { files: t?.files ?? 0, secrets: t?.secrets ?? 0 };
  }

  names(): string[] {
    return [...this.folders.keys()];
  }
}

function folderOf(path: string): string {
  const parts = path.split('/', 3);
  if (parts[0] === 'central') return 'central/';
  if (parts[0] === 'edges' && parts.length > 2) return `edges/${parts[1]}/`;
  return `${path.split('/').slice(0, -1).join('/') || '.'}/`;
}

/** Counts come from a tally kept while the artifacts streamed past (render/index.ts). */
export function renderIndexReadme(
  ctx: RenderContext,
  tally: FolderTally,
  warnings: RenderWarning[],
): Artifact {
  const { fleet, lang, provider } = ctx;
  const ns = fleet.central.namespace;
  const count = (folder: string) => tally.count(folder);
  const rows: FolderRow[] = [
    {
      folder: 'central/',
      holds: m.indexCentralHolds[lang]({ provider }),
      where: m.indexCentralWhere[lang]({ ns }),
      ...count('central/'),
    },
    ...fleet.edges.map((e) => ({
      folder: `${edgeDir(e)}/`,
      holds: m.indexEdgeHolds[lang]({ cluster: e.clusterLabel, version: e.prometheusVersion }),
      where: m.indexEdgeWhere[lang]({ edge: e.name, ns: EDGE_NAMESPACE }),
      ...count(`${edgeDir(e)}/`),
    })),
  ];
  // Anything outside the known folders is still listed, never hidden.
  const known = new Set(rows.map((r) => r.folder));
  for (const folder of tally
    .names()
    .filter((f) => !known.has(f))
    .sort()) {
    rows.push({ folder, holds: m.indexOtherHolds[lang](), where: '—', ...count(folder) });
  }

  const receiveUrl = receiveRemoteWriteUrl(fleet);
  const out: string[] = [];
  out.push(`# ${m.indexTitle[lang]({ fleet: fleet.name })}`, '');
  out.push(m.indexIntro[lang]({ provider, edges: fleet.edges.length, receive: receiveUrl }), '');

  out.push(`## ${m.indexFoldersHeading[lang]()}`, '', m.indexFoldersHeader[lang]());
  for (const r of rows)
    out.push(
      `| [\`${r.folder}\`](${r.folder}README.md) | ${r.holds} | ${r.where} | ${m.indexFiles[lang]({ files: r.files, secrets: r.secrets })} |`,
    );
  out.push('');
  const secretCount = tally.secrets;
  if (secretCount > 0) out.push(m.indexSecrets[lang]({ count: secretCount }), '');

  out.push(`## ${m.indexWarningsHeading[lang]()}`, '');
  if (warnings.length === 0) out.push(m.indexWarningsNone[lang]({ provider }), '');
  else {
    out.push(m.indexWarningsCount[lang]({ count: warnings.length, provider }), '');
    for (const w of warnings) out.push(`- ${w.object} (${w.capability}): ${inLang(w.message, lang)}`);
    out.push('');
  }

  out.push(`## ${m.indexRolloutHeading[lang]()}`, '');
  const clusters = fleet.edges.map((e) => `\`${e.clusterLabel}\``).join(', ');
  const steps = [
    m.rolloutPrereq[lang]({ ns, objstore: fleet.central.objstore.secretName }),
    m.rolloutCentral[lang](),
    m.rolloutCheckReceive[lang]({ url: receiveUrl }),
    m.rolloutEdges[lang](),
    m.rolloutVerify[lang]({ clusters }),
  ];
  steps.forEach((s, i) => {
    out.push(`${i + 1}. ${s}`);
  });
  return artifact('README.md', `${out.join('\n')}\n`);
}
