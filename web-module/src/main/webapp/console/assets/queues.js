// Queues page: depth, throughput and last error per queue with charts of the last hour (auto-refreshed), pause and
// resume of the inbound listeners, putting a test message (typed or read from a file), browsing a queue.
import {OPERATOR, api, applyRoles, autoRefresh, chartLegend, el, formatTime, initPage, lineChart, pick, run, showError}
    from './console.js';

const INBOUND = ['JMSSerialInboundQueue', 'JMSParallelInboundQueue'];
const DEFAULT_QUEUES = ['JMSSerialInboundQueue', 'JMSParallelInboundQueue', 'JMSOutboundQueue', 'JMSErrorQueue'];
const queuesBody = document.querySelector('#queues-table tbody');
let queueNames = [];

/** The queue list, whatever the exact wrapping of the API's answer. */
function queueList(answer) {
    if (Array.isArray(answer)) {
        return answer;
    }
    return pick(answer, 'queues', 'items') || [];
}

const nameOf = queue => pick(queue, 'name', 'queue', 'queueName');

/** Depth as a number (null when unknown); the API may send a number or {depth, exact, error}. */
function depthOf(queue) {
    const depth = pick(queue, 'depth', 'currentDepth');
    const value = depth !== null && typeof depth === 'object' ? depth.depth : depth;
    return typeof value === 'number' && value >= 0 ? value : null;
}

function depthText(queue) {
    const depth = pick(queue, 'depth', 'currentDepth');
    const value = depthOf(queue);
    if (value === null) {
        return '?';
    }
    const exact = depth && typeof depth === 'object' ? depth.exact : pick(queue, 'depthExact');
    return exact === false ? `≥ ${value}` : String(value);
}

function depthError(queue) {
    const depth = pick(queue, 'depth');
    return (depth && typeof depth === 'object' ? depth.error : null) ?? pick(queue, 'depthError') ?? null;
}

async function refresh() {
    let queues;
    try {
        const overview = await api('queues');
        queues = queueList(overview);
        describeOverview(overview);
    } catch (e) {
        showError(e, 'Cannot read the queues');
        return;
    }
    const names = queues.map(nameOf);
    if (names.join() !== queueNames.join()) {
        queueNames = names;
        fillQueueSelects(names);
    }
    queuesBody.replaceChildren(...queues.map(renderQueue));
    applyRoles(queuesBody);
    drawCharts(queues);
    document.getElementById('refreshed-at').textContent = `Updated ${formatTime(new Date().toISOString())}`;
}

/** How the figures were obtained, from the overview's own fields. */
function describeOverview(overview) {
    if (!overview || Array.isArray(overview)) {
        return;
    }
    const parts = [];
    if (overview.scope === 'server' && overview.since) {
        parts.push(`Counts are this server's since ${formatTime(overview.since)}`);
    }
    if (overview.sampleSeconds) {
        parts.push(`depth sampled every ${overview.sampleSeconds} s${overview.depthSource ? ` (${overview.depthSource})` : ''}`);
    }
    if (typeof overview.outboundUnsent === 'number' && overview.outboundUnsent >= 0) {
        parts.push(`${overview.outboundUnsent} outbound message(s) waiting in MSGSTORE`);
    }
    document.getElementById('queues-meta').textContent = parts.length ? parts.join('; ') + '.' : '';
}

