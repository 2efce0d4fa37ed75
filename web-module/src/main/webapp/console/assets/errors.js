// Error queue page: the failed messages with their reason, order, time, delivery count and source queue; the original
// payload with the legacy field breakdown; replay (optionally edited) to the source queue; delete; bulk replay.
import {ADMIN, OPERATOR, api, applyRoles, confirmAction, el, formatTime, hasRole, initPage, pick, run, showError,
    showInfo} from './console.js';

const QUEUE = 'JMSErrorQueue';
const tableBody = document.querySelector('#errors-table tbody');
const bulkReplay = document.getElementById('bulk-replay');
const selectAll = document.getElementById('select-all');
const editor = document.getElementById('edit-body');
let messages = [];
let current = null;

const idOf = message => pick(message, 'id', 'messageId', 'jmsMessageId');
const failureOf = message => pick(message, 'failure') || {};
const prop = (message, name) => (pick(message, 'properties') || {})[name];
const reasonCodeOf = message => pick(failureOf(message), 'reasonCode') ?? pick(message, 'reasonCode') ?? prop(message, 'CI_ReasonCode');
const reasonOf = message => pick(failureOf(message), 'reason') ?? pick(message, 'reason') ?? prop(message, 'CI_Reason');
const sourceOf = message => pick(failureOf(message), 'sourceQueue') ?? pick(message, 'sourceQueue') ?? prop(message, 'CI_SourceQueue');
const failedAtOf = message => pick(failureOf(message), 'failedAt') ?? pick(message, 'failedAt') ?? prop(message, 'CI_FailedAt')
    ?? pick(message, 'timestamp');
const deliveriesOf = message => pick(failureOf(message), 'deliveryCount') ?? pick(message, 'deliveryCount')
    ?? prop(message, 'CI_DeliveryCount');
const orderOf = message => pick(failureOf(message), 'ordersId') ?? pick(message, 'ordersId', 'orderId')
    ?? orderInBody(textOf(message));

/** The body as text (the API sends undecodable bodies as base64). */
function textOf(message) {
    const view = pick(message, 'view');
    if (view && typeof view.text === 'string') {
        return view.text;
    }
    return pick(message, 'bodyEncoding') === 'base64' ? null : (pick(message, 'body', 'text') ?? null);
}

/** The Commerce order id a status message names, when it can be read from the body: legacy HDR010 or XML. */
function orderInBody(body) {
    if (!body) {
        return null;
    }
    const legacy = /<HDR010>.{2}(.{10})/.exec(body);
    if (legacy && /^\s*\d+\s*$/.test(legacy[1])) {
        return legacy[1].trim();
    }
    const xml = /<OrderNumberByNC>\s*(\d+)\s*<|<OrderNumber(?:\s+type="ByWCS")?>\s*(\d+)\s*</.exec(body);
    return xml ? (xml[1] || xml[2]) : null;
}

async function load() {
    let answer;
    try {
        answer = await api(`queues/${QUEUE}/messages`);
    } catch (e) {
        showError(e, 'Cannot read the error queue');
        return;
    }
    messages = Array.isArray(answer) ? answer : (pick(answer, 'messages', 'items') || []);
    document.getElementById('error-count').textContent = answer && answer.more
        ? `The first ${messages.length} failed messages are shown; the queue holds more.`
        : `${messages.length} failed message(s)`;
    tableBody.replaceChildren(...(messages.length === 0
        ? [el('tr', {}, el('td', {colspan: 8, class: 'muted'}, 'The error queue is empty.'))]
        : messages.map((message, index) => {
            const id = idOf(message);
            return el('tr', {id: `error-row-${index}`, class: 'error-row', dataset: {messageId: id}},
                el('td', {}, el('input', {type: 'checkbox', class: 'select-message', id: `select-${index}`,
                    value: id, 'aria-label': `Select message ${id}`, onchange: updateBulk})),
                el('td', {}, formatTime(failedAtOf(message))),
                el('td', {class: 'mono reason-code'}, reasonCodeOf(message) || ''),
                el('td', {class: 'wrap reason'}, reasonOf(message) || ''),
                el('td', {class: 'order'}, orderOf(message) ?? ''),
                el('td', {class: 'number'}, deliveriesOf(message) ?? ''),
                el('td', {}, sourceOf(message) || ''),
                el('td', {}, el('button', {type: 'button', class: 'secondary', id: `open-${index}`,
                    onclick: () => open(id)}, 'Details')));
        })));
    selectAll.checked = false;
    updateBulk();
    if (current && !messages.some(message => idOf(message) === idOf(current))) {
        document.getElementById('error-detail').hidden = true;
        current = null;
    }
}

