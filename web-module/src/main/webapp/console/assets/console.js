// Shared code of every console page: the API client (CSRF and console headers, JSON errors), the session and its
// roles (controls a role may not use are disabled), the page frame (navigation, user, logout), messages, a
// confirmation dialog, auto-refresh and a small SVG line chart. No framework, no build step, no inline script.

export const ADMIN = 'integration-admin';
export const OPERATOR = 'integration-operator';
export const VIEWER = 'integration-viewer';

const ROLE_LABELS = {[ADMIN]: 'admin', [OPERATOR]: 'operator', [VIEWER]: 'viewer'};

/** Pages live in /<context>/console/, the API in /<context>/api/. */
const API_BASE = new URL('../api/', document.baseURI);

const PAGES = [
    {id: 'overview', href: 'index.html', label: 'Overview'},
    {id: 'registry', href: 'registry.html', label: 'Command registry'},
    {id: 'queues', href: 'queues.html', label: 'Queues'},
    {id: 'errors', href: 'errors.html', label: 'Error queue'},
    {id: 'dry-run', href: 'dry-run.html', label: 'Dry run'},
    {id: 'unsent', href: 'unsent.html', label: 'Unsent messages'},
    {id: 'order', href: 'order.html', label: 'Order'},
    {id: 'messages', href: 'messages.html', label: 'Messages'},
];

let sessionPromise = null;
let sessionData = null;

/** An API answer that was not 2xx; {@code message} is the API's own message, never a stack trace. */
export class ApiError extends Error {
    constructor(status, message, body) {
        super(message);
        this.status = status;
        this.body = body;
    }
}

/**
 * Calls the API. {@code path} is relative to /api/ (e.g. 'registry' or 'queues/X/messages').
 * Options: method, json (sent as JSON), body (sent raw, with contentType, default text/plain), accept ('json' or
 * 'text'), withHeaders (resolve to {data, headers} instead, for answers that say something in a header). State
 * changes carry the session's CSRF token; every call carries X-Console-Request so that a 401 never opens the
 * browser's Basic dialog. Resolves to the parsed JSON (or text, or null for 204); rejects with ApiError.
 */
export async function api(path, options = {}) {
    const method = (options.method || 'GET').toUpperCase();
    const headers = {'X-Console-Request': '1', 'Accept': options.accept === 'text' ? 'text/plain, */*' : 'application/json'};
    let body;
    if (options.json !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(options.json);
    } else if (options.body !== undefined) {
        headers['Content-Type'] = options.contentType || 'text/plain; charset=utf-8';
        body = options.body;
    }
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
        const session = await loadSession();
        headers['X-CSRF-Token'] = session.csrfToken;
    }
    let response;
    try {
        response = await fetch(new URL(path.replace(/^\//, ''), API_BASE), {
            method, headers, body, credentials: 'same-origin', cache: 'no-store',
        });
    } catch (e) {
        throw new ApiError(0, 'The server cannot be reached.', null);
    }
    if (response.status === 401) {
        location.assign(new URL('login.html', document.baseURI));
        throw new ApiError(401, 'Your session has ended; please sign in again.', null);
    }
    const text = await response.text();
    const type = response.headers.get('Content-Type') || '';
    let data = text;
    if (text && type.includes('json')) {
        try {
            data = JSON.parse(text);
        } catch (e) {
            data = text;
        }
    }
    if (!response.ok) {
        throw new ApiError(response.status, errorMessage(response.status, data), data);
    }
    const result = response.status === 204 || text === '' ? null : data;
    return options.withHeaders ? {data: result, headers: response.headers} : result;
}

function errorMessage(status, data) {
    const message = data && typeof data === 'object' && typeof data.message === 'string' ? data.message.trim() : '';
    if (status === 403 && (message === '' || /^(HTTP 403 )?(unauthorized|forbidden)$/i.test(message))) {
        return 'Refused: not allowed for your role.';
    }
    if (message) {
        return message;
    }
    switch (status) {
        case 400: return 'The request was refused as invalid.';
        case 403: return 'Not allowed for your role.';
        case 404: return 'Not found.';
        case 409: return 'Conflict: the data changed meanwhile; refresh and try again.';
        case 503: return 'The service is unavailable right now.';
        default: return `The request failed (HTTP ${status}).`;
    }
}