function renderQueue(queue) {
    const name = nameOf(queue);
    const paused = listenerPaused(queue);
    const lastError = pick(queue, 'lastError', 'lastFailure');
    const lastErrorText = lastError && typeof lastError === 'object'
        ? [pick(lastError, 'reasonCode', 'code'), pick(lastError, 'reason', 'message')].filter(Boolean).join(': ')
            + (pick(lastError, 'at', 'time') ? ` (${formatTime(pick(lastError, 'at', 'time'))})` : '')
        : lastError;
    const inbound = roleOf(queue).includes('INBOUND') || pick(queue, 'inbound') === true;
    const listener = pick(queue, 'listener');
    const state = listener && typeof listener === 'object' ? String(listener.state || '') : '';
    const controllable = !['UNSUPPORTED'].includes(state);
    const listenerNote = listener && typeof listener === 'object' ? (listener.error || listener.endpoint || null) : null;
    return el('tr', {id: `queue-${name}`, dataset: {queue: name}},
        el('th', {scope: 'row'}, name),
        el('td', {class: 'number', id: `depth-${name}`, title: depthError(queue)}, depthText(queue)),
        el('td', {class: 'number', id: `processed-${name}`}, rate(pick(queue, 'processedPerMinute', 'processedLastMinute'))),
        el('td', {class: 'number', id: `failed-${name}`}, rate(pick(queue, 'failedPerMinute', 'failedLastMinute'))),
        el('td', {class: lastErrorText ? 'error-text wrap' : 'muted', id: `last-error-${name}`}, lastErrorText || '—'),
        el('td', {}, inbound
            ? el('span', {class: `badge ${paused ? 'paused' : state === 'ACTIVE' || !state ? 'running' : ''}`,
                id: `listener-${name}`, title: listenerNote}, paused ? 'paused' : (state ? state.toLowerCase() : 'running'))
            : el('span', {class: 'muted'}, '—')),
        el('td', {}, el('span', {class: 'toolbar'},
            inbound ? el('button', {type: 'button', id: `${paused ? 'resume' : 'pause'}-${name}`,
                'data-requires-role': OPERATOR, class: 'secondary', disabled: !controllable,
                title: controllable ? null : listenerNote,
                onclick: () => setListener(name, paused ? 'resume' : 'pause')}, paused ? 'Resume' : 'Pause') : null,
            el('button', {type: 'button', id: `browse-${name}`, class: 'secondary', onclick: () => browse(name)}, 'Browse'))));
}

function listenerPaused(queue) {
    const listener = pick(queue, 'listener', 'listenerState', 'state');
    if (typeof listener === 'string') {
        return /paus|stop/i.test(listener);
    }
    if (listener && typeof listener === 'object') {
        return pick(listener, 'paused') === true || /paus|stop/i.test(String(pick(listener, 'state') || ''));
    }
    return pick(queue, 'paused') === true;
}

function rate(value) {
    if (value === undefined || value === null) {
        return '—';
    }
    return Number.isInteger(value) ? String(value) : Number(value).toFixed(1);
}

async function setListener(queue, action) {
    await run(() => api(`listeners/${encodeURIComponent(queue)}/${action}`, {method: 'POST'}),
        `Listener of ${queue} ${action === 'pause' ? 'paused' : 'resumed'}.`);
    await refresh();
}

// Charts ---------------------------------------------------------------------------------------------------------

const time = value => new Date(value).getTime();

/** Sampled depths: the API's depthHistory [{at, depth}] (older shapes: history/samples). */
function depthSamples(queue) {
    const history = pick(queue, 'depthHistory', 'history', 'samples') || [];
    return history.map(sample => ({t: time(pick(sample, 'at', 'time', 'timestamp')), v: Number(pick(sample, 'depth') ?? 0)}))
        .filter(point => !Number.isNaN(point.t) && point.v >= 0);
}

/** Per-minute counts: the API's throughput [{minute, processed, failed}]. */
function minuteCounts(queue) {
    const counts = pick(queue, 'throughput', 'history', 'samples') || [];
    return counts.map(count => ({
        t: time(pick(count, 'minute', 'at', 'time')),
        processed: Number(pick(count, 'processed', 'processedPerMinute') ?? 0),
        failed: Number(pick(count, 'failed', 'failedPerMinute') ?? 0),
    })).filter(count => !Number.isNaN(count.t));
}

function roleOf(queue) {
    const role = String(pick(queue, 'role') || '');
    if (role) {
        return role;
    }
    const name = nameOf(queue);
    return INBOUND.includes(name) ? 'INBOUND' : name === 'JMSOutboundQueue' ? 'OUTBOUND' : name === 'JMSErrorQueue' ? 'ERROR' : '';
}

