// Shared helpers of the dashboard pages. Every number shown carries data-metric (a stable name, the
// JSON path where there is one) and data-value (the raw JSON value) so tests and people can check it.
'use strict';

const NC = (() => {
  const FIRST_YEAR = 2000;
  const LAST_YEAR = 2100;

  async function getJson(path) {
    const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      // the session ended: sign in again, then come back here
      window.location.assign('/oauth2/authorization/nc');
      throw new Error('signed out');
    }
    if (!response.ok) {
      const error = new Error(path + ' answered ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const isSuppressed = (value) => value !== null && typeof value === 'object' && value.suppressed === true;

  function format(value, kind) {
    if (value === null || value === undefined) return '–';
    if (isSuppressed(value)) return 'suppressed';
    if (typeof value !== 'number') return String(value);
    switch (kind) {
      case 'percent': return (value * 100).toFixed(1) + ' %';
      case 'decimal': return value.toFixed(2);
      case 'decimal1': return value.toFixed(1);
      default: return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
    }
  }

  function rawValue(value) {
    if (value === null || value === undefined) return 'null';
    if (isSuppressed(value)) return 'suppressed';
    return String(value);
  }

  /** A span showing one figure: data-metric, data-value (raw), formatted text. */
  function metric(name, value, kind) {
    const span = el('span', { 'data-metric': name, 'data-value': rawValue(value), class: isSuppressed(value) ? 'suppressed' : null });
    span.textContent = format(value, kind);
    return span;
  }

  /** Updates every element showing metric `name`; returns whether the value changed. */
  function updateMetric(name, value, kind) {
    let changed = false;
    document.querySelectorAll('[data-metric="' + CSS.escape(name) + '"]').forEach((node) => {
      const raw = rawValue(value);
      if (node.getAttribute('data-value') !== raw) {
        changed = true;
        node.setAttribute('data-value', raw);
        node.textContent = format(value, node.getAttribute('data-kind') || kind);
        node.classList.add('updated');
        setTimeout(() => node.classList.remove('updated'), 1500);
      }
    });
    return changed;
  }

  function card(label, name, value, kind) {
    const valueSpan = metric(name, value, kind);
    if (kind) valueSpan.setAttribute('data-kind', kind);
    return el('div', { class: 'card' }, el('div', { class: 'label', text: label }), el('div', { class: 'value' }, valueSpan));
  }

  /** Fills the year selector (this year and the ones before) and reflects the choice in the URL. */
  function yearSelector(select, onChange) {
    const params = new URLSearchParams(window.location.search);
    const now = new Date().getUTCFullYear();
    let year = parseInt(params.get('year') || String(now), 10);
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) year = now;
    const from = Math.min(year, now) - 6;
    for (let y = Math.max(year, now); y >= Math.max(FIRST_YEAR, from); y--) {
      select.append(el('option', { value: String(y), text: String(y) }));
    }
    select.value = String(year);
    select.addEventListener('change', () => {
      const chosen = parseInt(select.value, 10);
      const url = new URL(window.location.href);
      url.searchParams.set('year', String(chosen));
      window.history.replaceState(null, '', url);
      onChange(chosen);
    });
    return year;
  }

  /** Shows who is signed in and arms the sign-out form with the session's CSRF token. */
  async function session() {
    const me = await getJson('/api/dashboard/session');
    const viewer = document.getElementById('viewer');
    if (viewer) viewer.textContent = (me.subject || '') + ' · ' + (me.roles || []).join(', ');
    const form = document.getElementById('signout');
    if (form && me.csrf) {
      form.append(el('input', { type: 'hidden', name: me.csrf.parameterName, value: me.csrf.token }));
      form.classList.remove('hidden');
    }
    return me;
  }

  function showError(message) {
    const box = document.getElementById('error');
    if (!box) return;
    box.textContent = message;
    box.classList.remove('hidden');
  }

  function chart(id) {
    const node = document.getElementById(id);
    const existing = echarts.getInstanceByDom(node);
    const instance = existing || echarts.init(node, null, { renderer: 'canvas' });
    if (!existing) window.addEventListener('resize', () => instance.resize());
    return instance;
  }

  /** Subscribes to a Server-Sent Events stream; `status` shows connecting / open / error. */
  function stream(path, handlers, status) {
    const source = new EventSource(path, { withCredentials: true });
    const show = (state, text) => {
      if (!status) return;
      status.setAttribute('data-state', state);
      status.querySelector('.text').textContent = text;
    };
    show('connecting', 'connecting…');
    source.addEventListener('open', () => show('open', 'live'));
    source.addEventListener('ready', () => show('open', 'live'));
    source.addEventListener('error', () => show(source.readyState === EventSource.CLOSED ? 'error' : 'connecting',
      source.readyState === EventSource.CLOSED ? 'disconnected' : 'reconnecting…'));
    for (const [name, handler] of Object.entries(handlers)) {
      source.addEventListener(name, (event) => handler(JSON.parse(event.data)));
    }
    return source;
  }

  return { getJson, el, metric, updateMetric, card, format, isSuppressed, yearSelector, session, showError, chart, stream };
})();
