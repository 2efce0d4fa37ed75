// Queues page: depth, throughput and last error per queue with charts of the last hour (auto-refreshed), pause and
// resume of the inbound listeners, putting a test message (typed or read from a file), browsing a queue, the age of
// each queue's oldest message (flagged past the readiness limit), exporting and importing message files.
import {OPERATOR, api, applyRoles, autoRefresh, chartLegend, el, formatTime, initPage, lineChart, run, showError}
    from './console.js';
import {transferPanel} from './transfer.js';

const DEFAULT_QUEUES = ['JMSSerialInboundQueue', 'JMSParallelInboundQueue', 'JMSOutboundQueue', 'JMSErrorQueue'];
const queuesBody = document.querySelector('#queues-table tbody');
let queueNames = [];

/** Depth as a number, null when unknown (the API sends -1). */
function depthOf(queue) {
    return queue.depth >= 0 ? queue.depth : null;
}

/** A depth counted by browsing up to a bound is a lower bound: shown as such. */
function depthText(queue) {
    const value = depthOf(queue);
    if (value === null) {
        return '?';
    }
    return queue.depthExact ? String(value) : `≥ ${value}`;
}

async function refresh() {
    let queues;
    try {
        const overview = await api('queues');
        queues = overview.queues;
        describeOverview(overview);
    } catch (e) {
        showError(e, 'Cannot read the queues');
        return;
    }
    const names = queues.map(queue => queue.name);
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
    const parts = [];
    if (overview.scope === 'server' && overview.since) {
        parts.push(`Counts are this server's since ${formatTime(overview.since)}`);
    }
    if (overview.sampleSeconds) {
        parts.push(`depth sampled every ${overview.sampleSeconds} s${overview.depthSource ? ` (${overview.depthSource})` : ''}`);
    }
    if (overview.outboundUnsent >= 0) {
        parts.push(`${overview.outboundUnsent} outbound message(s) waiting in MSGSTORE`);
    }
    document.getElementById('queues-meta').textContent = parts.length ? parts.join('; ') + '.' : '';
    maxMessageAgeSeconds = overview.inboundMaxMessageAgeSeconds ?? 0;
}

/** The readiness limit on an inbound queue's oldest message, from the overview (0: no limit). */
let maxMessageAgeSeconds = 0;

/** The age of the head message: empty, unknown, or a duration; flagged when an inbound queue passes the limit. */
function ageCell(queue) {
    const age = queue.oldestMessageAgeSeconds;
    const id = `age-${queue.name}`;
    if (age === undefined || age < 0) {
        return el('td', {class: 'number muted', id}, '?');
    }
    if (age === 0) {
        return el('td', {class: 'number muted', id}, '—');
    }
    const text = age < 120 ? `${age} s` : age < 7200 ? `${Math.floor(age / 60)} min` : `${Math.floor(age / 3600)} h`;
    const inbound = queue.role === 'SERIAL_INBOUND' || queue.role === 'PARALLEL_INBOUND';
    const tooOld = inbound && maxMessageAgeSeconds > 0 && age > maxMessageAgeSeconds;
    return el('td', {class: 'number', id}, tooOld
        ? el('span', {class: 'badge paused', id: `age-alarm-${queue.name}`,
            title: `Older than the limit of ${maxMessageAgeSeconds} s: readiness is DOWN; is the listener taking messages?`},
            `${text}: too old`)
        : text);
}

function renderQueue(queue) {
    const name = queue.name;
    const lastError = queue.lastError;
    const lastErrorText = lastError ? `${lastError.reasonCode}: ${lastError.reason} (${formatTime(lastError.at)})` : null;
    // only the inbound queues have a listener; the API leaves the field out for the others
    const listener = queue.listener ?? null;
    const paused = listener !== null && listener.paused;
    const controllable = listener !== null && listener.state !== 'UNSUPPORTED';
    const autoPaused = listener !== null && listener.autoPaused;
    const listenerNote = listener === null ? null
        : autoPaused ? 'Paused because the database does not answer; resumes by itself when it does'
        : (listener.error || listener.endpoint || null);
    return el('tr', {id: `queue-${name}`, dataset: {queue: name}},
        el('th', {scope: 'row'}, name),
        el('td', {class: 'number', id: `depth-${name}`, title: queue.depthError}, depthText(queue)),
        ageCell(queue),
        el('td', {class: 'number', id: `processed-${name}`}, String(queue.processedLastMinute)),
        el('td', {class: 'number', id: `failed-${name}`}, String(queue.failedLastMinute)),
        el('td', {class: lastErrorText ? 'error-text wrap' : 'muted', id: `last-error-${name}`}, lastErrorText || '—'),
        el('td', {}, listener !== null
            ? el('span', {class: `badge ${paused ? 'paused' : listener.state === 'ACTIVE' ? 'running' : ''}`,
                id: `listener-${name}`, title: listenerNote},
                autoPaused ? 'paused: database away' : listener.state.toLowerCase())
            : el('span', {class: 'muted'}, '—')),
        el('td', {}, el('span', {class: 'toolbar'},
            listener !== null ? el('button', {type: 'button', id: `${paused ? 'resume' : 'pause'}-${name}`,
                'data-requires-role': OPERATOR, class: 'secondary', disabled: !controllable,
                title: controllable ? null : listenerNote,
                onclick: () => setListener(name, paused ? 'resume' : 'pause')}, paused ? 'Resume' : 'Pause') : null,
            el('button', {type: 'button', id: `browse-${name}`, class: 'secondary', onclick: () => browse(name)}, 'Browse'))));
}

