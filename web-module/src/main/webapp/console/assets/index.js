// Overview page: one card per page, with a live one-line summary where the API offers one.
import {api, initPage, pick} from './console.js';

async function summarize(id, path, describe) {
    const target = document.getElementById(id);
    try {
        target.textContent = describe(await api(path));
    } catch (e) {
        target.textContent = e.status === 404 ? '' : `Unavailable: ${e.message}`;
    }
}

const depthNumber = depth => depth !== null && typeof depth === 'object' ? depth.depth : depth;
const list = (answer, ...names) => Array.isArray(answer) ? answer : (pick(answer, ...names) || []);

initPage('overview').then(() => {
    summarize('summary-registry', 'registry', registry => {
        const broken = registry.rows.filter(row => row.error).length;
        return `${registry.rows.length} CMDREG rows` + (broken ? `, ${broken} not resolving` : ', all resolving');
    });
    summarize('summary-queues', 'queues', answer => list(answer, 'queues')
        .map(queue => `${pick(queue, 'name', 'queue')}: ${depthNumber(pick(queue, 'depth')) ?? '?'}`).join(' · '));
    summarize('summary-errors', 'queues/JMSErrorQueue/messages', answer =>
        `${list(answer, 'messages', 'items').length} failed message(s)`);
    summarize('summary-unsent', 'unsent', answer => `${list(answer, 'messages', 'items').length} unsent message(s)`);
}, () => {});