/** Sums per minute over the queues of a kind. */
function summed(queues, field) {
    const totals = new Map();
    for (const queue of queues) {
        for (const count of minuteCounts(queue)) {
            totals.set(count.t, (totals.get(count.t) || 0) + count[field]);
        }
    }
    return [...totals.entries()].sort((a, b) => a[0] - b[0]).map(([t, v]) => ({t, v}));
}

function drawCharts(queues) {
    const to = Date.now();
    const from = to - 3600 * 1000;
    const depthSeries = queues.map((queue, i) => ({
        label: nameOf(queue), cssClass: `chart-line-${(i % 4) + 1}`,
        points: withCurrent(depthSamples(queue), depthOf(queue), to),
    }));
    lineChart(document.getElementById('depth-chart'), depthSeries, {from, to, title: 'Queue depth over the last hour'});
    document.getElementById('depth-legend').replaceChildren(chartLegend(depthSeries));

    const inbound = queues.filter(queue => roleOf(queue).includes('INBOUND'));
    const outbound = queues.filter(queue => roleOf(queue) === 'OUTBOUND');
    const throughputSeries = [
        {label: 'inbound processed / min', cssClass: 'chart-line-2', points: summed(inbound, 'processed')},
        {label: 'inbound failed / min', cssClass: 'chart-line-3', points: summed(inbound, 'failed')},
        {label: 'outbound sent / min', cssClass: 'chart-line-1', points: summed(outbound, 'processed')},
    ];
    lineChart(document.getElementById('throughput-chart'), throughputSeries,
        {from, to, title: 'Messages processed and failed per minute over the last hour'});
    document.getElementById('throughput-legend').replaceChildren(chartLegend(throughputSeries));
}

function withCurrent(points, depth, now) {
    if (depth === undefined || depth === null || points.some(p => now - p.t < 1000)) {
        return points;
    }
    return [...points, {t: now, v: Number(depth)}];
}

// Put ------------------------------------------------------------------------------------------------------------

function fillQueueSelects(names) {
    for (const id of ['put-queue', 'browse-queue']) {
        const select = document.getElementById(id);
        const previous = select.value;
        select.replaceChildren(...names.map(name => el('option', {value: name}, name)));
        if (names.includes(previous)) {
            select.value = previous;
        }
    }
}

/** A chosen file is sent as its own bytes, unless the text shown for it is edited afterwards. */
let fileToSend = null;
const putBody = document.getElementById('put-body');
const putNote = document.getElementById('put-note');

document.getElementById('put-file').addEventListener('change', event => {
    const file = event.target.files[0];
    fileToSend = file || null;
    putNote.textContent = '';
    if (!file) {
        return;
    }
    const reader = new FileReader();
    reader.addEventListener('load', () => {
        putBody.value = reader.result;
        putNote.textContent = `${file.name} (${file.size} bytes) will be sent as its bytes, as a bytes message;`
            + ' edit the text to send the text instead.';
    });
    reader.addEventListener('error', () => showError('Cannot read the file.'));
    reader.readAsText(file);
});

putBody.addEventListener('input', () => {
    if (fileToSend) {
        fileToSend = null;
        putNote.textContent = 'The edited text will be sent as a text message.';
    }
});

document.getElementById('put-form').addEventListener('submit', async event => {
    event.preventDefault();
    const queue = document.getElementById('put-queue').value;
    const options = fileToSend
        ? {method: 'POST', body: fileToSend, contentType: 'application/octet-stream'}
        : {method: 'POST', body: putBody.value, contentType: 'text/plain; charset=utf-8'};
    const result = await run(() => api(`queues/${encodeURIComponent(queue)}/messages`, options),
        answer => `Message put on ${queue}` + (answer && pick(answer, 'id', 'messageId') ? ` (id ${pick(answer, 'id', 'messageId')}).` : '.'));
    if (result !== undefined) {
        await refresh();
    }
});

