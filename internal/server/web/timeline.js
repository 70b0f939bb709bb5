// The timeline: events per day (or week, or month over long spans) by
// quad class, as stacked bars. Dragging selects a date range, clicking a
// bar selects its day; the selection becomes the from/to filters.

import { svg, el, clear, fmtInt, addDays, daysBetween } from './util.js';
import { QUADS, quadColor } from './codes.js';

const H = 150, PAD = { l: 40, r: 10, t: 10, b: 22 };

function bucketOf(date, unit) {
  if (unit === 'day') return date;
  if (unit === 'month') return date.slice(0, 8) + '01';
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // Monday
  return d.toISOString().slice(0, 10);
}

function nextBucket(b, unit) {
  if (unit === 'day') return addDays(b, 1);
  if (unit === 'week') return addDays(b, 7);
  const d = new Date(b + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

export class TimelineView {
  constructor(root, onRange) {
    this.root = root;
    this.onRange = onRange;
    this.data = null;
    new ResizeObserver(() => { if (this.data) this.draw(); }).observe(root);
  }

  // update takes the API's points (date, key = quad class, count) and the
  // selected range.
  update(points, from, to) {
    const total = points.reduce((s, p) => s + p.count, 0);
    this.data = { points, total };
    this.from = from;
    this.to = to;
    this.draw();
  }

  draw() {
    const { points, total } = this.data;
    const W = Math.max(300, this.root.clientWidth);
    const s = svg('svg', { class: 'timeline', width: W, height: H, viewBox: `0 0 ${W} ${H}`, dataset: { total } });
    clear(this.root).append(s);
    if (!points.length) {
      s.dataset.buckets = 0;
      s.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty', text: 'No events for these filters' }));
      return;
    }
    const first = points[0].date, last = points[points.length - 1].date;
    const span = daysBetween(first, last) + 1;
    const unit = span <= 400 ? 'day' : span <= 2800 ? 'week' : 'month';
    const buckets = [];
    const index = new Map();
    for (let b = bucketOf(first, unit); b <= last; b = nextBucket(b, unit)) {
      index.set(b, buckets.length);
      buckets.push({ date: b, end: addDays(nextBucket(b, unit), -1), q: [0, 0, 0, 0, 0], total: 0 });
    }
    for (const p of points) {
      const k = index.get(bucketOf(p.date, unit));
      const q = Number(p.key);
      buckets[k].q[q >= 1 && q <= 4 ? q : 0] += p.count;
      buckets[k].total += p.count;
    }
    s.dataset.buckets = buckets.length;
    s.dataset.unit = unit;
    const max = Math.max(...buckets.map((b) => b.total));
    const iw = W - PAD.l - PAD.r, ih = H - PAD.t - PAD.b;
    const bw = iw / buckets.length;
    const gap = bw > 4 ? Math.min(2, bw * 0.15) : 0;
    const y = (v) => (v / max) * ih;
    // Axis and grid.
    const ticks = [max, Math.round(max / 2)].filter((v, i, a) => v > 0 && a.indexOf(v) === i);
    for (const t of ticks) {
      const ty = PAD.t + ih - y(t);
      s.append(svg('line', { class: 'grid', x1: PAD.l, x2: W - PAD.r, y1: ty, y2: ty }),
        svg('text', { class: 'axis', x: PAD.l - 6, y: ty + 4, 'text-anchor': 'end', text: fmtInt(t) }));
    }
    s.append(svg('line', { class: 'base', x1: PAD.l, x2: W - PAD.r, y1: PAD.t + ih, y2: PAD.t + ih }));
    // One path per quad class, stacked from 1 at the bottom.
    const d = ['', '', '', '', ''];
    buckets.forEach((b, i) => {
      let base = PAD.t + ih;
      for (const q of [0, 1, 2, 3, 4]) {
        if (!b.q[q]) continue;
        const h = y(b.q[q]);
        base -= h;
        d[q] += `M${(PAD.l + i * bw + gap / 2).toFixed(2)} ${base.toFixed(2)}h${Math.max(0.8, bw - gap).toFixed(2)}v${h.toFixed(2)}h${(-Math.max(0.8, bw - gap)).toFixed(2)}z`;
      }
    });
    d.forEach((path, q) => { if (path) s.append(svg('path', { class: `bars q${q}`, d: path, fill: quadColor(q) })); });
    // Date labels: about one per 110 px.
    const every = Math.max(1, Math.ceil(buckets.length / Math.max(1, Math.floor(iw / 110))));
    for (let i = 0; i < buckets.length; i += every) {
      s.append(svg('text', { class: 'axis', x: PAD.l + i * bw + bw / 2, y: H - 6, 'text-anchor': 'middle', text: unit === 'month' ? buckets[i].date.slice(0, 7) : buckets[i].date }));
    }
    // The selected range.
    if (this.from || this.to) {
      const a = this.from ? buckets.findIndex((b) => b.end >= this.from) : 0;
      let z = this.to ? buckets.findLastIndex((b) => b.date <= this.to) : buckets.length - 1;
      if (a >= 0 && z >= a) {
        s.append(svg('rect', { class: 'selection', x: PAD.l + a * bw, y: PAD.t, width: (z - a + 1) * bw, height: ih }));
      }
    }
    const hover = svg('rect', { class: 'hover', x: 0, y: PAD.t, width: bw, height: ih, visibility: 'hidden' });
    const brush = svg('rect', { class: 'brush', x: 0, y: PAD.t, width: 0, height: ih, visibility: 'hidden' });
    s.append(hover, brush);
    const tip = el('div', { class: 'tip', hidden: true });
    this.root.append(tip);
    const at = (ev) => {
      const r = s.getBoundingClientRect();
      const i = Math.floor((ev.clientX - r.left - PAD.l) / bw);
      return Math.min(buckets.length - 1, Math.max(0, i));
    };
    let down = null;
    s.addEventListener('pointermove', (ev) => {
      const i = at(ev);
      const b = buckets[i];
      hover.setAttribute('x', PAD.l + i * bw);
      hover.setAttribute('visibility', 'visible');
      clear(tip).append(el('b', { text: unit === 'day' ? b.date : `${b.date} – ${b.end}` }), ` ${fmtInt(b.total)} events`,
        ...[1, 2, 3, 4].filter((q) => b.q[q]).map((q) => el('div', {}, el('i', { class: `dot q${q}` }), `${QUADS[q].short}: ${fmtInt(b.q[q])}`)));
      tip.hidden = false;
      const r = this.root.getBoundingClientRect();
      tip.style.left = `${Math.min(ev.clientX - r.left + 12, r.width - 180)}px`;
      tip.style.top = `${ev.clientY - r.top + 10}px`;
      if (down !== null) {
        const a = Math.min(down, i), z = Math.max(down, i);
        brush.setAttribute('x', PAD.l + a * bw);
        brush.setAttribute('width', (z - a + 1) * bw);
        brush.setAttribute('visibility', 'visible');
      }
    });
    s.addEventListener('pointerleave', () => { hover.setAttribute('visibility', 'hidden'); tip.hidden = true; });
    s.addEventListener('pointerdown', (ev) => { down = at(ev); s.setPointerCapture(ev.pointerId); });
    s.addEventListener('pointerup', (ev) => {
      if (down === null) return;
      const i = at(ev);
      const a = Math.min(down, i), z = Math.max(down, i);
      down = null;
      brush.setAttribute('visibility', 'hidden');
      this.onRange(buckets[a].date, buckets[z].end);
    });
  }
}
