// The answer of POST /api/messages/dry-run laid out for reading, shared by the dry-run page and the error-queue page:
// the outcome, the failure with its reason code, the command and fields of each block, the legacy field breakdown,
// and each order's ORDSTAT / ORDISTAT rows before and after, with what the message would change highlighted.
import {api, display, el} from './console.js';

/** The table keys the rows are matched by, before against after. */
const KEYS = {ordstat: 'ORDSTAT_ID', ordistat: 'ORDISTAT_ID'};

const OUTCOMES = {
    PROCESSED: 'Would be applied',
    FAILED: 'Would fail and go to the error queue',
    REDELIVERED: 'Would fail for now (transient): the listener would roll back and retry it',
};

/**
 * Dry-runs a body: a string as a text message (UTF-8), a File or Blob as a bytes message. {@code queue} names the
 * inbound queue, or null for the default. Resolves to the API's answer; rejects with the console's ApiError.
 */
export function dryRun(body, queue, charset) {
    const params = new URLSearchParams();
    if (queue) {
        params.set('queue', queue);
    }
    const text = typeof body === 'string';
    if (!text && charset) {
        params.set('charset', charset);
    }
    const query = params.toString();
    return api('messages/dry-run' + (query ? '?' + query : ''), {
        method: 'POST',
        body,
        contentType: text ? 'text/plain; charset=utf-8' : 'application/octet-stream',
    });
}

/** Renders the answer into {@code container}; every id starts with {@code prefix}. */
export function renderDryRun(container, answer, prefix) {
    const failure = answer.failure ?? null;
    const parts = [
        el('p', {id: `${prefix}-outcome`, class: `dry-run-outcome ${failure ? 'error-text' : 'ok-text'}`,
            dataset: {outcome: answer.outcome}}, OUTCOMES[answer.outcome] ?? answer.outcome),
        el('dl', {class: 'properties', id: `${prefix}-summary`}, dlEntries({
            'Queue': answer.queue,
            'Format': answer.format,
            'Charset': answer.charset,
            'Command(s)': (answer.blocks ?? []).map(block => block.commandName).join(', '),
        })),
    ];
    if (failure) {
        parts.push(el('div', {class: 'dry-run-failure', id: `${prefix}-failure`},
            el('dl', {class: 'properties'}, dlEntries({
                'Reason code': el('span', {class: 'mono reason-code', id: `${prefix}-code`}, failure.code),
                'Reason': failure.reason,
                'Block': failure.block,
                'Order': failure.ordersId,
                'Transient': failure.retryable ? 'yes: a redelivery may succeed' : null,
            }))));
    }
    if ((answer.blocks ?? []).length > 0) {
        parts.push(el('h3', {id: `${prefix}-blocks-heading`}, 'Commands and fields'));
        parts.push(el('div', {class: 'table-wrap'}, blocksTable(answer.blocks, `${prefix}-blocks`)));
    }
    if (answer.legacy) {
        parts.push(el('h3', {id: `${prefix}-legacy-heading`}, 'Legacy field breakdown'));
        parts.push(el('p', {class: answer.legacy.valid ? 'ok-text' : 'error-text'},
            `${answer.legacy.messageType ?? 'Unknown message type'} ${answer.legacy.version ?? ''}: `
            + (answer.legacy.valid ? 'the reader accepts this message.'
                : `the reader refuses it: ${answer.legacy.problem?.message ?? ''}`)));
        parts.push(el('div', {class: 'table-wrap'}, legacyTable(answer.legacy, `${prefix}-legacy`)));
    }
    for (const order of answer.orders ?? []) {
        parts.push(orderSection(order, prefix));
    }
    container.replaceChildren(...parts);
    container.hidden = false;
}

function dlEntries(values) {
    return Object.entries(values)
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .flatMap(([key, value]) => [el('dt', {}, key), el('dd', {}, value instanceof Node ? value : String(value))]);
}

