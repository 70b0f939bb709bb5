// vigie's web UI: filters bound to the API's query parameters, kept in the
// page's address (#actor=FRA&quad=4) so that a view can be shared, and
// five views that read them: map, timeline, actor network, event list and
// article. Views ask the API for aggregates or bounded pages only, so the
// page stays quick on a large store.

import { el, clear, fmtInt, debounce } from './util.js';
import { ROOTS, PLOVER, MODALITIES, LANGS, QUADS } from './codes.js';
import { FILTERS, filterParams, Loader, APIError } from './api.js';
import { MapView } from './map.js';
import { TimelineView } from './timeline.js';
import { NetworkView } from './network.js';
import { ListView } from './list.js';
import { ArticleView } from './article.js';

const MAP_SAMPLE = 500; // events drawn on the map: the most mentioned
const ACTORS = 30; // actors in the network
const NET_WITHIN = 20000; // with filters, the network counts this many recent events at most

const $ = (id) => document.getElementById(id);

const state = { quad: [] };
let openEvent = null;

function readHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  for (const k of FILTERS) state[k] = k === 'quad' ? (h.get(k) || '').split(',').filter(Boolean) : h.get(k) || '';
  openEvent = h.get('event') || null;
}

function writeHash() {
  const h = new URLSearchParams(filterParams(state));
  if (openEvent) h.set('event', openEvent);
  const s = h.toString();
  history.replaceState(null, '', s ? '#' + s : location.pathname);
}

// The filter form.
const form = $('filters');
const field = (name) => form.elements.namedItem(name);

function buildForm(countries) {
  const root = field('root');
  for (const [code, name] of Object.entries(ROOTS)) root.append(el('option', { value: code, text: `${code} ${name}` }));
  const plover = field('plover');
  for (const p of PLOVER) plover.append(el('option', { value: p, text: p.toLowerCase() }));
  const mod = field('modality');
  for (const m of MODALITIES) mod.append(el('option', { value: m, text: m }));
  const lang = field('lang');
  for (const [c, n] of Object.entries(LANGS)) lang.append(el('option', { value: c, text: n }));
  const quads = $('quads');
  for (const [q, d] of Object.entries(QUADS)) {
    quads.append(el('label', { class: `quad q${q}`, title: d.name },
      el('input', { type: 'checkbox', name: 'quad', value: q }), el('i', { class: `dot q${q}` }), d.short));
  }
  const dl = $('countries');
  for (const [a3, name] of [...countries].sort((a, b) => a[1].localeCompare(b[1]))) dl.append(el('option', { value: a3, text: name }));
}

function fillForm() {
  for (const k of FILTERS) {
    if (k === 'quad' || k === 'bbox') continue;
    field(k).value = state[k] || '';
  }
  for (const cb of form.querySelectorAll('input[name=quad]')) cb.checked = state.quad.includes(cb.value);
  const chips = clear($('chips'));
  if (state.bbox) {
    chips.append(el('button', { type: 'button', class: 'chip-x', title: 'Remove the place filter', text: `place ${state.bbox} ×`, onclick: () => set({ bbox: '' }) }));
  }
}

function readForm() {
  for (const k of FILTERS) {
    if (k === 'quad' || k === 'bbox') continue;
    state[k] = field(k).value.trim();
  }
  state.actor = state.actor.toUpperCase();
  state.country = state.country.toUpperCase();
  state.quad = [...form.querySelectorAll('input[name=quad]:checked')].map((c) => c.value);
}

function set(changes) {
  Object.assign(state, changes);
  fillForm();
  refresh();
}

// Status line: errors from the API name the parameter.
function status(msg, param) {
  const s = $('status');
  form.querySelectorAll('.invalid').forEach((x) => x.classList.remove('invalid'));
  s.textContent = msg || '';
  s.hidden = !msg;
  if (param && field(param)) field(param).classList?.add('invalid');
}

function fail(err) {
  if (err.name === 'AbortError') return;
  status(err instanceof APIError ? err.message : `Error: ${err.message}`, err.param);
}

const loaders = { tl: new Loader(), map: new Loader(), net: new Loader(), list: new Loader() };
let map, timeline, network, list, article;

async function refresh() {
  writeHash();
  status('');
  document.body.classList.add('busy');
  const params = filterParams(state);
  const tl = loaders.tl.get('/api/stats/timeline', [...filterParams(state, ['from', 'to']), ['by', 'quad']]);
  // Handlers are attached at once: a failed request is reported, never
  // left as an unhandled rejection.
  const sample = loaders.map.get('/api/events', [...params, ['sort', '-mentions'], ['limit', String(MAP_SAMPLE)]])
    .then((r) => ({ r }), (err) => ({ err }));
  // With filters, the network counts the most recent NET_WITHIN matching
  // events, so that it stays fast on millions of events.
  const net = loaders.net.get('/api/actors', [...params, ['limit', String(ACTORS)], ['partners', '12'], ['within', String(NET_WITHIN)]])
    .then((r) => network.update(r.actors, state.actor)).catch(fail);
  let total = null;
  try {
    const t = await tl;
    timeline.update(t.points, state.from, state.to);
    total = t.points.filter((p) => (!state.from || p.date >= state.from) && (!state.to || p.date <= state.to)).reduce((s, p) => s + p.count, 0);
    $('summary').textContent = `${fmtInt(total)} events`;
    $('summary').dataset.total = total;
  } catch (err) { fail(err); }
  const jobs = [
    list.reset(params, total).catch(fail),
    sample.then(({ r, err }) => { if (err) throw err; map.update(r.events, total ?? r.events.length, state.country); }).catch(fail),
    net,
  ];
  await Promise.all(jobs);
  document.body.classList.remove('busy');
  document.body.dataset.ready = '1';
}

function openEventView(id, mention) {
  openEvent = id;
  writeHash();
  list.select(id);
  return article.open(id, mention);
}

async function main() {
  readHash();
  map = new MapView($('map'), {
    onCountry: (a3) => set({ country: state.country === a3 ? '' : a3 }),
    onPlace: (lat, lon) => {
      const r = (v) => Math.round(v * 1000) / 1000;
      set({ bbox: [r(lon - 0.01), r(lat - 0.01), r(lon + 0.01), r(lat + 0.01)].map((v) => v.toFixed(3)).join(',') });
    },
    onEvent: (id) => openEventView(id),
  });
  let countries = new Map();
  try { countries = await map.init(); } catch (err) { fail(err); }
  buildForm(countries);
  fillForm();
  timeline = new TimelineView($('timeline'), (from, to) => set({ from: state.from === from && state.to === to ? '' : from, to: state.from === from && state.to === to ? '' : to }));
  network = new NetworkView($('network'), (code) => set({ actor: state.actor === code ? '' : code }));
  list = new ListView($('list'), loaders.list, (id) => openEventView(id));
  article = new ArticleView($('article'));
  const apply = () => { readForm(); refresh(); };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); apply(); });
  form.addEventListener('change', (ev) => { if (ev.target.type !== 'search') apply(); });
  form.addEventListener('input', debounce((ev) => { if (ev.target.type === 'search') apply(); }, 400));
  $('reset').addEventListener('click', () => { for (const k of FILTERS) state[k] = k === 'quad' ? [] : ''; fillForm(); refresh(); });
  $('clear-dates').addEventListener('click', () => set({ from: '', to: '' }));
  window.addEventListener('hashchange', () => { readHash(); fillForm(); refresh(); });
  await refresh();
  if (openEvent) await openEventView(openEvent);
}

main();