// Browse ---------------------------------------------------------------------------------------------------------

const messagesBody = document.querySelector('#messages-table tbody');
let browsing = null;

document.getElementById('browse-form').addEventListener('submit', event => {
    event.preventDefault();
    browse(document.getElementById('browse-queue').value);
});

export async function browse(queue) {
    browsing = queue;
    document.getElementById('browse-queue').value = queue;
    document.getElementById('message-detail').hidden = true;
    let answer;
    try {
        answer = await api(`queues/${encodeURIComponent(queue)}/messages`);
    } catch (e) {
        showError(e, `Cannot browse ${queue}`);
        return;
    }
    const messages = Array.isArray(answer) ? answer : (pick(answer, 'messages', 'items') || []);
    document.getElementById('browse-count').textContent = answer && answer.more
        ? `The first ${messages.length} messages on ${queue}; it holds more.`
        : `${messages.length} message(s) on ${queue}`;
    messagesBody.replaceChildren(...(messages.length === 0
        ? [el('tr', {}, el('td', {colspan: 6, class: 'muted'}, `${queue} is empty.`))]
        : messages.map((message, index) => {
            const id = pick(message, 'id', 'messageId', 'jmsMessageId');
            const body = pick(message, 'body', 'bodyPreview', 'text', 'preview') || '';
            return el('tr', {class: 'clickable message-row', id: `message-row-${index}`, dataset: {messageId: id},
                onclick: () => openMessage(queue, id, message)},
                el('td', {}, formatTime(pick(message, 'timestamp', 'putAt', 'at', 'time'))),
                el('td', {class: 'mono wrap'}, id),
                el('td', {class: 'mono wrap'}, pick(message, 'correlationId', 'jmsCorrelationId') || ''),
                el('td', {}, pick(message, 'format', 'type', 'messageType', 'bodyType') || ''),
                el('td', {class: 'mono wrap message-preview'}, String(body).substring(0, 120)),
                el('td', {}, el('button', {type: 'button', class: 'secondary', id: `open-message-${index}`}, 'Open')));
        })));
}

async function openMessage(queue, id, summary) {
    let message = summary;
    try {
        message = await api(`queues/${encodeURIComponent(queue)}/messages/${encodeURIComponent(id)}`);
    } catch (e) {
        if (e.status !== 404) {
            showError(e, 'Cannot read the message');
        }
    }
    if (browsing !== queue) {
        return;
    }
    const headers = pick(message, 'headers') || Object.fromEntries(Object.entries(message)
        .filter(([key, value]) => !['properties', 'body', 'view', 'failure'].includes(key)
            && (value === null || typeof value !== 'object')));
    if (headers.timestamp) {
        headers.timestamp = formatTime(headers.timestamp);
    }
    renderDl(document.getElementById('message-headers'), headers);
    renderDl(document.getElementById('message-properties'), pick(message, 'properties') || {});
    const view = pick(message, 'view');
    document.getElementById('message-body').textContent = (view && typeof view.text === 'string' ? view.text : null)
        ?? pick(message, 'body', 'text', 'bodyPreview') ?? '';
    document.getElementById('message-detail').hidden = false;
}

function renderDl(dl, values) {
    const entries = Object.entries(values || {});
    dl.replaceChildren(...(entries.length === 0 ? [el('dt', {}, '—'), el('dd', {}, 'none')]
        : entries.flatMap(([key, value]) => [el('dt', {}, key),
            el('dd', {}, value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value ?? ''))])));
}

// Start ----------------------------------------------------------------------------------------------------------

initPage('queues').then(() => {
    fillQueueSelects(DEFAULT_QUEUES);
    queueNames = DEFAULT_QUEUES;
    const now = autoRefresh(refresh, 5, document.getElementById('auto-refresh'));
    document.getElementById('refresh').addEventListener('click', now);
    const wanted = new URLSearchParams(location.search).get('browse');
    if (wanted) {
        browse(wanted);
    }
}, () => {});
