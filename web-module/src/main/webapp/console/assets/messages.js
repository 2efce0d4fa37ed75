// Messages page: find any message (inbound record, outbound send, error queue) by order, ids, outcome, queue and
// time, a page at a time, newest first; and a message's journey (messages.html?id=...), whose replays link to the
// journeys of the messages they name. Field names are the API's own.
import {api, clearMessage, el, formatTime, initPage, pager, showError} from './console.js';

/** The API's default page size (it allows up to 200). */
const LIMIT = 50;

const form = document.getElementById('message-search');
const tableBody = document.querySelector('#results-table tbody');
const FIELDS = ['ordersId', 'merchantOrderNumber', 'messageId', 'correlationId', 'outcome', 'queue', 'from', 'to'];

/** A link to a message's journey on this page. */
export function journeyLink(messageId, id) {
    return el('a', {href: `messages.html?id=${encodeURIComponent(messageId)}`, id, class: 'journey-link',
        onclick: event => {
            event.preventDefault();
            openJourney(messageId);
        }}, messageId);
}

function criteria() {
    const wanted = new URLSearchParams();
    for (const name of FIELDS) {
        const value = form.elements[name].value.trim();
        if (value !== '') {
            wanted.set(name, value);
        }
    }
    return wanted;
}

async function search(offset = 0) {
    const wanted = criteria();
    wanted.set('offset', offset);
    wanted.set('limit', LIMIT);
    let page;
    try {
        page = await api(`messages?${wanted}`);
    } catch (e) {
        showError(e, 'Search');
        return;
    }
    const {messages, hasMore} = page;
    document.getElementById('results-paging').replaceChildren(pager('results', {
        offset, limit: LIMIT, total: hasMore ? offset + LIMIT + 1 : offset + messages.length,
        range: messages.length === 0 ? 'No messages found.'
            : `Showing ${offset + 1}–${offset + messages.length}${hasMore ? ', more follow' : ''}`,
        label: 'Pages of messages found',
    }, next => search(next)));
    tableBody.replaceChildren(...messages.map((m, index) => el('tr', {dataset: {kind: m.kind}},
        el('td', {}, el('span', {class: 'badge'}, m.kind)),
        el('td', {}, formatTime(m.time)),
        el('td', {class: 'wrap'}, m.messageId ? journeyLink(m.messageId, `result-${offset + index}`) : ''),
        el('td', {}, m.queue ?? ''),
        el('td', {}, m.messageType ?? ''),
        el('td', {}, m.command ?? ''),
        el('td', {class: 'number'}, m.ordersId ?? ''),
        el('td', {}, el('span', {class: `badge ${m.outcome === 'PROCESSED' || m.outcome === 'SENT' ? '' : 'error'}`},
            m.outcome)),
        el('td', {}, m.reasonCode ?? ''),
        el('td', {class: 'wrap'}, m.correlationId ?? ''),
        el('td', {class: 'wrap'}, errorQueueText(m)))));
    document.getElementById('results').hidden = false;
}

function errorQueueText(m) {
    if (m.errorMessageId == null) {
        return m.kind === 'ERROR_QUEUE' ? 'on the error queue' : '';
    }
    return `${m.errorMessageId} (${m.onErrorQueue ? 'still there' : 'gone'})`;
}

const STEP_LABELS = {
    RECEIVED: 'Received', APPLIED: 'Applied', FAILED: 'Failed', ERROR_QUEUE: 'On the error queue',
    REPLAYED: 'Replayed', WAITING: 'Waiting on its queue', SENT: 'Sent', SEND_FAILED: 'Send failed',
};

async function openJourney(messageId) {
    history.replaceState(null, '', `?id=${encodeURIComponent(messageId)}`);
    let journey;
    try {
        journey = await api(`messages/${encodeURIComponent(messageId)}/journey`);
    } catch (e) {
        document.getElementById('journey').hidden = true;
        showError(e, `Journey of ${messageId}`);
        return;
    }
    clearMessage();
    document.getElementById('journey-heading').textContent = `Journey of ${journey.messageId}`;
    document.getElementById('journey-chain').textContent = journey.messageIds.length > 1
        ? `${journey.messageIds.length} messages: ${journey.messageIds.join(' → ')}` : `${journey.kind} message`;
    document.getElementById('journey-steps').replaceChildren(...journey.steps.map((step, index) =>
        el('li', {id: `step-${index}`, class: `journey-step step-${step.step.toLowerCase()}`,
            dataset: {step: step.step, messageId: step.messageId ?? ''}},
            el('strong', {}, STEP_LABELS[step.step] || step.step),
            step.time ? ` ${formatTime(step.time)}` : '',
            el('dl', {class: 'properties'}, details(step, index)))));
    document.getElementById('journey').hidden = false;
}

function details(step, index) {
    const rows = [];
    const add = (label, value) => {
        if (value !== null && value !== undefined && value !== '') {
            rows.push(el('dt', {}, label), el('dd', {}, value));
        }
    };
    const link = (id, suffix) => id ? journeyLink(id, `step-${index}-${suffix}`) : null;
    add('Message', step.step === 'REPLAYED' ? null : step.messageId);
    add('Queue', step.queue);
    add('Type', step.messageType);
    add('Command', step.command);
    add('Order', step.ordersId);
    add('Correlation id', step.correlationId);
    add('Duration (ms)', step.durationMillis);
    add('Delivery count', step.deliveryCount);
    add('Trace id', step.traceId);
    add('Attempt', step.attempt);
    add('Reason code', step.reasonCode);
    add('Reason', step.reason);
    // a replay names its error-queue message as "Replayed from", with a link
    add('Error-queue message', step.errorMessageId && step.step !== 'REPLAYED'
        ? `${step.errorMessageId}${step.onErrorQueue === undefined ? '' : step.onErrorQueue ? ' (still there)' : ' (gone)'}`
        : null);
    if (step.step === 'REPLAYED') {
        add('Replayed from', link(step.replayedFrom, 'from'));
        add('New message', link(step.newMessageId, 'new'));
        add('By', step.user ?? 'unknown (not recorded)');
        add('Body', step.edited === undefined ? null : step.edited ? 'edited' : 'unchanged');
    } else if (step.step === 'RECEIVED' && step.replayedFrom) {
        add('Replayed from', link(step.replayedFrom, 'from'));
    }
    return rows;
}

form.addEventListener('submit', event => {
    event.preventDefault();
    clearMessage();
    search(0);
});

initPage('messages').then(() => {
    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) {
        if (params.get(name)) {
            form.elements[name].value = params.get(name);
        }
    }
    if (FIELDS.some(name => params.get(name))) {
        search(0);
    }
    if (params.get('id')) {
        openJourney(params.get('id'));
    }
}, () => {});