async function setListener(queue, action) {
    await run(() => api(`listeners/${encodeURIComponent(queue)}/${action}`, {method: 'POST'}),
        `Listener of ${queue} ${action === 'pause' ? 'paused' : 'resumed'}.`);
    await refresh();
}

// Charts ---------------------------------------------------------------------------------------------------------

const time = value => new Date(value).getTime();

/** Sampled depths: the API's depthHistory [{at, depth}], unknown depths (-1) left out. */
function depthSamples(queue) {
    return queue.depthHistory.map(sample => ({t: time(sample.at), v: sample.depth})).filter(point => point.v >= 0);
}

/** Per-minute counts: the API's throughput [{minute, processed, failed}]. */
function minuteCounts(queue) {
    return queue.throughput.map(count => ({t: time(count.minute), processed: count.processed, failed: count.failed}));
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
        label: queue.name, cssClass: `chart-line-${(i % 4) + 1}`,
        points: withCurrent(depthSamples(queue), depthOf(queue), to),
    }));
    lineChart(document.getElementById('depth-chart'), depthSeries, {from, to, title: 'Queue depth over the last hour'});
    document.getElementById('depth-legend').replaceChildren(chartLegend(depthSeries));

    const inbound = queues.filter(queue => queue.role === 'SERIAL_INBOUND' || queue.role === 'PARALLEL_INBOUND');
    const outbound = queues.filter(queue => queue.role === 'OUTBOUND');
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
    if (depth === null || points.some(p => now - p.t < 1000)) {
        return points;
    }
    return [...points, {t: now, v: depth}];
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
        answer => `Message put on ${queue} (id ${answer.messageId}).`);
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
    const messages = answer.messages;
    document.getElementById('browse-count').textContent = answer.more
        ? `The first ${messages.length} messages on ${queue}; it holds more.`
        : `${messages.length} message(s) on ${queue}`;
    messagesBody.replaceChildren(...(messages.length === 0
        ? [el('tr', {}, el('td', {colspan: 7, class: 'muted'}, `${queue} is empty.`))]
        : messages.map((message, index) => {
            const id = message.id;
            const preview = message.bodyEncoding === 'text' ? message.body : `(${message.bodySize} bytes, not UTF-8 text)`;
            return el('tr', {class: 'clickable message-row', id: `message-row-${index}`, dataset: {messageId: id},
                onclick: () => openMessage(queue, id, message)},
                el('td', {}, el('input', {type: 'checkbox', class: 'select-browsed', id: `select-browsed-${index}`,
                    value: id, 'aria-label': `Select message ${id}`, onclick: event => event.stopPropagation()})),
                el('td', {}, formatTime(message.timestamp)),
                el('td', {class: 'mono wrap'}, id),
                el('td', {class: 'mono wrap'}, message.correlationId || ''),
                el('td', {}, message.type),
                el('td', {class: 'mono wrap message-preview'}, preview.substring(0, 120)),
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
    const {properties, body, view, failure, ...headers} = message;
    if (headers.timestamp) {
        headers.timestamp = formatTime(headers.timestamp);
    }
    renderDl(document.getElementById('message-headers'), headers);
    renderDl(document.getElementById('message-properties'), properties);
    // the detail lays the body out decoded with the message's charset; a summary (detail not found) has the raw body
    document.getElementById('message-body').textContent = view?.text ?? body;
    document.getElementById('message-detail').hidden = false;
}

function renderDl(dl, values) {
    const entries = Object.entries(values || {});
    dl.replaceChildren(...(entries.length === 0 ? [el('dt', {}, '—'), el('dd', {}, 'none')]
        : entries.flatMap(([key, value]) => [el('dt', {}, key),
            el('dd', {}, value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value ?? ''))])));
}

// Start ----------------------------------------------------------------------------------------------------------

function browsedSelection() {
    return [...messagesBody.querySelectorAll('input.select-browsed:checked')].map(box => box.value);
}

initPage('queues').then(() => {
    document.getElementById('browse-transfer').replaceChildren(transferPanel('browse', {
        queue: () => document.getElementById('browse-queue').value,
        selectedIds: browsedSelection,
        onImported: async () => {
            await refresh();
            await browse(document.getElementById('browse-queue').value);
        },
    }));
    fillQueueSelects(DEFAULT_QUEUES);
    queueNames = DEFAULT_QUEUES;
    const now = autoRefresh(refresh, 5, document.getElementById('auto-refresh'));
    document.getElementById('refresh').addEventListener('click', now);
    const wanted = new URLSearchParams(location.search).get('browse');
    if (wanted) {
        browse(wanted);
    }
}, () => {});
