/**
 * Reading what an operator would read: agent /metrics, agent log lines, nginx access and error logs.
 * Logs are matched by line text from an offset, never counted: Prometheus dedupes identical
 * remote-write lines for a minute (sandbox.md gotcha 6).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { metricSum, parseMetrics, type Sample } from '../prometheus/exposition.js';

export { metricSum, parseMetrics, type Sample };

/** The remote-write health figures datapath.md §3 names, for one agent. */
export interface RemoteWriteHealth {
  samplesTotal: number;
  samplesFailed: number;
  samplesRetried: number;
  samplesPending: number;
  samplesIn: number;
  enqueueRetries: number;
  metadataFailed: number;
  /** highest_timestamp_in_seconds - queue_highest_sent_timestamp_seconds; undefined before the first send (gotcha 5). */
  lagSeconds: number | undefined;
}

export const RW_METRICS = {
  samplesTotal: 'prometheus_remote_storage_samples_total',
  samplesFailed: 'prometheus_remote_storage_samples_failed_total',
  samplesRetried: 'prometheus_remote_storage_samples_retried_total',
  samplesPending: 'prometheus_remote_storage_samples_pending',
  samplesIn: 'prometheus_remote_storage_samples_in_total',
  enqueueRetries: 'prometheus_remote_storage_enqueue_retries_total',
  metadataFailed: 'prometheus_remote_storage_metadata_failed_total',
} as const;

export function remoteWriteHealth(samples: Sample[]): RemoteWriteHealth {
  const highest = metricSum(samples, 'prometheus_remote_storage_highest_timestamp_in_seconds');
  const sent = metricSum(samples, 'prometheus_remote_storage_queue_highest_sent_timestamp_seconds');
  return {
    samplesTotal: metricSum(samples, RW_METRICS.samplesTotal),
    samplesFailed: metricSum(samples, RW_METRICS.samplesFailed),
    samplesRetried: metricSum(samples, RW_METRICS.samplesRetried),
    samplesPending: metricSum(samples, RW_METRICS.samplesPending),
    samplesIn: metricSum(samples, RW_METRICS.samplesIn),
    enqueueRetries: metricSum(samples, RW_METRICS.enqueueRetries),
    metadataFailed: metricSum(samples, RW_METRICS.metadataFailed),
    lagSeconds: sent > 0 ? Math.max(0, highest - sent) : undefined,
  };
}

export async function fetchMetrics(port: number): Promise<Sample[]> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(3000) });
  return parseMetrics(await res.text());
}

/** Current size of a file (0 when absent): the offset to read new lines from. */
export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Text of a file from byte `from`. */
export function readFrom(file: string, from = 0): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const size = statSync(file).size;
    if (size <= from) return '';
    const buf = Buffer.alloc(size - from);
    readSync(fd, buf, 0, buf.length, from);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** First line from `from` on that matches every pattern. */
export function findLine(file: string, from: number, patterns: RegExp[]): string | undefined {
  return readFrom(file, from)
    .split('\n')
    .find((l) => l.length > 0 && patterns.every((p) => p.test(l)));
}

/** One access-log line: address, status and user agent; whatever the log_format, these are found. */
export interface AccessEntry {
  remoteAddr: string;
  status: number;
  agentTraffic: boolean;
  line: string;
}

export function parseAccessLog(text: string): AccessEntry[] {
  const out: AccessEntry[] = [];
  for (const line of text.split('\n')) {
    // The request line is the first quoted string; the status follows it (combined and custom formats).
    const m = /^(\S+) .*?"[A-Z]+ [^"]*" (\d{3}) /.exec(line);
    if (!m) continue;
    out.push({
      remoteAddr: m[1]!,
      status: Number(m[2]),
      agentTraffic: /Prometheus\//.test(line),
      line,
    });
  }
  return out;
}
