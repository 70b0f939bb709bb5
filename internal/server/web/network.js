// The actor network: the most active actors (GET /api/actors) and, between
// them, edges weighted by the events they share, in either role. A small
// force layout places them; it is deterministic, so the same data gives
// the same picture.

import { svg, clear, fmtInt } from './util.js';

export class NetworkView {
  constructor(root, onActor) {
    this.root = root;
    this.onActor = onActor;
    this.actors = [];
    new ResizeObserver(() => { if (this.actors) this.draw(); }).observe(root);
  }

  update(actors, selected) {
    this.actors = actors;
    this.selected = selected;
    this.draw();
  }

  draw() {
    const W = Math.max(240, this.root.clientWidth), H = Math.max(240, this.root.clientHeight);
    const nodes = this.actors.map((a, i) => ({ ...a, i }));
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    const edges = new Map();
    for (const a of nodes) {
      for (const p of a.partners || []) {
        const b = byCode.get(p.code);
        if (!b || b === a) continue;
        const key = a.i < b.i ? `${a.i}:${b.i}` : `${b.i}:${a.i}`;
        const e = edges.get(key);
        if (!e) edges.set(key, { a: Math.min(a.i, b.i), b: Math.max(a.i, b.i), w: p.events });
        else e.w = Math.max(e.w, p.events);
      }
    }
    const links = [...edges.values()];
    layout(nodes, links, W, H);
    const s = svg('svg', { class: 'network', width: W, height: H, viewBox: `0 0 ${W} ${H}`, dataset: { nodes: nodes.length, edges: links.length } });
    clear(this.root).append(s);
    if (!nodes.length) {
      s.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty', text: 'No actors for these filters' }));
      return;
    }
    const maxW = Math.max(1, ...links.map((l) => l.w));
    const maxE = Math.max(1, ...nodes.map((n) => n.events));
    const gl = svg('g', { class: 'links' }), gn = svg('g', { class: 'nodes' });
    const linkEls = links.map((l) => {
      const A = nodes[l.a], B = nodes[l.b];
      const line = svg('line', { x1: A.x.toFixed(1), y1: A.y.toFixed(1), x2: B.x.toFixed(1), y2: B.y.toFixed(1), 'stroke-width': (1 + 5 * Math.sqrt(l.w / maxW)).toFixed(2), dataset: { a: A.code, b: B.code } },
        svg('title', { text: `${A.code} – ${B.code}: ${fmtInt(l.w)} events` }));
      gl.append(line);
      return line;
    });
    for (const n of nodes) {
      const r = 5 + 14 * Math.sqrt(n.events / maxE);
      const g = svg('g', { class: 'node' + (n.code === this.selected ? ' selected' : ''), transform: `translate(${n.x.toFixed(1)} ${n.y.toFixed(1)})`, dataset: { code: n.code } },
        svg('circle', { r: r.toFixed(1) }),
        svg('text', { y: (r + 11).toFixed(1), 'text-anchor': 'middle', text: n.code }),
        svg('title', { text: `${n.name ? n.name + ' — ' : ''}${n.code}\n${fmtInt(n.events)} events (${fmtInt(n.as_source)} as source, ${fmtInt(n.as_target)} as target), ${fmtInt(n.mentions)} mentions\nClick to filter by this actor` }));
      g.addEventListener('click', () => this.onActor(n.code));
      g.addEventListener('pointerenter', () => {
        s.classList.add('focus');
        g.classList.add('lit');
        for (const l of linkEls) {
          if (l.dataset.a === n.code || l.dataset.b === n.code) {
            l.classList.add('lit');
            gn.querySelector(`[data-code="${CSS.escape(l.dataset.a === n.code ? l.dataset.b : l.dataset.a)}"]`)?.classList.add('lit');
          }
        }
      });
      g.addEventListener('pointerleave', () => { s.classList.remove('focus'); s.querySelectorAll('.lit').forEach((x) => x.classList.remove('lit')); });
      gn.append(g);
    }
    s.append(gl, gn);
  }
}

// layout is a Fruchterman–Reingold force layout started on a circle.
function layout(nodes, links, W, H) {
  const n = nodes.length;
  if (!n) return;
  const cx = W / 2, cy = H / 2, R = Math.min(W, H) * 0.38;
  nodes.forEach((v, i) => {
    const t = (2 * Math.PI * i) / n;
    v.x = cx + R * Math.cos(t) * (i % 2 ? 0.6 : 1);
    v.y = cy + R * Math.sin(t) * (i % 2 ? 0.6 : 1);
  });
  if (n === 1) { nodes[0].x = cx; nodes[0].y = cy; return; }
  const k = Math.sqrt((W * H) / n) * 0.8;
  const maxW = Math.max(1, ...links.map((l) => l.w));
  let temp = Math.min(W, H) / 8;
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let it = 0; it < 300; it++) {
    dx.fill(0); dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(0.01, x * x + y * y), d = Math.sqrt(d2);
        const f = (k * k) / d;
        x /= d; y /= d;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
    }
    for (const l of links) {
      const A = nodes[l.a], B = nodes[l.b];
      let x = A.x - B.x, y = A.y - B.y;
      const d = Math.max(0.01, Math.hypot(x, y));
      const f = ((d * d) / k) * (0.3 + 0.7 * Math.sqrt(l.w / maxW));
      x /= d; y /= d;
      dx[l.a] -= x * f; dy[l.a] -= y * f; dx[l.b] += x * f; dy[l.b] += y * f;
    }
    for (let i = 0; i < n; i++) {
      // A pull to the centre keeps unlinked actors in view.
      dx[i] += (cx - nodes[i].x) * 0.08;
      dy[i] += (cy - nodes[i].y) * 0.08;
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i]));
      const m = Math.min(d, temp);
      nodes[i].x = Math.min(W - 30, Math.max(30, nodes[i].x + (dx[i] / d) * m));
      nodes[i].y = Math.min(H - 30, Math.max(24, nodes[i].y + (dy[i] / d) * m));
    }
    temp *= 0.985;
  }
}