/** URL of an API path, for links and downloads. */
export function apiUrl(path) {
    return new URL(path.replace(/^\//, ''), API_BASE).toString();
}

/** The caller: {user, roles[], csrfToken}, loaded once per page. */
export async function loadSession() {
    if (!sessionPromise) {
        sessionPromise = api('session').then(session => {
            sessionData = session;
            return session;
        }, error => {
            sessionPromise = null;
            throw error;
        });
    }
    return sessionPromise;
}

/** Whether the signed-in user holds the role (false until the session is loaded). */
export function hasRole(role) {
    return sessionData !== null && Array.isArray(sessionData.roles) && sessionData.roles.includes(role);
}

/**
 * Disables every control marked data-requires-role="<role>" that the user may not use, and says why in its title.
 * Call again after rendering new controls.
 */
export function applyRoles(root = document) {
    root.querySelectorAll('[data-requires-role]').forEach(control => {
        const role = control.dataset.requiresRole;
        if (!hasRole(role)) {
            control.disabled = true;
            control.classList.add('not-allowed');
            control.title = `Requires the ${ROLE_LABELS[role] || role} role`;
            control.setAttribute('aria-disabled', 'true');
        }
    });
}

/**
 * Builds the page frame (header with navigation, user and logout), loads the session and applies roles.
 * Resolves to the session.
 */
export async function initPage(pageId) {
    renderHeader(pageId);
    ensureMessageArea();
    let session;
    try {
        session = await loadSession();
    } catch (e) {
        showError(e);
        throw e;
    }
    const who = document.getElementById('current-user');
    who.textContent = `${session.user} (${session.roles.map(r => ROLE_LABELS[r] || r).join(', ')})`;
    document.body.dataset.roles = session.roles.join(' ');
    applyRoles();
    return session;
}

function renderHeader(pageId) {
    const header = document.getElementById('console-header');
    if (!header) {
        return;
    }
    const nav = el('nav', {id: 'main-nav', 'aria-label': 'Console pages'},
        el('ul', {}, ...PAGES.map(page => el('li', {},
            el('a', {href: page.href, id: `nav-${page.id}`, 'aria-current': page.id === pageId ? 'page' : null,
                class: page.id === pageId ? 'current' : null}, page.label)))));
    const logout = el('form', {method: 'post', action: 'logout', id: 'logout-form', class: 'logout'},
        el('span', {id: 'current-user', class: 'user'}, '…'),
        el('button', {type: 'submit', id: 'logout', class: 'secondary'}, 'Sign out'));
    header.replaceChildren(el('a', {href: 'index.html', class: 'brand'}, 'commerce-integration'), nav, logout);
}

// ---------------------------------------------------------------------------------------------------------------
// Messages

function ensureMessageArea() {
    let area = document.getElementById('message');
    if (!area) {
        area = el('div', {id: 'message', class: 'message', role: 'status', 'aria-live': 'polite', hidden: true});
        const main = document.querySelector('main');
        main.insertBefore(area, main.querySelector('h1') ? main.querySelector('h1').nextSibling : main.firstChild);
    }
    return area;
}

/** Shows an error: the API's message, or a generic one; never a stack trace. */
export function showError(error, context) {
    const text = typeof error === 'string' ? error : error instanceof ApiError ? error.message
        : (error && error.message ? 'Unexpected error in the page: ' + error.message : 'Unexpected error.');
    const status = error instanceof ApiError && error.status ? ` (HTTP ${error.status})` : '';
    show((context ? context + ': ' : '') + text + status, 'error');
    if (typeof error !== 'string' && !(error instanceof ApiError)) {
        console.error(error);
    }
}

export function showInfo(text) {
    show(text, 'info');
}

function show(text, kind) {
    const area = ensureMessageArea();
    area.className = `message ${kind}`;
    area.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    area.dataset.kind = kind;
    area.textContent = text;
    area.hidden = false;
}

export function clearMessage() {
    const area = ensureMessageArea();
    area.hidden = true;
    area.textContent = '';
    delete area.dataset.kind;
}

/** Runs an action, showing its error (or success text) in the message area; resolves to its result or undefined. */
export async function run(action, successText) {
    try {
        const result = await action();
        if (successText) {
            showInfo(typeof successText === 'function' ? successText(result) : successText);
        }
        return result;
    } catch (e) {
        showError(e);
        return undefined;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Confirmation dialog (a <dialog>, so that it is styled, accessible and has stable ids)

export function confirmAction(question, confirmLabel = 'Confirm') {
    let dialog = document.getElementById('confirm-dialog');
    if (!dialog) {
        dialog = el('dialog', {id: 'confirm-dialog', 'aria-labelledby': 'confirm-text'},
            el('form', {method: 'dialog'},
                el('p', {id: 'confirm-text'}),
                el('div', {class: 'actions'},
                    el('button', {value: 'cancel', id: 'confirm-cancel', class: 'secondary'}, 'Cancel'),
                    el('button', {value: 'ok', id: 'confirm-ok'}, confirmLabel))));
        document.body.append(dialog);
    }
    dialog.querySelector('#confirm-text').textContent = question;
    dialog.querySelector('#confirm-ok').textContent = confirmLabel;
    dialog.returnValue = '';
    return new Promise(resolve => {
        dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), {once: true});
        dialog.showModal();
        dialog.querySelector('#confirm-cancel').focus();
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Auto-refresh

/**
 * Calls {@code refresh} now and every {@code seconds} while the checkbox (if any) is checked and the page is visible.
 * Returns a function that refreshes at once.
 */
export function autoRefresh(refresh, seconds, checkbox) {
    let timer = null;
    let running = false;
    const tick = async () => {
        if (running) {
            return;
        }
        running = true;
        try {
            await refresh();
        } finally {
            running = false;
        }
    };
    const schedule = () => {
        clearInterval(timer);
        timer = null;
        if ((!checkbox || checkbox.checked) && document.visibilityState !== 'hidden') {
            timer = setInterval(tick, seconds * 1000);
        }
    };
    if (checkbox) {
        checkbox.addEventListener('change', () => {
            schedule();
            if (checkbox.checked) {
                tick();
            }
        });
    }
    document.addEventListener('visibilitychange', schedule);
    schedule();
    tick();
    return tick;
}

// ---------------------------------------------------------------------------------------------------------------
// DOM helpers

/** Creates an element; attributes with null/false are left out; children may be strings, nodes or arrays. */
export function el(tag, attributes = {}, ...children) {
    const svg = ['svg', 'path', 'line', 'text', 'g', 'polyline', 'rect', 'title', 'circle'].includes(tag);
    const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            node.addEventListener(name.substring(2), value);
        } else if (name === 'dataset') {
            Object.assign(node.dataset, value);
        } else if (value === true) {
            node.setAttribute(name, '');
        } else {
            node.setAttribute(name, String(value));
        }
    }
    appendChildren(node, children);
    return node;
}

function appendChildren(node, children) {
    for (const child of children) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        if (Array.isArray(child)) {
            appendChildren(node, child);
        } else {
            node.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
}

/** A table from objects: one column per key (keys of the first rows, in order), headers as the keys themselves. */
export function objectTable(rows, attributes = {}, caption, rowAttributes = () => ({})) {
    const keys = [];
    for (const row of rows) {
        for (const key of Object.keys(row)) {
            if (!keys.includes(key)) {
                keys.push(key);
            }
        }
    }
    return el('table', attributes,
        caption ? el('caption', {}, caption) : null,
        el('thead', {}, el('tr', {}, keys.map(key => el('th', {scope: 'col'}, key)))),
        el('tbody', {}, rows.map(row => el('tr', rowAttributes(row), keys.map(key => el('td', {}, display(row[key])))))));
}

/** A value as text for a table cell. */
export function display(value) {
    if (value === null || value === undefined) {
        return '';
    }
    if (typeof value === 'object') {
        return JSON.stringify(value);
    }
    return String(value);
}

/** ISO date-time (with or without zone) as local "YYYY-MM-DD HH:MM:SS"; anything else unchanged. */
export function formatTime(value) {
    if (value === null || value === undefined || value === '') {
        return '';
    }
    const date = typeof value === 'number' ? new Date(value) : new Date(value);
    if (Number.isNaN(date.getTime())) {
        return String(value);
    }
    const pad = n => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} `
        + `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The last segment of a Java class name: com.ibm.commerce.x.FooCmd -> FooCmd. */
export function shortName(className) {
    return className ? String(className).substring(String(className).lastIndexOf('.') + 1) : '';
}

/** A string usable in an element id. */
export function idPart(value) {
    return String(value).replace(/[^A-Za-z0-9_-]/g, '_');
}

// ---------------------------------------------------------------------------------------------------------------
// Paging (lists the API serves a page at a time: offset, limit, and the total it counted)

/** "Showing 101–200 of 512" for a page of {@code count} rows starting at {@code offset}. */
export function rangeText(offset, count, total) {
    return count === 0 ? `Showing 0 of ${total}` : `Showing ${offset + 1}–${offset + count} of ${total}`;
}

/**
 * Previous / Next buttons (ids {@code <prefix>-previous}, {@code <prefix>-next}), disabled at the ends, with the
 * range text first when {@code range} is given; {@code label} names the list for assistive technology.
 * {@code onPage(offset)} loads the other page.
 */
export function pager(prefix, {offset, limit, total, range, label}, onPage) {
    return el('nav', {class: 'toolbar pager', id: `${prefix}-pager`, 'aria-label': label},
        range === undefined ? null : el('span', {class: 'muted', id: `${prefix}-range`}, range),
        el('button', {type: 'button', class: 'secondary', id: `${prefix}-previous`, disabled: offset <= 0,
            onclick: () => onPage(Math.max(0, offset - limit))}, 'Previous'),
        el('button', {type: 'button', class: 'secondary', id: `${prefix}-next`, disabled: offset + limit >= total,
            onclick: () => onPage(offset + limit)}, 'Next'));
}

// ---------------------------------------------------------------------------------------------------------------
// SVG line chart

/**
 * Draws line series into an <svg> element. {@code series}: [{label, cssClass, points: [{t: epochMillis, v: number}]}].
 * Options: from/to (epoch millis of the x axis, default the data's range), unit (y axis label).
 * Colours come from the CSS classes (chart-line-1, ...), so nothing is styled inline.
 */
export function lineChart(svg, series, options = {}) {
    const width = 600;
    const height = 200;
    const margin = {left: 48, right: 12, top: 12, bottom: 28};
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('role', 'img');
    svg.classList.add('chart');
    const all = series.flatMap(s => s.points || []);
    const now = Date.now();
    const from = options.from ?? (all.length ? Math.min(...all.map(p => p.t)) : now - 3600000);
    const to = options.to ?? (all.length ? Math.max(...all.map(p => p.t)) : now);
    const maxValue = Math.max(1, ...all.map(p => p.v));
    const yMax = niceCeiling(maxValue);
    const plotWidth = width - margin.left - margin.right;
    const plotHeight = height - margin.top - margin.bottom;
    const x = t => margin.left + (to === from ? plotWidth : ((t - from) / (to - from)) * plotWidth);
    const y = v => margin.top + plotHeight - (v / yMax) * plotHeight;

    const children = [el('title', {}, options.title || 'Chart')];
    for (let i = 0; i <= 4; i++) {
        const value = (yMax / 4) * i;
        children.push(el('line', {class: 'chart-grid', x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value)}));
        children.push(el('text', {class: 'chart-label', x: margin.left - 6, y: y(value) + 4, 'text-anchor': 'end'},
            formatNumber(value)));
    }
    for (let i = 0; i <= 4; i++) {
        const t = from + ((to - from) / 4) * i;
        const time = new Date(t);
        const label = `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
        const anchor = i === 0 ? 'start' : i === 4 ? 'end' : 'middle';
        children.push(el('text', {class: 'chart-label', x: x(t), y: height - 8, 'text-anchor': anchor}, label));
    }
    children.push(el('line', {class: 'chart-axis', x1: margin.left, x2: margin.left, y1: margin.top, y2: margin.top + plotHeight}));
    children.push(el('line', {class: 'chart-axis', x1: margin.left, x2: width - margin.right,
        y1: margin.top + plotHeight, y2: margin.top + plotHeight}));
    series.forEach((s, index) => {
        const points = (s.points || []).filter(p => p.t >= from && p.t <= to).sort((a, b) => a.t - b.t);
        if (points.length === 0) {
            return;
        }
        const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
        children.push(el('path', {class: `chart-line ${s.cssClass || 'chart-line-' + (index + 1)}`, d, fill: 'none'},
            el('title', {}, s.label)));
        if (points.length === 1) {
            children.push(el('circle', {class: `chart-dot ${s.cssClass || 'chart-line-' + (index + 1)}`,
                cx: x(points[0].t), cy: y(points[0].v), r: 3}));
        }
    });
    svg.replaceChildren(...children);
}

function niceCeiling(value) {
    const power = Math.pow(10, Math.floor(Math.log10(value)));
    for (const step of [1, 2, 2.5, 5, 10]) {
        if (value <= step * power) {
            return step * power;
        }
    }
    return 10 * power;
}

function formatNumber(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** A legend for a chart's series, as a list (colours from the same CSS classes). */
export function chartLegend(series) {
    return el('ul', {class: 'chart-legend'}, series.map((s, index) =>
        el('li', {}, el('span', {class: `swatch ${s.cssClass || 'chart-line-' + (index + 1)}`, 'aria-hidden': 'true'}), s.label)));
}
