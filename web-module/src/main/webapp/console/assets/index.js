// Overview page: one card per page, with a live one-line summary where the API offers one.
import {api, initPage} from './console.js';

async function summarize(id, path, describe, options = {}) {
    const target = document.getElementById(id);
    try {
        target.textContent = describe(await api(path, options));
    } catch (e) {
        target.textContent = e.status === 404 ? '' : `Unavailable: ${e.message}`;
    }
}

/** A depth the API could not read is -1; one counted by browsing up to a bound is a lower bound. */
const depthText = queue => queue.depth < 0 ? '?' : (queue.depthExact ? '' : '≥ ') + queue.depth;

initPage('overview').then(() => {
    summarize('summary-registry', 'registry', registry => {
        const broken = registry.rows.filter(row => row.error).length;
        return `${registry.rows.length} CMDREG rows` + (broken ? `, ${broken} not resolving` : ', all resolving');
    });
    summarize('summary-queues', 'queues', overview => overview.queues
        .map(queue => `${queue.name}: ${depthText(queue)}`).join(' · '));
    summarize('summary-errors', 'queues/JMSErrorQueue/messages', page =>
        `${page.count}${page.more ? '+' : ''} failed message(s)`);
    // one row is enough: the count is the total the API counted, not the length of a page
    summarize('summary-unsent', 'unsent?limit=1', answer => `${answer.headers.get('X-Total-Count')} unsent message(s)`,
        {withHeaders: true});
}, () => {});
