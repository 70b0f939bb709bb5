// The API client: every filter maps to one query parameter of /api/events
// and its siblings (see /api/openapi.json). Errors carry the API's message.

export class APIError extends Error {
  constructor(message, param, status) {
    super(message);
    this.param = param;
    this.status = status;
  }
}

export async function getJSON(path, params, signal) {
  const u = new URL(path, location.origin);
  for (const [k, v] of params || []) u.searchParams.append(k, v);
  const r = await fetch(u, { headers: { Accept: 'application/json' }, signal });
  let body = null;
  try { body = await r.json(); } catch { /* not JSON */ }
  if (!r.ok) throw new APIError((body && body.error) || `${r.status} ${r.statusText}`, body && body.param, r.status);
  return body;
}

// FILTERS are the filter fields of the UI state, each the name of its
// query parameter.
export const FILTERS = ['q', 'actor', 'country', 'root', 'quad', 'plover', 'modality', 'lang', 'from', 'to', 'bbox'];

// filterParams turns the state into query parameters; omit names fields
// to leave out (the timeline leaves out the dates it selects).
export function filterParams(state, omit = []) {
  const out = [];
  for (const k of FILTERS) {
    if (omit.includes(k)) continue;
    const v = state[k];
    if (Array.isArray(v)) { if (v.length) out.push([k, v.join(',')]); }
    else if (v) out.push([k, String(v)]);
  }
  return out;
}

// A Loader runs one request at a time for a view, aborting the previous.
export class Loader {
  constructor() { this.ctl = null; }
  async get(path, params) {
    if (this.ctl) this.ctl.abort();
    const ctl = new AbortController();
    this.ctl = ctl;
    try {
      return await getJSON(path, params, ctl.signal);
    } finally {
      if (this.ctl === ctl) this.ctl = null;
    }
  }
}
