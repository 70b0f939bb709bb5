// The article view: an event's mention opens its document, whose text is
// shown with entities, actors, time expressions and event triggers
// highlighted by their byte offsets, and the mention's evidence (source,
// target, trigger) highlighted apart and scrolled into view.
//
// The API gives UTF-8 byte offsets; byteIndex converts them to indexes
// into the JavaScript (UTF-16) string. Text goes in as text nodes only.

import { el, clear, byteIndex, fmtInt, actorLabel, safeHref } from './util.js';
import { QUADS, ROOTS, ENTITY_TYPES } from './codes.js';
import { getJSON } from './api.js';

const LEGEND = [
  ['hl-sel-src', 'evidence: source'], ['hl-sel-trig', 'evidence: trigger'], ['hl-sel-tgt', 'evidence: target'],
  ['hl-ent', 'entity'], ['hl-actor', 'actor'], ['hl-trig', 'event trigger'], ['hl-timex', 'time expression'],
];

export class ArticleView {
  constructor(root, onFilter) {
    this.root = root;
    this.onFilter = onFilter;
    this.seq = 0;
    this.docs = new Map(); // a few documents, for switching mentions
    this.empty();
  }

  empty() {
    clear(this.root).append(el('p', { class: 'hint', text: 'Click an event on the map, in the list, or a trigger in an article, to read the sentence it came from.' }));
  }

  // open shows event id: its first mention, unless mentionID names one.
  async open(id, mentionID) {
    const seq = ++this.seq;
    this.root.classList.add('loading');
    try {
      const det = await getJSON(`/api/events/${encodeURIComponent(id)}`);
      if (seq !== this.seq) return;
      this.detail = det;
      const ms = det.mentions;
      const m = ms.find((x) => x.id === mentionID) || ms[0];
      await this.showMention(det, m, seq);
    } catch (err) {
      if (seq === this.seq) clear(this.root).append(el('p', { class: 'error', text: `Cannot open event ${id}: ${err.message}` }));
    } finally {
      if (seq === this.seq) this.root.classList.remove('loading');
    }
  }

  async showMention(det, m, seq) {
    const ev = det.event;
    const head = el('div', { class: 'ev-head' },
      el('div', { class: 'ev-line' },
        el('span', { class: 'ev-actor', text: actorLabel(ev.source) }),
        el('span', { class: `ev-code q${ev.quad}` }, el('i', { class: `dot q${ev.quad}` }), `${ROOTS[ev.cameo_root] || ''} `, el('code', { text: ev.cameo })),
        el('span', { class: 'ev-actor', text: actorLabel(ev.target) })),
      el('div', { class: 'ev-meta' },
        chip(ev.date), chip(QUADS[ev.quad]?.name), chip(ev.plover?.event && `PLOVER ${ev.plover.event}`), chip(ev.modality),
        chip(`Goldstein ${ev.goldstein}`), chip(ev.place && `at ${ev.place.name}${ev.place.country ? ' · ' + ev.place.country : ''}`),
        chip(`${fmtInt(ev.num_mentions)} mentions · ${fmtInt(ev.num_sources)} sources · ${fmtInt(ev.num_articles)} articles`),
        chip(`confidence ${Math.round((ev.confidence || 0) * 100)}%`)));
    const nav = det.mentions.length > 1 ? el('div', { class: 'mentions' }, `Mentions (${det.mentions.length}): `,
      det.mentions.map((x, i) => el('button', {
        type: 'button', class: x.id === m?.id ? 'on' : undefined, title: x.url, text: `${i + 1}. ${x.domain || x.doc}`,
        onclick: () => this.showMention(det, x, this.seq),
      }))) : null;
    if (!m) {
      clear(this.root).append(head, el('p', { class: 'hint', text: 'This event has no stored mention.' }));
      return;
    }
    let dd = this.docs.get(m.doc);
    if (!dd) {
      dd = await getJSON(`/api/documents/${encodeURIComponent(m.doc)}`);
      this.docs.set(m.doc, dd);
      if (this.docs.size > 8) this.docs.delete(this.docs.keys().next().value);
    }
    if (seq !== this.seq) return;
    this.render(head, nav, dd, m);
  }

