// A center's live page: its activity from /api/live/centers/{id}/activity as it streams in, a per-minute
// chart of it, and (for network roles) the center's figures of the year.
'use strict';

(() => {
  const { el, card, getJson } = NC;
  const KINDS = ['CHECK_IN', 'REGISTRATION', 'REGISTRATION_CANCELLED', 'EVENT_SCHEDULED', 'EVENT_RESCHEDULED',
    'EVENT_CANCELLED', 'INITIATIVE_LAUNCHED'];
  const LABELS = { CHECK_IN: 'Check-in', REGISTRATION: 'Registration', REGISTRATION_CANCELLED: 'Registration cancelled',
    EVENT_SCHEDULED: 'Event scheduled', EVENT_RESCHEDULED: 'Event rescheduled', EVENT_CANCELLED: 'Event cancelled',
    INITIATIVE_LAUNCHED: 'Initiative launched' };
  const MAX_ROWS = 200;
  const state = { center: null, counts: {}, perMinute: new Map(), source: null, chartPending: false };

  function short(id) {
    return id ? String(id).slice(0, 8) : '';
  }

  function renderCounts() {
    document.getElementById('live-counts').replaceChildren(...KINDS.map((kind) =>
      card(LABELS[kind], 'live.' + state.center + '.' + kind, state.counts[kind] || 0)));
  }

  function renderChart() {
    state.chartPending = false;
    const minutes = [...state.perMinute.keys()].sort();
    NC.chart('chart-live').setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: minutes },
      yAxis: { type: 'value', minInterval: 1, name: 'per minute' },
      series: ['CHECK_IN', 'REGISTRATION', 'EVENT_SCHEDULED'].map((kind) => ({
        type: 'bar', stack: 'all', name: LABELS[kind], data: minutes.map((m) => state.perMinute.get(m)[kind] || 0) })),
    }, true);
  }

  function onActivity(item) {
    if (item.centerId !== state.center) return;
    state.counts[item.kind] = (state.counts[item.kind] || 0) + 1;
    NC.updateMetric('live.' + state.center + '.' + item.kind, state.counts[item.kind]);
    const minute = (item.receivedAt || new Date().toISOString()).slice(11, 16);
    const bucket = state.perMinute.get(minute) || {};
    bucket[item.kind] = (bucket[item.kind] || 0) + 1;
    state.perMinute.set(minute, bucket);
    if (state.perMinute.size > 60) state.perMinute.delete([...state.perMinute.keys()].sort()[0]);
    if (!state.chartPending) {
      // at most two redraws a second however fast the stream runs
      state.chartPending = true;
      setTimeout(renderChart, state.perMinute.size === 1 && state.counts[item.kind] === 1 ? 0 : 500);
    }
    const row = el('tr', {
      class: 'fresh', 'data-activity-id': item.id, 'data-kind': item.kind, 'data-event-id': item.eventId,
      'data-participant-id': item.participantId, 'data-at': item.at,
    },
    el('td', { text: (item.receivedAt || '').replace('T', ' ').slice(0, 19) }),
    el('td', { text: LABELS[item.kind] || item.kind }),
    el('td', { text: (item.at || '').replace('T', ' ').slice(0, 19) }),
    el('td', { title: item.eventId || '', text: short(item.eventId || item.initiativeId) }),
    el('td', { title: item.participantId || '', text: short(item.participantId) }),
    el('td', { text: item.detail || '' }));
    const body = document.querySelector('#activity tbody');
    body.prepend(row);
    setTimeout(() => row.classList.remove('fresh'), 3000);
    while (body.rows.length > MAX_ROWS) body.deleteRow(body.rows.length - 1);
  }

  async function figures(year) {
    try {
      const report = await getJson('/api/reports/impact/' + year);
      const c = report.centers.find((x) => x.centerId === state.center);
      const panel = document.getElementById('figures-panel');
      panel.classList.remove('hidden');
      const box = document.getElementById('figures');
      if (!c) {
        box.replaceChildren(el('p', { text: 'No activity of this center in ' + year + '.' }));
        return;
      }
      const p = 'center.' + c.centerId + '.';
      box.replaceChildren(
        card('Four-step stage', p + 'fourStepStage', c.fourStepStage),
        card('Events held', p + 'eventsHeld', c.eventsHeld),
        card('Attendances', p + 'attendances', c.attendances),
        card('Unique participants', p + 'uniqueParticipants', c.uniqueParticipants),
        card('New participants', p + 'newParticipants', c.newParticipants),
        card('Returning participants', p + 'returningParticipants', c.returningParticipants),
        card('Self-sufficiency', p + 'selfSufficiency', c.selfSufficiency, 'percent'),
        card('Model alignment', p + 'modelAlignment', c.modelAlignment, 'decimal'));
    } catch (e) {
      // center staff do not see the network report: the live stream is their page
    }
  }

  async function start() {
    const params = new URLSearchParams(window.location.search);
    state.center = params.get('center');
    if (!state.center) {
      NC.showError('No center chosen: open this page as center.html?center=<centerId>.');
      return;
    }
    document.getElementById('center-id').textContent = state.center;
    document.getElementById('center-id').setAttribute('data-value', state.center);
    document.title = 'Center ' + state.center + ' — live activity';
    renderCounts();
    renderChart();
    const year = NC.yearSelector(document.getElementById('year'), figures);
    try {
      const me = await NC.session();
      if (me.seesNetwork) {
        document.getElementById('network-link').classList.remove('hidden');
        figures(year);
      }
    } catch (e) {
      NC.showError('Session: ' + e.message);
    }
    state.source = NC.stream('/api/live/centers/' + encodeURIComponent(state.center) + '/activity',
      { activity: onActivity, dropped: (d) => NC.showError(d.count + ' live items were dropped (the page fell behind)') },
      document.getElementById('live-status'));
  }

  document.addEventListener('DOMContentLoaded', start);
})();