function selectedIds() {
    return [...tableBody.querySelectorAll('input.select-message:checked')].map(box => box.value);
}

function updateBulk() {
    const count = selectedIds().length;
    bulkReplay.disabled = count === 0 || !hasRole(OPERATOR);
    bulkReplay.textContent = count > 0 ? `Replay selected (${count})` : 'Replay selected';
}

selectAll.addEventListener('change', () => {
    tableBody.querySelectorAll('input.select-message').forEach(box => {
        box.checked = selectAll.checked;
    });
    updateBulk();
});

bulkReplay.addEventListener('click', async () => {
    const ids = selectedIds();
    if (ids.length === 0 || !await confirmAction(`Replay ${ids.length} message(s) to their source queues?`, 'Replay')) {
        return;
    }
    const result = await run(() => api(`queues/${QUEUE}/messages/replay`, {method: 'POST', json: {ids}}));
    if (result !== undefined) {
        const replayed = Array.isArray(result) ? result.length : (pick(result, 'replayed', 'count') ?? ids.length);
        const failed = (result && Array.isArray(result.results) ? result.results : []).filter(item => item.status !== 'replayed');
        showInfo(`Replayed ${replayed} message(s).` + (failed.length
            ? ` Not replayed: ${failed.map(item => `${item.id} (${item.message || item.status})`).join('; ')}.` : ''));
        await load();
    }
});

// Detail ---------------------------------------------------------------------------------------------------------

async function open(id) {
    let message;
    try {
        message = await api(`queues/${QUEUE}/messages/${encodeURIComponent(id)}`);
    } catch (e) {
        showError(e, 'Cannot read the message');
        return;
    }
    current = message;
    tableBody.querySelectorAll('tr').forEach(row => row.classList.toggle('selected', row.dataset.messageId === id));
    renderDl(document.getElementById('detail-summary'), {
        'Message id': idOf(message),
        'Reason code': reasonCodeOf(message),
        'Reason': reasonOf(message),
        'Order': orderOf(message),
        'Failed at': formatTime(failedAtOf(message)),
        'Deliveries': deliveriesOf(message),
        'Source queue': sourceOf(message),
    });
    const text = textOf(message);
    const body = text ?? '';
    const detailBody = document.getElementById('detail-body');
    detailBody.textContent = text ?? pick(message, 'body') ?? '';
    const notes = [];
    if (text === null && pick(message, 'bodyEncoding') === 'base64') {
        notes.push('The body is not text; shown as base64 and cannot be edited here.');
    }
    if (pick(message, 'bodyTruncated')) {
        notes.push('The body is shown cut; replaying without edits sends the original in full.');
    }
    document.getElementById('body-notes').textContent = notes.join(' ');
    renderDl(document.getElementById('detail-properties'), pick(message, 'properties') || {});
    const view = pick(message, 'view') || {};
    renderFields(pick(view, 'legacy') ?? pick(message, 'fields', 'legacyFields', 'breakdown'));
    editor.value = body;
    editor.dataset.original = body;
    editor.disabled = text === null || Boolean(pick(message, 'bodyTruncated')) || !hasRole(OPERATOR);
    updateEditState();
    document.getElementById('error-detail').hidden = false;
    applyRoles(document.getElementById('error-detail'));
    document.getElementById('detail-heading').scrollIntoView({block: 'start'});
}

/**
 * The legacy breakdown: {messageType, version, valid, problem, records: [{tag, section, fields: [{name, offset,
 * width, raw, value, assumption, problem}], trailing, problem}]}, or a plain list of fields.
 */
