// Progress of the exports running in this server process, so the report builder can draw a progress
// bar for a download the browser is streaming: the page names a random token in the download URL and
// polls for it. Only the editor who started an export can read its progress. In memory, bounded, and
// forgotten soon after the export ends: it describes work in flight, nothing worth keeping.
export type ExportState = "running" | "done" | "cancelled" | "failed";
type Progress = { owner: string; total: number; written: number; state: ExportState; at: number };

const MAX_TRACKED = 500;
const KEEP_MS = 10 * 60_000;
const exports = new Map<string, Progress>();

export const PROGRESS_TOKEN = /^[A-Za-z0-9_-]{8,64}$/;

function prune(now: number) {
  for (const [token, p] of exports)
    if (now - p.at > KEEP_MS || exports.size > MAX_TRACKED) exports.delete(token);
    else break; // a Map iterates in insertion order: the rest are newer
}

export function trackExport(owner: string, token: string, total: number) {
  const now = Date.now();
  prune(now);
  exports.delete(token);
  exports.set(token, { owner, total, written: 0, state: "running", at: now });
  return (written: number, state: ExportState) => {
    const p = exports.get(token);
    if (p && p.owner === owner) Object.assign(p, { written, state, at: Date.now() });
  };
}

export function exportProgress(owner: string, token: string) {
  const p = exports.get(token);
  if (!p || p.owner !== owner) return null;
  return { total: p.total, written: p.written, state: p.state };
}
