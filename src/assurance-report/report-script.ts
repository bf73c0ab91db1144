// The report's only script, inlined (and allowed by hash in the page's Content-Security-Policy):
// filters by verdict, area, text and scope; the filter state lives in the URL hash
// (`#filter?verdict=fail&area=SLOT`) so a filtered view can be shared; an anchor link (`#SLOT-07`,
// a scenario) always reveals its target, clearing filters that hide it and opening its details.
export const REPORT_SCRIPT = `(() => {
  'use strict';
  const doc = document;
  const chips = [...doc.querySelectorAll('.chip[data-verdict]')];
  const area = doc.getElementById('area-filter');
  const text = doc.getElementById('text-filter');
  const scope = doc.getElementById('scope-toggle');
  const shown = doc.getElementById('shown');
  const groups = [...doc.querySelectorAll('[data-filter-group]')];
  const state = { verdict: 'all', area: 'all', q: '', all: false };

  function matches(el) {
    if (state.verdict !== 'all' && el.dataset.verdict !== state.verdict) return false;
    if (state.area !== 'all' && !el.dataset.areas.split(' ').includes(state.area)) return false;
    if (state.q && !el.dataset.search.includes(state.q)) return false;
    return state.all || el.dataset.scope !== 'out';
  }

  function apply() {
    const totals = {};
    for (const group of groups) {
      const items = group.querySelectorAll('[data-verdict][data-areas]');
      let visible = 0;
      for (const el of items) {
        const show = matches(el);
        el.hidden = !show;
        if (show) visible += 1;
      }
      totals[group.dataset.filterGroup] = [visible, items.length];
      const empty = group.querySelector('.empty-note');
      if (empty) empty.hidden = visible > 0 || items.length === 0;
    }
    for (const chip of chips) chip.setAttribute('aria-pressed', String(chip.dataset.verdict === state.verdict));
    if (area) area.value = state.area;
    if (text && text.value.toLowerCase() !== state.q) text.value = state.q;
    if (scope) scope.checked = state.all;
    if (shown) {
      const part = (key, noun) => totals[key] ? totals[key][0] + ' of ' + totals[key][1] + ' ' + noun : '';
      shown.textContent = 'Showing ' + [part('matrix', 'obligations'), part('scenarios', 'scenarios')].filter(Boolean).join(' · ');
    }
  }

  function isDefault() {
    return state.verdict === 'all' && state.area === 'all' && !state.q && !state.all;
  }

  function save() {
    const params = new URLSearchParams();
    if (state.verdict !== 'all') params.set('verdict', state.verdict);
    if (state.area !== 'all') params.set('area', state.area);
    if (state.q) params.set('q', state.q);
    if (state.all) params.set('all', '1');
    history.replaceState(null, '', isDefault() ? location.pathname + location.search : '#filter?' + params.toString());
  }

  function update(change) {
    Object.assign(state, change);
    apply();
    save();
  }

  function load(hash) {
    const params = new URLSearchParams(hash.slice('#filter?'.length));
    Object.assign(state, { verdict: params.get('verdict') || 'all', area: params.get('area') || 'all', q: (params.get('q') || '').toLowerCase(), all: params.get('all') === '1' });
    apply();
  }

  function reveal(id, scroll) {
    const el = id && doc.getElementById(id);
    if (!el) return;
    const filtered = el.matches('[data-verdict][data-areas]') ? el : el.closest('[data-verdict][data-areas]');
    if (filtered && !matches(filtered)) {
      Object.assign(state, { verdict: 'all', area: 'all', q: '', all: state.all || filtered.dataset.scope === 'out' });
      apply();
    }
    for (let node = el; node; node = node.parentElement) if (node.tagName === 'DETAILS') node.open = true;
    if (scroll) el.scrollIntoView({ block: 'start' });
  }

  for (const chip of chips) chip.addEventListener('click', () => update({ verdict: chip.dataset.verdict }));
  if (area) area.addEventListener('change', () => update({ area: area.value }));
  if (text) text.addEventListener('input', () => update({ q: text.value.trim().toLowerCase() }));
  if (scope) scope.addEventListener('change', () => update({ all: scope.checked }));
  for (const row of doc.querySelectorAll('.chart-row[data-area]')) row.addEventListener('click', () => update({ area: row.dataset.area }));
  const expand = doc.getElementById('expand-all');
  if (expand) expand.addEventListener('click', () => {
    const open = expand.getAttribute('aria-pressed') !== 'true';
    for (const el of doc.querySelectorAll('#scenarios details.scenario')) if (!el.hidden) el.open = open;
    expand.setAttribute('aria-pressed', String(open));
    expand.textContent = open ? 'Collapse all scenarios' : 'Expand all scenarios';
  });
  doc.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link) reveal(decodeURIComponent(link.getAttribute('href').slice(1)), false);
  });
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith('#filter?')) load(location.hash);
    else reveal(decodeURIComponent(location.hash.slice(1)), true);
  });
  if (location.hash.startsWith('#filter?')) load(location.hash);
  else {
    apply();
    if (location.hash.length > 1) reveal(decodeURIComponent(location.hash.slice(1)), true);
  }
  doc.documentElement.dataset.ready = 'true';
})();`;
