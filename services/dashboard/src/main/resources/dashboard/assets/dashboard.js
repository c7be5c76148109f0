// The director's dashboard: renders the protected figures from /api/v1/summary and keeps
// them live through the server-sent events of /api/v1/stream. Every number comes from the
// server already suppressed; this script never computes a figure.
(function () {
  'use strict';
  const palette = ['#2f6f8f', '#e0a43a', '#6a9f58', '#b4462b', '#7a5c99', '#4fa3a5', '#a07b56', '#8d99a6', '#c96f9a'];
  const charts = {};
  let source = null;
  let surveysLoaded = false;

  const $ = (id) => document.getElementById(id);

  function query() {
    const form = $('filters');
    const params = new URLSearchParams();
    for (const el of form.querySelectorAll('[name]')) {
      if (el.value && (!el.closest('.custom') || form.classList.contains('custom-period'))) params.set(el.name, el.value);
    }
    const period = $('f-period').value;
    const today = new Date();
    const iso = (d) => d.toISOString().slice(0, 10);
    if (/^\d+$/.test(period)) {
      const from = new Date(today); from.setDate(today.getDate() - Number(period) + 1);
      params.set('from', iso(from)); params.set('to', iso(today));
    } else if (period === 'month') {
      params.set('from', iso(new Date(Date.UTC(today.getFullYear(), today.getMonth(), 1)))); params.set('to', iso(today));
    }
    return params;
  }

  function connect() {
    if (source) source.close();
    const params = query();
    history.replaceState(null, '', params.toString() ? '?' + params : location.pathname);
    updateExports(params);
    source = new EventSource('/api/v1/stream?' + params);
    source.addEventListener('summary', (e) => { setLive(true); render(JSON.parse(e.data)); });
    source.onerror = () => setLive(false);
    source.onopen = () => setLive(true);
  }

  function setLive(on) {
    const live = $('live');
    live.classList.toggle('off', !on);
    live.textContent = on ? 'Live' : 'Reconnecting…';
  }

  function render(view) {
    document.querySelectorAll('#k, .k').forEach((el) => { el.textContent = view.minCellSize; });
    $('updated').textContent = 'Updated ' + new Date(view.generatedAt).toLocaleTimeString();
    for (const [key, cell] of Object.entries(view.headline)) {
      const el = $('kpi-' + key);
      if (el && cell) { el.textContent = cell.display; el.classList.toggle('suppressed', cell.suppressed); }
    }
    fillOptions($('f-facility'), view.facilities, 'All facilities');
    fillOptions($('f-group'), view.departmentGroups, 'All groups');
    for (const [name, table] of Object.entries(view.tables)) {
      document.querySelectorAll('[data-table="' + name + '"]').forEach((el) => { el.replaceChildren(tableElement(table)); });
    }
    renderAttention(view.attention);
    renderCharts(view.tables);
    reachable();
    if (!surveysLoaded) { surveysLoaded = true; loadSurveys(); }
  }

  function fillOptions(select, values, allLabel) {
    const current = select.value || new URLSearchParams(location.search).get(select.name) || '';
    const wanted = [''].concat(values);
    if ([...select.options].map((o) => o.value).join('|') === wanted.join('|')) return;
    select.replaceChildren(...wanted.map((v) => new Option(v || allLabel, v)));
    select.value = wanted.includes(current) ? current : '';
  }

  function tableElement(table) {
    const el = document.createElement('table');
    el.dataset.name = table.name;
    const head = el.createTHead().insertRow();
    [table.title].concat(table.columns).forEach((text) => { const th = document.createElement('th'); th.textContent = text; head.appendChild(th); });
    const body = el.createTBody();
    for (const row of table.rows) {
      const tr = body.insertRow();
      tr.dataset.row = row.key;
      if (row.key === 'all') tr.className = 'total';
      tr.insertCell().textContent = row.label;
      row.cells.forEach((cell, i) => {
        const td = tr.insertCell();
        td.textContent = cell.display;
        td.dataset.col = i;
        if (cell.suppressed) { td.className = 'suppressed'; td.title = 'Hidden: too few people to show safely'; }
      });
    }
    return scrolling(el, table.title);
  }

  // A table wider than its card scrolls inside a region of its own, named after the
  // table, which the keyboard can reach (Tab, then the arrow keys) whenever it scrolls.
  function scrolling(table, title) {
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', title);
    wrap.appendChild(table);
    return wrap;
  }

  function reachable() {
    document.querySelectorAll('.table-wrap').forEach((wrap) => {
      if (wrap.scrollWidth > wrap.clientWidth) wrap.tabIndex = 0; else wrap.removeAttribute('tabindex');
    });
  }

  function renderAttention(cases) {
    const target = $('attention');
    if (!cases.length) { target.innerHTML = '<p class="muted">No case needs attention now.</p>'; return; }
    const table = document.createElement('table');
    table.id = 'attention-list';
    table.createTHead().innerHTML = '<tr><th>Case</th><th>Reason</th><th>Since</th></tr>';
    const body = table.createTBody();
    for (const c of cases) {
      const tr = body.insertRow();
      tr.insertCell().textContent = c.caseId;
      tr.insertCell().textContent = c.reason;
      tr.insertCell().textContent = new Date(c.since).toLocaleString();
    }
    target.replaceChildren(scrolling(table, 'Cases needing attention now'));
    reachable();
  }

  const rowsOf = (table, exceptTotal = true) => table.rows.filter((r) => !exceptTotal || r.key !== 'all');
  const values = (rows, col) => rows.map((r) => r.cells[col].value);

  function chart(id, config) {
    if (typeof Chart === 'undefined') return;
    if (charts[id]) {
      charts[id].data.labels = config.data.labels;
      config.data.datasets.forEach((ds, i) => {
        if (charts[id].data.datasets[i]) Object.assign(charts[id].data.datasets[i], ds); else charts[id].data.datasets.push(ds);
      });
      charts[id].data.datasets.length = config.data.datasets.length;
      charts[id].update('none');
      return;
    }
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { tooltip: { callbacks: { label: suppressedLabel } } } }, config.options || {});
    charts[id] = new Chart($(id), config);
  }

  function suppressedLabel(ctx) {
    const raw = ctx.raw;
    const shown = (raw === null || raw === undefined) ? 'hidden (too few people)' : (Array.isArray(raw) ? raw.map((v) => v.toFixed(2)).join(' – ') : raw);
    return (ctx.dataset.label ? ctx.dataset.label + ': ' : '') + shown;
  }

  function bars(id, table, columns, options) {
    const rows = rowsOf(table);
    chart(id, { type: 'bar', data: { labels: rows.map((r) => r.label),
      datasets: columns.map((c, i) => ({ label: table.columns[c], data: values(rows, c), backgroundColor: palette[i % palette.length] })) },
      options: options || {} });
  }

  function renderCharts(t) {
    const reach = t.reach.rows.filter((r) => r.key !== 'events');
    chart('chart-reach', { type: 'bar', data: { labels: reach.map((r) => r.label),
      datasets: [{ label: 'Clinicians', data: values(reach, 0), backgroundColor: palette[0] }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } } } });
    const outcomes = rowsOf(t.outcomes);
    chart('chart-outcomes', { type: 'doughnut', data: { labels: outcomes.map((r) => r.label),
      datasets: [{ data: values(outcomes, 0), backgroundColor: palette }] }, options: { plugins: { legend: { position: 'right' } } } });
    chart('chart-timeliness', { type: 'bar', data: { labels: t.timeliness.rows.map((r) => r.label),
      datasets: [{ label: 'Median (h)', data: values(t.timeliness.rows, 1), backgroundColor: palette[0] },
                 { label: '90th percentile (h)', data: values(t.timeliness.rows, 2), backgroundColor: palette[1] }] } });
    const trend = rowsOf(t.trend);
    chart('chart-trend', { data: { labels: trend.map((r) => r.label), datasets: [
      { type: 'bar', label: 'Cases opened', data: values(trend, 0), backgroundColor: palette[0], yAxisID: 'y' },
      { type: 'line', label: 'Median report → offer (h)', data: values(trend, 1), borderColor: palette[1], backgroundColor: palette[1], yAxisID: 'hours', spanGaps: true }] },
      options: { scales: { y: { beginAtZero: true, position: 'left' }, hours: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } } } });
    const which = $('breakdown').value;
    bars('chart-breakdown', t[which], [0, 1, 2, 3]);
    bars('chart-follow-ups', t['follow-ups'], [1, 2, 3], { scales: { x: { stacked: true }, y: { stacked: true } } });
    bars('chart-referrals', t.referrals, [0, 1]);
    const loads = t.capacity.rows.filter((r) => r.key.startsWith('load-'));
    chart('chart-capacity', { type: 'bar', data: { labels: loads.map((r) => r.label.replace('Load ', '')),
      datasets: [{ label: 'Supporters', data: values(loads, 0), backgroundColor: palette[2] }] }, options: { plugins: { legend: { display: false } } } });
  }

  function updateExports(params) {
    const names = ['reach', 'outcomes', 'reach-by-facility', 'reach-by-department-group', 'reach-by-harm', 'reach-by-source', 'timeliness',
      'policy-window', 'trend', 'escalations', 'attention', 'follow-ups', 'referrals', 'crises', 'team-debriefs', 'capacity', 'operational', 'milestones'];
    $('exports').replaceChildren(...names.map((n) => {
      const a = document.createElement('a'); a.href = '/api/v1/export/' + n + '.csv?' + params; a.textContent = n + '.csv'; return a;
    }));
  }

  // The evaluation covers the whole program: a director limited to some facilities is
  // refused it (403), and the card says why instead of breaking.
  async function surveyAnswer(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (response.ok) return body;
    const note = document.createElement('p');
    note.className = 'muted';
    note.textContent = body.detail || 'The survey analysis is not available.';
    $('survey-table').replaceChildren(note);
    return null;
  }

  async function loadSurveys() {
    const surveys = await surveyAnswer('/api/v1/surveys');
    if (!surveys) return;
    const select = $('survey');
    select.replaceChildren(...surveys.map((s) => new Option(s.title, s.code)));
    select.onchange = loadAnalysis;
    if (surveys.length) loadAnalysis();
  }

  async function loadAnalysis() {
    const code = $('survey').value;
    const analysis = await surveyAnswer('/api/v1/surveys/' + encodeURIComponent(code) + '/analysis');
    if (!analysis) return;
    const labels = [];
    const whiskers = [];
    const boxes = [];
    const medians = [];
    for (const scale of analysis.scales) {
      for (const phase of ['pre', 'post']) {
        const d = scale[phase];
        labels.push(scale.scale + ' · ' + phase);
        const shown = d && !d.suppressed;
        whiskers.push(shown ? [d.min, d.max] : null);
        boxes.push(shown ? [d.q1, d.q3] : null);
        medians.push(shown ? [d.median - 0.02, d.median + 0.02] : null);
      }
    }
    chart('chart-survey', { type: 'bar', data: { labels, datasets: [
      { label: 'Range (min–max)', data: whiskers, backgroundColor: '#8d99a6', barPercentage: 0.06, grouped: false },
      { label: 'Interquartile range', data: boxes, backgroundColor: 'rgba(47,111,143,.35)', borderColor: palette[0], borderWidth: 1, barPercentage: 0.5, grouped: false },
      { label: 'Median', data: medians, backgroundColor: palette[3], barPercentage: 0.5, grouped: false }] },
      options: { plugins: { legend: { position: 'bottom' } }, scales: { y: { suggestedMin: analysis.scaleMin, suggestedMax: analysis.scaleMax } } } });
    const table = document.createElement('table');
    table.id = 'survey-stats';
    table.createTHead().innerHTML = '<tr><th>Scale</th><th>Pre median (IQR)</th><th>Post median (IQR)</th><th>Pre mean (SD)</th><th>Post mean (SD)</th><th>N</th><th>W</th><th>Z</th><th>p</th><th>r</th></tr>';
    const body = table.createTBody();
    const f = (v, digits = 2) => (v === null || v === undefined) ? '–' : Number(v).toFixed(digits);
    for (const s of analysis.scales) {
      const tr = body.insertRow();
      const t = s.test;
      const k = '<' + analysis.minCellSize;
      const desc = (d, a, b, c) => (!d) ? '–' : d.suppressed ? k : f(d[a]) + ' (' + f(d[b]) + (c ? '–' + f(d[c]) : '') + ')';
      [s.scale, desc(s.pre, 'median', 'q1', 'q3'), desc(s.post, 'median', 'q1', 'q3'), desc(s.pre, 'mean', 'sd'), desc(s.post, 'mean', 'sd'),
        t.suppressed ? k : t.n, t.suppressed ? k : f(t.w, 1), t.suppressed ? k : f(t.z), t.suppressed ? k : f(t.p, 4), t.suppressed ? k : f(t.r)]
        .forEach((text) => { tr.insertCell().textContent = text; });
    }
    $('survey-table').replaceChildren(scrolling(table, 'Survey scales before and after'));
    reachable();
  }

  document.addEventListener('DOMContentLoaded', () => {
    const params = new URLSearchParams(location.search);
    for (const el of $('filters').querySelectorAll('[name]')) if (params.get(el.name)) {
      if (el.tagName === 'SELECT' && ![...el.options].some((o) => o.value === params.get(el.name))) el.add(new Option(params.get(el.name)));
      el.value = params.get(el.name);
    }
    if (params.get('from') || params.get('to')) { $('f-period').value = 'custom'; $('filters').classList.add('custom-period'); }
    $('report-month').value = new Date().toISOString().slice(0, 7);
    $('filters').addEventListener('change', (e) => {
      if (e.target.id === 'f-period') $('filters').classList.toggle('custom-period', e.target.value === 'custom');
      connect();
    });
    $('breakdown').addEventListener('change', (e) => {
      document.querySelectorAll('[data-table^="reach-by-"]').forEach((el) => { el.hidden = el.dataset.table !== e.target.value; });
      if (charts['chart-breakdown']) { charts['chart-breakdown'].destroy(); delete charts['chart-breakdown']; }
      connect();
    });
    window.addEventListener('resize', reachable);
    connect();
  });
})();
