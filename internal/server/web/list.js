// The event list: one page at a time from GET /api/events, following
// next_cursor when "Load more" is pressed. Only the rows loaded are in
// the DOM.

import { el, clear, fmtInt, actorLabel } from './util.js';
import { QUADS, ROOTS } from './codes.js';

export const PAGE = 50;

export class ListView {
  constructor(root, loader, onOpen) {
    this.root = root;
    this.loader = loader;
    this.onOpen = onOpen;
    this.sort = '-date';
    this.count = el('span', { class: 'count' });
    this.sortSel = el('select', { 'aria-label': 'Sort events', onchange: () => { this.sort = this.sortSel.value; this.reload(); } },
      el('option', { value: '-date', text: 'Newest first' }),
      el('option', { value: 'date', text: 'Oldest first' }),
      el('option', { value: '-mentions', text: 'Most mentioned' }),
      el('option', { value: '-updated', text: 'Recently updated' }));
    this.tbody = el('tbody');
    this.more = el('button', { type: 'button', class: 'more', text: 'Load more', onclick: () => this.page() });
    this.table = el('table', { class: 'events' },
      el('thead', {}, el('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Place', 'Ment.', 'Src.'].map((h) => el('th', { text: h })))),
      this.tbody);
    clear(root).append(el('div', { class: 'list-head' }, this.count, this.sortSel), el('div', { class: 'table-wrap' }, this.table), this.more);
    this.rows = 0;
    this.selected = null;
  }

  // reset shows the first page for params; total is how many there are.
  reset(params, total) {
    this.params = params;
    this.total = total;
    return this.reload();
  }

  reload() {
    this.cursor = null;
    this.rows = 0;
    this.done = false;
    clear(this.tbody);
    return this.page();
  }

  async page() {
    if (this.done) return;
    const p = [...this.params, ['limit', String(PAGE)], ['sort', this.sort]];
    if (this.cursor) p.push(['cursor', this.cursor]);
    this.more.disabled = true;
    this.root.classList.add('loading');
    let res;
    try {
      res = await this.loader.get('/api/events', p);
    } catch (err) {
      if (err.name !== 'AbortError') this.count.textContent = 'The events could not be loaded';
      throw err;
    } finally {
      this.root.classList.remove('loading');
      this.more.disabled = false;
    }
    const frag = document.createDocumentFragment();
    for (const e of res.events) frag.append(this.row(e));
    this.tbody.append(frag);
    this.rows += res.events.length;
    this.cursor = res.next_cursor || null;
    this.done = !this.cursor;
    this.more.hidden = this.done;
    this.table.dataset.rows = this.rows;
    const total = this.total ?? this.rows;
    this.count.textContent = this.rows === 0 ? 'No events for these filters' : `${fmtInt(this.rows)} of ${fmtInt(Math.max(total, this.rows))} events`;
  }

  row(e) {
    const q = QUADS[e.quad];
    const tr = el('tr', { tabindex: 0, dataset: { id: e.id }, class: e.id === this.selected ? 'selected' : undefined },
      el('td', { class: 'date', text: e.date }),
      el('td', { class: 'actor', text: actorLabel(e.source), title: e.source?.text }),
      el('td', { class: 'what' }, el('i', { class: `dot q${e.quad}`, title: q ? q.name : '' }),
        el('span', { text: `${ROOTS[e.cameo_root] || 'CAMEO'} ` }), el('code', { text: e.cameo })),
      el('td', { class: 'actor', text: actorLabel(e.target), title: e.target?.text }),
      el('td', { class: 'place', text: e.place ? e.place.name : '' }),
      el('td', { class: 'num', text: fmtInt(e.num_mentions) }),
      el('td', { class: 'num', text: fmtInt(e.num_sources) }));
    const open = () => this.onOpen(e.id);
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
    return tr;
  }

  select(id) {
    this.selected = id;
    for (const tr of this.tbody.children) tr.classList.toggle('selected', tr.dataset.id === id);
  }
}
