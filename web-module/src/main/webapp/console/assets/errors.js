// Error queue page: the failed messages with their reason, order, time, delivery count and source queue; the original
// payload with the legacy field breakdown; replay (optionally edited) to the source queue; delete; bulk replay.
import {ADMIN, OPERATOR, api, applyRoles, confirmAction, el, formatTime, hasRole, initPage, run, showError,
    showInfo} from './console.js';
import {dryRun, renderDryRun} from './dry-run-view.js';
import {transferPanel} from './transfer.js';

const QUEUE = 'JMSErrorQueue';
const tableBody = document.querySelector('#errors-table tbody');
const bulkReplay = document.getElementById('bulk-replay');
const selectAll = document.getElementById('select-all');
const editor = document.getElementById('edit-body');
let messages = [];
let current = null;

/** Why a message failed; a message put on the error queue by hand carries no failure properties. */
const failureOf = message => message.failure ?? {};

/** The body as text: the detail's decoded view, else the body when the API could send it as text. */
function textOf(message) {
    if (message.view) {
        return message.view.text ?? null;
    }
    return message.bodyEncoding === 'text' ? message.body : null;
}

async function load() {
    let answer;
    try {
        answer = await api(`queues/${QUEUE}/messages`);
    } catch (e) {
        showError(e, 'Cannot read the error queue');
        return;
    }
    messages = answer.messages;
    document.getElementById('error-count').textContent = answer.more
        ? `The first ${messages.length} failed messages are shown; the queue holds more.`
        : `${messages.length} failed message(s)`;
    tableBody.replaceChildren(...(messages.length === 0
        ? [el('tr', {}, el('td', {colspan: 8, class: 'muted'}, 'The error queue is empty.'))]
        : messages.map((message, index) => {
            const id = message.id;
            const failure = failureOf(message);
            return el('tr', {id: `error-row-${index}`, class: 'error-row', dataset: {messageId: id}},
                el('td', {}, el('input', {type: 'checkbox', class: 'select-message', id: `select-${index}`,
                    value: id, 'aria-label': `Select message ${id}`, onchange: updateBulk})),
                el('td', {}, formatTime(failure.failedAt ?? message.timestamp)),
                el('td', {class: 'mono reason-code'}, failure.reasonCode ?? ''),
                el('td', {class: 'wrap reason'}, failure.reason ?? ''),
                el('td', {class: 'order'}, failure.ordersId ?? ''),
                el('td', {class: 'number'}, failure.deliveryCount ?? ''),
                el('td', {}, failure.sourceQueue ?? ''),
                el('td', {}, el('button', {type: 'button', class: 'secondary', id: `open-${index}`,
                    onclick: () => open(id)}, 'Details')));
        })));
    selectAll.checked = false;
    updateBulk();
    if (current && !messages.some(message => message.id === current.id)) {
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
        const failed = result.results.filter(item => item.status !== 'replayed');
        showInfo(`Replayed ${result.replayed} message(s).` + (failed.length
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
    const failure = failureOf(message);
    renderDl(document.getElementById('detail-summary'), {
        'Message id': message.id,
        'Reason code': failure.reasonCode,
        'Reason': failure.reason,
        'Order': failure.ordersId,
        'Failed at': formatTime(failure.failedAt ?? message.timestamp),
        'Deliveries': failure.deliveryCount,
        'Source queue': failure.sourceQueue,
    });
    const text = textOf(message);
    const body = text ?? '';
    document.getElementById('detail-body').textContent = text ?? message.body;
    const notes = [];
    if (text === null) {
        notes.push(message.view.decodeError
            ? `The body is not valid ${message.view.charset} (${message.view.decodeError}); shown as sent, it cannot be edited here.`
            : 'The body is not text; shown as sent, it cannot be edited here.');
    }
    if (message.bodyTruncated) {
        notes.push('The body is shown cut; replaying without edits sends the original in full.');
    }
    document.getElementById('body-notes').textContent = notes.join(' ');
    renderDl(document.getElementById('detail-properties'), message.properties);
    renderFields(message.view.legacy ?? null);
    editor.value = body;
    editor.dataset.original = body;
    editor.disabled = text === null || message.bodyTruncated || !hasRole(OPERATOR);
    updateEditState();
    document.getElementById('error-detail').hidden = false;
    applyRoles(document.getElementById('error-detail'));
    document.getElementById('detail-heading').scrollIntoView({block: 'start'});
}

/**
 * The legacy breakdown (null for other bodies): {messageType, version, valid, problem?, truncated, records: [{tag,
 * section, bufferOffset, trailing, problem?, fields: [{name, offset, width, raw, value?, assumption, problem?}]}]}.
 */
function renderFields(breakdown) {
    const section = document.getElementById('fields-section');
    const tbody = document.querySelector('#fields-table tbody');
    const verdict = document.getElementById('fields-verdict');
    if (breakdown === null) {
        section.hidden = true;
        tbody.replaceChildren();
        return;
    }
    const problem = breakdown.problem ?? null;
    const rows = [];
    for (const record of breakdown.records) {
        const tag = record.section ? `${record.tag} (${record.section})` : record.tag;
        record.fields.forEach(field => rows.push(fieldRow(tag, field, problem, record.tag)));
        if (record.trailing) {
            rows.push(fieldRow(tag, {name: '(trailing)', offset: '', width: '', raw: record.trailing}, null));
        }
        if (record.problem) {
            rows.push(el('tr', {class: 'field-problem'}, el('td', {}, tag), el('td', {colspan: 6, class: 'error-text'}, record.problem)));
        }
    }
    section.hidden = false;
    verdict.textContent = `${breakdown.messageType ?? 'Unknown message type'} ${breakdown.version ?? ''}: `
        + (breakdown.valid ? 'the reader accepts this message.' : `the reader refuses it: ${problem.message}`);
    verdict.className = breakdown.valid ? 'ok-text' : 'error-text';
    tbody.replaceChildren(...rows);
}

/** One field; the reader's verdict names the field it blames, which may carry no problem of its own. */
function fieldRow(record, field, verdict, tag) {
    const blamed = verdict && verdict.field === field.name && (!verdict.record || verdict.record === tag);
    const problem = field.problem ?? (blamed ? verdict.message : null);
    return el('tr', {class: problem ? 'field-problem' : null, dataset: {field: field.name}},
        el('td', {}, record),
        el('td', {class: 'mono'}, field.name, field.assumption ? el('span', {class: 'badge', title: 'layout assumed; the spec leaves it undocumented'}, 'assumed') : null),
        el('td', {class: 'number'}, String(field.offset)),
        el('td', {class: 'number'}, String(field.width)),
        el('td', {class: 'mono wrap'}, visibleBlanks(field.raw ?? '')),
        el('td', {class: 'mono wrap'}, field.value ?? ''),
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
    const id = current.id;
    const edited = editor.value !== editor.dataset.original;
    const target = failureOf(current).sourceQueue ?? 'its source queue';
    if (!await confirmAction(`Replay ${edited ? 'the edited' : 'this'} message to ${target}?`, 'Replay')) {
        return;
    }
    const options = edited ? {method: 'POST', body: editor.value, contentType: 'text/plain; charset=utf-8'} : {method: 'POST'};
    const result = await run(() => api(`queues/${QUEUE}/messages/${encodeURIComponent(id)}/replay`, options));
    if (result !== undefined) {
        showInfo(`Message replayed to ${result.target}${edited ? ' with the edited body' : ''}.`);
        document.getElementById('error-detail').hidden = true;
        current = null;
        await load();
    }
});

document.getElementById('delete').addEventListener('click', async () => {
    if (!current || !hasRole(ADMIN)) {
        return;
    }
    const id = current.id;
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

// Dry run of the body in the editor (edited or not), before it is replayed -----------------------------------------

const dryRunSection = document.getElementById('error-dry-run-section');

/** A result belongs to the body it was run on: any edit, or another message, hides it. */
function hideDryRun() {
    dryRunSection.hidden = true;
    document.getElementById('error-dry-run-result').replaceChildren();
}

editor.addEventListener('input', hideDryRun);
document.getElementById('reset-body').addEventListener('click', hideDryRun);
document.getElementById('errors-table').addEventListener('click', hideDryRun);

document.getElementById('error-dry-run').addEventListener('click', async () => {
    if (!current || editor.disabled) {
        showError('Only a text body shown in full can be dry-run here.');
        return;
    }
    const source = failureOf(current).sourceQueue;
    const queue = ['JMSSerialInboundQueue', 'JMSParallelInboundQueue'].includes(source) ? source : null;
    let answer;
    try {
        answer = await dryRun(editor.value, queue, null);
    } catch (e) {
        showError(e, 'Dry run refused');
        return;
    }
    renderDryRun(document.getElementById('error-dry-run-result'), answer, 'error-dry-run');
    dryRunSection.hidden = false;
    showInfo(answer.failure
        ? `Dry run: this body would fail again with ${answer.failure.code}. Nothing was written.`
        : 'Dry run: this body would be applied. Nothing was written; replay it to apply it.');
    dryRunSection.scrollIntoView({block: 'start'});
});

document.getElementById('refresh').addEventListener('click', load);

initPage('errors').then(() => {
    document.getElementById('errors-transfer').replaceChildren(
        transferPanel('errors', {queue: () => QUEUE, selectedIds, onImported: load}));
    return load();
}, () => {});
