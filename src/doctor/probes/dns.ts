/** DNS: does every exposed host resolve, and to which records (guide 연동 검증 1: nslookup / dig). */
import { say } from '../../i18n/index.js';
import { doctorMessages as m } from '../../i18n/messages/doctor.js';
import type { HostTarget } from '../context.js';
import { diagnose } from '../diagnoses.js';
import { makeResult, type ProbeResult } from '../model.js';
import { resolveHost } from '../net.js';

export interface DnsProbe {
  result: ProbeResult;
  /** Address to connect to, when the host resolves. */
  address?: string;
}

export async function probeDns(t: HostTarget, timeoutMs: number): Promise<DnsProbe> {
  if (t.pinned) {
    return {
      result: makeResult('dns', t.host, 'ok', say(m.dnsPinned, { host: t.host, address: t.pinned.address })),
      address: t.pinned.address,
    };
  }
  const out = await resolveHost(t.host, timeoutMs);
  if (!out.ok) {
    const diagnosis = diagnose('TF9102', { target: t.host, detail: `${out.error.ms} ms` });
    return {
      result: makeResult('dns', t.host, 'fail', say(m.dnsCheck, { host: t.host, detail: 'timeout' }), {
        diagnosis,
      }),
    };
  }
  const f = out.facts;
  const parts = [
    ...f.cname.map((c) => `CNAME ${c}`),
    ...(f.a.length ? [`A ${f.a.join(', ')}`] : []),
    ...(f.aaaa.length ? [`AAAA ${f.aaaa.join(', ')}`] : []),
  ];
  const address = f.a[0] ?? f.aaaa[0] ?? f.lookup[0];
  const facts = { a: f.a, aaaa: f.aaaa, cname: f.cname };
  if (!address) {
    const diagnosis = diagnose('TF9101', { target: t.host, detail: parts.join('; ') || 'NXDOMAIN' });
    return {
      result: makeResult(
        'dns',
        t.host,
        'fail',
        say(m.dnsCheck, { host: t.host, detail: parts.join('; ') || 'NXDOMAIN' }),
        {
          diagnosis,
          facts,
        },
      ),
    };
  }
  const detail =
    parts.length > 0 ? parts.join('; ') : say(m.dnsLookupOnly, { addresses: f.lookup.join(', ') });
  const result =
    typeof detail === 'string'
      ? makeResult('dns', t.host, 'ok', say(m.dnsCheck, { host: t.host, detail }), { facts })
      : makeResult(
          'dns',
          t.host,
          'ok',
          {
            en: m.dnsCheck.en({ host: t.host, detail: detail.en }),
            ko: m.dnsCheck.ko({ host: t.host, detail: detail.ko }),
          },
          { facts: { ...facts, lookup: f.lookup } },
        );
  return { result, address };
}