function renderFields(breakdown) {
    const section = document.getElementById('fields-section');
    const tbody = document.querySelector('#fields-table tbody');
    const verdict = document.getElementById('fields-verdict');
    const records = Array.isArray(breakdown) ? breakdown : (breakdown && Array.isArray(breakdown.records) ? breakdown.records : []);
    const problem = breakdown && !Array.isArray(breakdown) ? breakdown.problem : null;
    const rows = [];
    for (const record of records) {
        if (!Array.isArray(record.fields)) {
            rows.push(fieldRow(record.record ?? record.tag ?? '', record, problem));
            continue;
        }
        const tag = record.section ? `${record.tag} (${record.section})` : record.tag;
        record.fields.forEach(field => rows.push(fieldRow(tag, field, problem, record.tag)));
        if (record.trailing) {
            rows.push(fieldRow(tag, {name: '(trailing)', raw: record.trailing}, null));
        }
        if (record.problem) {
            rows.push(el('tr', {class: 'field-problem'}, el('td', {}, tag), el('td', {colspan: 6, class: 'error-text'}, record.problem)));
        }
    }
    section.hidden = rows.length === 0 && !problem;
    verdict.textContent = !breakdown || Array.isArray(breakdown) ? ''
        : `${breakdown.messageType ?? '?'} ${breakdown.version ?? ''}: `
            + (breakdown.valid ? 'the reader accepts this message.' : `the reader refuses it: ${problem ? problem.message : 'invalid'}`);
    verdict.className = breakdown && !Array.isArray(breakdown) && !breakdown.valid ? 'error-text' : 'ok-text';
    tbody.replaceChildren(...rows);
}

function fieldRow(record, field, verdict, tag) {
    const name = pick(field, 'name', 'field') ?? '';
    const blamed = verdict && verdict.field === name && (!verdict.record || verdict.record === tag);
    const problem = pick(field, 'problem', 'error') ?? (blamed ? verdict.message : null);
    return el('tr', {class: problem ? 'field-problem' : null, dataset: {field: name}},
        el('td', {}, record),
        el('td', {class: 'mono'}, name, field.assumption ? el('span', {class: 'badge', title: 'layout assumed; the spec leaves it undocumented'}, 'assumed') : null),
        el('td', {class: 'number'}, pick(field, 'offset', 'start') ?? ''),
        el('td', {class: 'number'}, pick(field, 'width', 'length') ?? ''),
        el('td', {class: 'mono wrap'}, visibleBlanks(pick(field, 'raw', 'rawValue') ?? '')),
        el('td', {class: 'mono wrap'}, pick(field, 'value', 'parsed', 'parsedValue') ?? ''),
        el('td', {class: problem ? 'error-text' : ''}, problem ?? ''));
}

function visibleBlanks(text) {
    return String(text).replace(/ /g, '·');
}

function renderDl(dl, values) {
    dl.replaceChildren(...Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== '')
        .flatMap(([key, value]) => [el('dt', {}, key),
            el('dd', {}, typeof value === 'object' ? JSON.stringify(value) : String(value))]));
}

function updateEditState() {
    const edited = editor.value !== editor.dataset.original;
    document.getElementById('edit-state').textContent = edited ? 'Edited: the corrected body will be replayed.' : '';
    document.getElementById('replay').textContent = edited ? 'Replay edited message' : 'Replay to source queue';
}

editor.addEventListener('input', updateEditState);

document.getElementById('reset-body').addEventListener('click', () => {
    editor.value = editor.dataset.original || '';
    updateEditState();
});

document.getElementById('replay').addEventListener('click', async () => {
    if (!current) {
        return;
    }
    const id = idOf(current);
    const edited = editor.value !== editor.dataset.original;
    const target = sourceOf(current) || 'its source queue';
    if (!await confirmAction(`Replay ${edited ? 'the edited' : 'this'} message to ${target}?`, 'Replay')) {
        return;
    }
    const options = edited ? {method: 'POST', body: editor.value, contentType: 'text/plain; charset=utf-8'} : {method: 'POST'};
    const result = await run(() => api(`queues/${QUEUE}/messages/${encodeURIComponent(id)}/replay`, options));
    if (result !== undefined) {
        showInfo(`Message replayed to ${pick(result || {}, 'target') || target}${edited ? ' with the edited body' : ''}.`);
        document.getElementById('error-detail').hidden = true;
        current = null;
        await load();
    }
});

document.getElementById('delete').addEventListener('click', async () => {
    if (!current || !hasRole(ADMIN)) {
        return;
    }
    const id = idOf(current);
    if (!await confirmAction('Delete this message from the error queue? It cannot be recovered.', 'Delete')) {
        return;
    }
    const result = await run(() => api(`queues/${QUEUE}/messages/${encodeURIComponent(id)}`, {method: 'DELETE'}));
    if (result !== undefined) {
        showInfo('Message deleted.');
        document.getElementById('error-detail').hidden = true;
        current = null;
        await load();
    }
});

document.getElementById('refresh').addEventListener('click', load);

initPage('errors').then(load, () => {});
