// The network dashboard: KPIs, centers compared with the network benchmark, four-step stages, funnel,
// the average participant's profile, model check-ups; the KPIs follow /api/live/network.
'use strict';

(() => {
  const { el, metric, card, getJson, format, isSuppressed } = NC;
  const state = { year: null, dataVersion: -1, report: null, profile: null, settings: null, source: null, reload: null };

  const KPI_CARDS = [
    ['Events held', 'network.eventsHeld', (n) => n.eventsHeld],
    ['Resident-led events', 'network.residentLedEvents', (n) => n.residentLedEvents],
    ['Attendances', 'network.attendances', (n) => n.attendances],
    ['Unique participants', 'network.uniqueParticipants', (n) => n.uniqueParticipants],
    ['New participants', 'network.newParticipants', (n) => n.newParticipants],
    ['Returning participants', 'network.returningParticipants', (n) => n.returningParticipants],
    ['Active centers', 'network.centers', (n) => n.centers],
    ['Initiatives launched', 'network.initiativesLaunched.total', (n) => total(n.initiativesLaunched)],
    ['Active passes (Dec 31)', 'network.passes.activeAtYearEnd', (n) => n.passes.activeAtYearEnd],
    ['Passes sold', 'network.passes.sold', (n) => n.passes.sold],
    ['Passes renewed', 'network.passes.renewed', (n) => n.passes.renewed],
    ['Self-sufficiency', 'network.selfSufficiency', (n) => n.selfSufficiency, 'percent'],
  ];
  // the live stream's field → the metric it updates
  const LIVE_KPIS = {
    eventsHeld: 'network.eventsHeld', residentLedEvents: 'network.residentLedEvents', attendances: 'network.attendances',
    uniqueParticipants: 'network.uniqueParticipants', newParticipants: 'network.newParticipants',
    returningParticipants: 'network.returningParticipants', centers: 'network.centers',
    initiativesLaunched: 'network.initiativesLaunched.total', passesActiveAtYearEnd: 'network.passes.activeAtYearEnd',
    passesSold: 'network.passes.sold', selfSufficiency: 'network.selfSufficiency',
  };
  const CENTER_COLUMNS = [
    ['eventsHeld', (c) => c.eventsHeld, 'eventsHeld'],
    ['residentLedEvents', (c) => c.residentLedEvents],
    ['attendances', (c) => c.attendances, 'attendances'],
    ['uniqueParticipants', (c) => c.uniqueParticipants, 'uniqueParticipants'],
    ['newParticipants', (c) => c.newParticipants, 'newParticipants'],
    ['returningParticipants', (c) => c.returningParticipants, 'returningParticipants'],
    ['initiativesLaunched.total', (c) => total(c.initiativesLaunched)],
    ['passes.activeAtYearEnd', (c) => c.passes.activeAtYearEnd],
    ['selfSufficiency', (c) => c.selfSufficiency, 'selfSufficiency', 'percent'],
    ['modelAlignment', (c) => c.modelAlignment, 'modelAlignment', 'decimal'],
  ];
  const KPI_LABELS = {
    eventsHeld: 'Events held', attendances: 'Attendances', uniqueParticipants: 'Unique participants',
    returningParticipants: 'Returning participants', newParticipants: 'New participants',
    selfSufficiency: 'Self-sufficiency', modelAlignment: 'Model alignment',
  };
  const STAGES = ['NEIGHBOR', 'PARTICIPANT', 'INITIATOR', 'LEADER'];

  function total(byType) {
    return Object.values(byType || {}).reduce((sum, n) => sum + n, 0);
  }

  async function load(year) {
    state.year = year;
    document.getElementById('json-link').href = '/api/reports/impact/' + year;
    document.getElementById('profile-link').href = '/api/reports/participant-profile/' + year;
    try {
      const [report, profile] = await Promise.all([
        getJson('/api/reports/impact/' + year),
        getJson('/api/reports/participant-profile/' + year).catch((e) => ({ error: e.message })),
      ]);
      state.report = report;
      state.profile = profile;
      render();
      document.body.setAttribute('data-year', String(report.year));
      document.body.setAttribute('data-data-version', String(report.dataVersion));
      document.body.setAttribute('data-loaded', 'true');
      state.dataVersion = report.dataVersion;
    } catch (e) {
      NC.showError('The report could not be loaded: ' + e.message);
    }
  }

  function render() {
    const report = state.report;
    document.getElementById('report-year').textContent = report.year;
    document.getElementById('data-version').textContent = report.dataVersion;
    document.getElementById('generated-at').textContent = report.generatedAt;
    renderKpis(report.network);
    renderCenters(report);
    renderComparison(report);
    renderStages(report.network);
    renderFunnel(report.network.funnel);
    renderProfile(state.profile);
    renderModel(report);
  }

  function renderKpis(network) {
    const box = document.getElementById('kpis');
    box.replaceChildren(...KPI_CARDS.map(([label, name, value, kind]) => card(label, name, value(network), kind)));
  }

  function renderCenters(report) {
    const body = document.querySelector('#centers tbody');
    const rows = report.centers.map((c) => {
      const id = c.centerId;
      const link = el('a', { href: '/dashboard/center.html?center=' + encodeURIComponent(id) + '&year=' + report.year,
        'data-center-link': id, text: 'live' });
      const stage = metric('center.' + id + '.fourStepStage', c.fourStepStage);
      stage.classList.add('stage', 'stage-' + c.fourStepStage);
      return el('tr', { 'data-center': id },
        el('td', {}, el('span', { 'data-metric': 'center.' + id + '.centerId', 'data-value': id, text: id })),
        el('td', {}, stage),
        ...CENTER_COLUMNS.map(([field, value, , kind]) => el('td', {}, metric('center.' + id + '.' + field, value(c), kind))),
        el('td', {}, link));
    });
    const benchmark = report.network.benchmark || {};
    for (const [statistic, label] of [['median', 'Network median'], ['q1', 'Network Q1'], ['q3', 'Network Q3']]) {
      rows.push(el('tr', { class: 'benchmark' }, el('td', { text: label }), el('td'),
        ...CENTER_COLUMNS.map(([, , kpi, kind]) => {
          if (!kpi) return el('td');
          const b = benchmark[kpi];
          return el('td', {}, metric('benchmark.' + kpi + '.' + statistic, b ? b[statistic] : null, kind || 'decimal1'));
        }), el('td')));
    }
    body.replaceChildren(...rows);
  }

  function renderComparison(report) {
    const select = document.getElementById('kpi-select');
    const kpis = Object.keys(report.network.benchmark || KPI_LABELS);
    if (select.options.length === 0) {
      kpis.forEach((kpi) => select.append(el('option', { value: kpi, text: KPI_LABELS[kpi] || kpi })));
      select.addEventListener('change', () => renderComparison(state.report));
    }
    const kpi = select.value || kpis[0];
    const ids = report.centers.map((c) => c.centerId);
    const values = report.centers.map((c) => c[kpi] === undefined ? null : c[kpi]);
    const b = (report.network.benchmark || {})[kpi];
    const series = {
      type: 'bar', name: KPI_LABELS[kpi] || kpi, data: values, itemStyle: { color: '#5b8db8' },
      label: { show: true, position: 'top', formatter: (p) => format(p.value, kpi === 'selfSufficiency' ? 'percent' : undefined) },
    };
    if (b) {
      series.markLine = { symbol: 'none', data: [{ yAxis: b.median, name: 'median', label: { position: 'end', formatter: 'median {c}' } }],
        lineStyle: { color: '#b3261e', type: 'dashed' } };
      series.markArea = { itemStyle: { color: 'rgba(47,111,173,0.12)' }, label: { position: 'right', formatter: 'Q1–Q3' },
        data: [[{ yAxis: b.q1, name: 'Q1–Q3' }, { yAxis: b.q3 }]] };
    }
    NC.chart('chart-comparison').setOption({
      tooltip: { trigger: 'axis' }, grid: { left: 60, right: 110, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: ids, axisLabel: { rotate: ids.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value', name: KPI_LABELS[kpi] || kpi }, series: [series],
    }, true);
  }

  function renderStages(network) {
    const stages = ['0', '1', '2', '3', '4'];
    const counts = stages.map((s) => (network.fourStepStages || {})[s] || 0);
    NC.chart('chart-stages').setOption({
      tooltip: {}, grid: { left: 50, right: 20, top: 20, bottom: 40 },
      xAxis: { type: 'category', data: ['none', '1 knowledge', '2 resources', '3 micro-business', '4 self-sustaining'] },
      yAxis: { type: 'value', name: 'centers', minInterval: 1 },
      series: [{ type: 'bar', data: counts, itemStyle: { color: '#3f7f6e' }, label: { show: true, position: 'top' } }],
    }, true);
    document.getElementById('stage-counts').replaceChildren(
      ...stages.map((s, i) => card('Stage ' + s, 'network.fourStepStages.' + s, counts[i])));
  }

  function renderFunnel(funnel) {
    const distribution = funnel.distribution || {};
    NC.chart('chart-funnel').setOption({
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', sort: 'none', left: '8%', width: '66%', minSize: '20%',
        label: { formatter: '{b}: {c}' },
        data: STAGES.map((stage) => ({ name: stage, value: distribution[stage] || 0 })) }],
    }, true);
    const panel = document.getElementById('chart-funnel').parentElement;
    let counts = document.getElementById('funnel-counts');
    if (!counts) {
      counts = el('div', { id: 'funnel-counts', class: 'cards' });
      panel.insertBefore(counts, document.getElementById('transitions'));
    }
    counts.replaceChildren(...STAGES.map((s) => card(s, 'network.funnel.distribution.' + s, distribution[s] || 0)));
    document.querySelector('#transitions tbody').replaceChildren(...(funnel.transitions || []).map((t) =>
      el('tr', {}, el('td', { text: t.from }), el('td', { text: t.to }),
        el('td', {}, metric('network.funnel.transitions.' + t.from + '.' + t.to, t.count)))));
  }

  function errorBars(name, data) {
    return {
      type: 'custom', name, data, z: 10, encode: { x: 0, y: [1, 2] },
      renderItem(params, api) {
        const x = api.value(0);
        const low = api.coord([x, api.value(1)]);
        const high = api.coord([x, api.value(2)]);
        const half = api.size([1, 0])[0] * 0.15;
        const style = { stroke: '#1f2a37', lineWidth: 1.5, fill: null };
        return { type: 'group', children: [
          { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
          { type: 'line', shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] }, style },
          { type: 'line', shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] }, style },
        ] };
      },
    };
  }

  function statChart(id, title, keys, cells, color, yAxis) {
    const means = keys.map((k) => (cells[k] && !isSuppressed(cells[k]) ? cells[k].mean : null));
    const bars = keys.map((k, i) => {
      const c = cells[k];
      return c && !isSuppressed(c) && c.ciLow !== null && c.ciHigh !== null ? [i, c.ciLow, c.ciHigh] : null;
    }).filter((x) => x !== null);
    NC.chart(id).setOption({
      title: { text: title, left: 'center', textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' }, grid: { left: 50, right: 20, top: 40, bottom: 70 },
      xAxis: { type: 'category', data: keys.map(label), axisLabel: { rotate: 30 } },
      yAxis,
      series: [{ type: 'bar', name: 'mean', data: means, itemStyle: { color } }, errorBars('95% CI', bars)],
    }, true);
  }

  function label(key) {
    return key === 'subjectivityIndex' ? 'SI' : key.charAt(0) + key.slice(1).toLowerCase();
  }

  function renderProfile(profile) {
    const body = document.querySelector('#profile tbody');
    const engagementBox = document.getElementById('engagement');
    if (!profile || profile.error) {
      body.replaceChildren(el('tr', {}, el('td', { colspan: '9', text: 'The participant profile is not available' + (profile ? ': ' + profile.error : '') })));
      engagementBox.replaceChildren();
      return;
    }
    document.getElementById('suppression-k').textContent = profile.suppressionK;
    const network = profile.network;
    const scores = { ...network.subjectivity.dimensions, subjectivityIndex: network.subjectivity.subjectivityIndex };
    const changes = { ...network.change.dimensions, subjectivityIndex: network.change.subjectivityIndex };
    const keys = Object.keys(scores);
    statChart('chart-profile', 'Latest score in the year (mean, 95 % CI)', keys, scores, '#5b8db8', { type: 'value', min: 0, max: 100 });
    statChart('chart-change', 'Change since the first assessment (mean, 95 % CI)', keys, changes, '#3f7f6e', { type: 'value' });
    const field = (cell, name) => (cell === null || cell === undefined ? null : isSuppressed(cell) ? cell : cell[name]);
    body.replaceChildren(...keys.map((k) => {
      const s = scores[k];
      const c = changes[k];
      // metric names are the JSON paths: …subjectivity.dimensions.AGENCY.mean, …subjectivity.subjectivityIndex.mean
      const where = k === 'subjectivityIndex' ? k : 'dimensions.' + k;
      const p = 'profile.network.subjectivity.' + where + '.';
      const q = 'profile.network.change.' + where + '.';
      const ci = (cell, base) => el('td', {}, metric(base + 'ciLow', field(cell, 'ciLow'), 'decimal1'), ' – ',
        metric(base + 'ciHigh', field(cell, 'ciHigh'), 'decimal1'));
      return el('tr', {},
        el('td', { text: label(k) }),
        el('td', {}, metric(p + 'n', field(s, 'n'))),
        el('td', {}, metric(p + 'mean', field(s, 'mean'), 'decimal1')),
        ci(s, p),
        el('td', {}, metric(q + 'n', field(c, 'n'))),
        el('td', {}, metric(q + 'mean', field(c, 'mean'), 'decimal1')),
        ci(c, q),
        el('td', {}, metric(q + 'shareImproved', field(c, 'shareImproved'), 'percent')),
        el('td', {}, metric(q + 'shareDeclined', field(c, 'shareDeclined'), 'percent')));
    }));
    const e = network.engagement;
    const cards = [card('Participants', 'profile.network.participants', network.participants)];
    if (e && !isSuppressed(e)) {
      cards.push(card('Active participants', 'profile.network.engagement.n', e.n),
        card('Mean attendances', 'profile.network.engagement.meanAttendances', e.meanAttendances, 'decimal1'),
        card('Median attendances', 'profile.network.engagement.medianAttendances', e.medianAttendances, 'decimal1'),
        card('Mean tenure (months)', 'profile.network.engagement.meanTenureMonths', e.meanTenureMonths, 'decimal1'),
        card('Holding an active pass', 'profile.network.engagement.activePassShare', e.activePassShare, 'percent'));
    } else {
      cards.push(card('Engagement', 'profile.network.engagement', e));
    }
    engagementBox.replaceChildren(...cards);
  }

  function renderModel(report) {
    const reference = (state.settings && state.settings.modelReference) || [];
    const scales = (state.settings && state.settings.modelScales) || reference.map((_, i) => 'Scale ' + (i + 1));
    const mean = report.network.meanModelPositions;
    const series = [{ value: reference, name: 'Reference model' }];
    if (mean) series.push({ value: mean, name: 'Network mean' });
    NC.chart('chart-model').setOption({
      tooltip: {}, legend: { bottom: 0 },
      radar: { indicator: scales.map((s, i) => ({ name: String(i + 1), min: -3, max: 3 })), radius: '65%', splitNumber: 6 },
      series: [{ type: 'radar', data: series, areaStyle: { opacity: 0.1 } }],
    }, true);
    const aligned = report.centers.filter((c) => c.modelAlignment !== null && c.modelAlignment !== undefined);
    NC.chart('chart-alignment').setOption({
      title: { text: 'Alignment with the model (0–1)', left: 'center', textStyle: { fontSize: 13 } },
      tooltip: {}, grid: { left: 80, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'value', min: 0, max: 1 }, yAxis: { type: 'category', data: aligned.map((c) => c.centerId) },
      series: [{ type: 'bar', data: aligned.map((c) => c.modelAlignment), itemStyle: { color: '#8a6d1f' },
        label: { show: true, position: 'right', formatter: (p) => format(p.value, 'decimal') } }],
    }, true);
    document.querySelector('#model-scales tbody').replaceChildren(...scales.map((s, i) => el('tr', {},
      el('td', { text: (i + 1) + '. ' + s }),
      el('td', {}, metric('settings.modelReference.' + i, reference[i])),
      el('td', {}, metric('network.meanModelPositions.' + i, mean ? mean[i] : null, 'decimal')))));
  }

  function onKpis(kpis) {
    if (kpis.year !== state.year || kpis.dataVersion < state.dataVersion) return;
    for (const [field, name] of Object.entries(LIVE_KPIS)) {
      NC.updateMetric(name, kpis[field] === undefined ? null : kpis[field]);
    }
    if (kpis.dataVersion > state.dataVersion) {
      // the charts and tables follow with the full report, at most about once a second
      clearTimeout(state.reload);
      state.reload = setTimeout(() => load(state.year), 1000);
    }
  }

  function watch(year) {
    if (state.source) state.source.close();
    state.source = NC.stream('/api/live/network?year=' + year, { kpis: onKpis }, document.getElementById('live-status'));
  }

  async function start() {
    const year = NC.yearSelector(document.getElementById('year'), (chosen) => { load(chosen); watch(chosen); });
    try {
      await NC.session();
      state.settings = await getJson('/api/dashboard/settings');
    } catch (e) {
      NC.showError('Session: ' + e.message);
    }
    await load(year);
    watch(year);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