/** One row per field: block, command, level (header, user data, item n), field, value. */
function blocksTable(blocks, id) {
    const rows = [];
    for (const block of blocks) {
        const head = `${block.block}: ${block.commandName} (${block.messageType})`;
        const add = (level, fields) => Object.entries(fields ?? {}).forEach(([name, value]) =>
            rows.push(el('tr', {}, el('td', {}, head), el('td', {}, level), el('td', {class: 'mono'}, name),
                el('td', {class: 'mono wrap'}, value ?? ''))));
        add('header', block.properties);
        add('user data', block.userData);
        (block.items ?? []).forEach((item, index) => {
            add(`item ${index + 1}`, item.properties);
            add(`item ${index + 1} user data`, item.userData);
        });
    }
    return el('table', {id, class: 'dry-run-fields'},
        el('thead', {}, el('tr', {}, ['Block', 'Level', 'Field', 'Value'].map(h => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, rows));
}

function legacyTable(breakdown, id) {
    const rows = [];
    for (const record of breakdown.records ?? []) {
        const tag = record.section ? `${record.tag} (${record.section})` : record.tag;
        for (const field of record.fields ?? []) {
            rows.push(el('tr', {class: field.problem ? 'field-problem' : null},
                el('td', {}, tag), el('td', {class: 'mono'}, field.name),
                el('td', {class: 'mono wrap'}, String(field.raw ?? '').replace(/ /g, '·')),
                el('td', {class: 'mono wrap'}, field.value ?? ''),
                el('td', {class: field.problem ? 'error-text' : ''}, field.problem ?? '')));
        }
        if (record.problem) {
            rows.push(el('tr', {class: 'field-problem'}, el('td', {}, tag),
                el('td', {colspan: 4, class: 'error-text'}, record.problem)));
        }
    }
    return el('table', {id},
        el('thead', {}, el('tr', {}, ['Record', 'Field', 'Raw value', 'Value', 'Problem']
            .map(h => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, rows));
}

/** An order's tables before and after; without "after" (a failure) only before. */
function orderSection(order, prefix) {
    const id = `${prefix}-order-${order.ordersId}`;
    const section = el('section', {class: 'dry-run-order', id},
        el('h3', {}, `Order ${order.ordersId}`));
    for (const table of ['ordstat', 'ordistat']) {
        const before = order.before?.[table] ?? [];
        const after = order.after?.[table] ?? null;
        section.append(el('h4', {}, `${table.toUpperCase()} before`));
        section.append(el('div', {class: 'table-wrap'}, rowsTable(before, null, KEYS[table], `${id}-${table}-before`)));
        if (after !== null) {
            section.append(el('h4', {}, `${table.toUpperCase()} after`));
            section.append(el('div', {class: 'table-wrap'}, rowsTable(after, before, KEYS[table], `${id}-${table}-after`)));
        }
    }
    if (!order.after) {
        section.append(el('p', {class: 'muted'}, 'Nothing would be written: the message would not be applied.'));
    }
    return section;
}

/**
 * Rows as the tables hold them. With {@code before} given, rows not in it are marked added and cells that differ
 * from it changed.
 */
function rowsTable(rows, before, key, id) {
    const columns = [];
    rows.concat(before ?? []).forEach(row => Object.keys(row).forEach(c => {
        if (!columns.includes(c)) {
            columns.push(c);
        }
    }));
    const earlier = new Map((before ?? []).map(row => [row[key], row]));
    const body = rows.length === 0
        ? [el('tr', {}, el('td', {colspan: Math.max(1, columns.length), class: 'muted'}, 'No rows.'))]
        : rows.map(row => {
            const old = before ? earlier.get(row[key]) : undefined;
            const added = before !== null && old === undefined;
            return el('tr', {class: added ? 'row-added' : null, dataset: {key: display(row[key])}},
                columns.map(column => {
                    const changed = old !== undefined && display(old[column]) !== display(row[column]);
                    return el('td', {class: changed ? 'cell-changed' : null, dataset: {column},
                        title: changed ? `was: ${display(old[column])}` : null}, display(row[column]));
                }));
        });
    return el('table', {id, class: 'dry-run-rows'},
        el('thead', {}, el('tr', {}, (columns.length ? columns : ['(no columns)']).map(c => el('th', {scope: 'col'}, c)))),
        el('tbody', {}, body));
}
