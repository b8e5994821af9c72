/** thanos-fleet doctor: diagnose a live fleet hop by hop (style.md: doctor/probes → Diagnosis → report). */
export type { DoctorOptions, ResolveEntry } from './context.js';
export { parseResolve } from './context.js';
export { DIAGNOSES, type DiagnosisCode } from './diagnoses.js';
export { formatReport, isUtf8, type OutputFormat } from './format.js';
export { type DoctorReport, healthy, type ProbeResult, summarize } from './model.js';
export { runDoctor } from './run.js';