  render(head, nav, dd, sel) {
    const d = dd.document;
    const text = d.text || '';
    const at = byteIndex(text);
    const spans = [];
    const add = (b, cls, title, extra) => {
      if (!b || b[1] <= b[0]) return;
      const s = at(b[0]), e = at(b[1]);
      if (e > s) spans.push({ s, e, cls, title, ...extra });
    };
    for (const en of dd.entities) {
      for (const sp of en.mentions || []) {
        add([sp.start, sp.end], en.code ? `hl-ent hl-actor ent-${en.type}` : `hl-ent ent-${en.type}`,
          `${ENTITY_TYPES[en.type] || en.type}: ${en.name || en.text}${en.code ? ' · ' + en.code : ''}`);
      }
    }
    const selMention = dd.events.find((x) => x.id === sel.id) || sel;
    for (const m of dd.events) {
      const e = m.event;
      add(e.evidence.source, 'hl-actor', `actor ${e.source.code || ''}${e.source.name ? ' · ' + e.source.name : ''}`);
      add(e.evidence.target, 'hl-actor', `actor ${e.target.code || ''}${e.target.name ? ' · ' + e.target.name : ''}`);
      add(e.evidence.trigger, 'hl-trig', `event ${e.cameo} ${ROOTS[e.cameo_root] || ''} (${e.source.code || '?'} → ${e.target.code || '?'}); click to select`, { mention: m });
      if (e.date_expr) {
        // The store keeps the time expression's words, not its offsets:
        // find them in the event's sentence.
        const s0 = at(e.sentence.start), s1 = at(e.sentence.end);
        const i = text.indexOf(e.date_expr, s0);
        if (i >= 0 && i + e.date_expr.length <= s1) spans.push({ s: i, e: i + e.date_expr.length, cls: 'hl-timex', title: `time expression → ${e.date.slice(0, 10)} (${e.date_granularity})` });
      }
    }
    const ev = selMention.event;
    add([ev.sentence.start, ev.sentence.end], 'hl-sel-sent');
    add(ev.evidence.source, 'hl-sel-src', `evidence: source ${ev.source.code || ''}`);
    add(ev.evidence.target, 'hl-sel-tgt', `evidence: target ${ev.target.code || ''}`);
    add(ev.evidence.trigger, 'hl-sel-trig', `evidence: trigger of ${ev.cameo}`);

    const body = el('div', { class: 'doc-text', lang: d.lang || undefined, dataset: { doc: d.id, mention: selMention.id } });
    const cuts = new Set([0, text.length]);
    for (const sp of spans) { cuts.add(sp.s); cuts.add(sp.e); }
    const bounds = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i], b = bounds[i + 1];
      const piece = text.slice(a, b);
      const on = spans.filter((sp) => sp.s <= a && sp.e >= b);
      if (!on.length) { body.append(piece); continue; }
      const cls = new Set(), titles = [];
      let mention = null;
      for (const sp of on) {
        sp.cls.split(' ').forEach((c) => cls.add(c));
        if (sp.title && !titles.includes(sp.title)) titles.push(sp.title);
        if (sp.mention) mention = sp.mention;
      }
      const node = el('span', { class: [...cls].join(' '), title: titles.join('\n') || undefined, text: piece });
      if (mention) {
        node.addEventListener('click', () => this.open(mention.event_id, mention.id));
      }
      body.append(node);
    }
    const href = safeHref(d.url);
    const meta = el('div', { class: 'doc-meta' },
      el('h3', { text: d.title || '(untitled)' }),
      el('div', {},
        href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', text: selMention.domain || href }) : (d.url || ''),
        d.published ? ` · ${d.published.slice(0, 10)}` : '', d.lang ? ` · ${d.lang}` : '',
        dd.original ? ` · copy of ${dd.original.original}` : '',
        dd.copies.length ? ` · ${dd.copies.length} copies` : ''));
    const evidence = el('div', { class: 'evidence' },
      el('span', { class: 'hl-sel-src', text: ev.source.text || ev.source.code || '—' }), ' ',
      el('span', { class: 'hl-sel-trig', text: selMention.trigger || '—' }), ' ',
      el('span', { class: 'hl-sel-tgt', text: ev.target.text || ev.target.code || '—' }),
      el('small', { text: ` ${ev.modality}${ev.date_expr ? ' · “' + ev.date_expr + '”' : ''} · rule ${ev.rule || '—'}` }));
    const legend = el('div', { class: 'hl-legend' }, LEGEND.map(([c, t]) => el('span', { class: c, text: t })));
    const wrap = el('div', { class: 'doc-scroll' }, body);
    clear(this.root).append(head, nav || '', meta, evidence, legend, wrap);
    // evidence summary spans are outside .doc-text: tests look inside it.
    const target = body.querySelector('.hl-sel-trig') || body.querySelector('.hl-sel-src') || body.querySelector('.hl-sel-sent');
    if (target) {
      wrap.scrollTop = Math.max(0, target.offsetTop - wrap.clientHeight / 3);
      target.scrollIntoView({ block: 'nearest' });
    }
  }
}

function chip(text) {
  return text ? el('span', { class: 'chip', text }) : null;
}
