// GraphQL-over-HTTP conformance: runs graphql-http's server audit against a running GovGraph API.
// Every audit must pass: a 'warn' (a SHOULD) counts as a failure just like an 'error' (a MUST).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditServer } from 'graphql-http';

const url = process.env.GOVGRAPH_URL ?? 'http://localhost:5080/graphql';

test(`graphql-http auditServer passes every audit against ${url}`, async () => {
  const results = await auditServer({ url });

  const counts = { ok: 0, warn: 0, error: 0 };
  for (const result of results) {
    counts[result.status] += 1;
    const mark = result.status === 'ok' ? 'ok   ' : result.status.padEnd(5);
    console.log(`${mark} ${result.id} ${result.name}`);
    if (result.status !== 'ok') {
      console.log(`      reason: ${result.reason}`);
      if (result.response) {
        const body = await result.response.text().catch(() => '(unreadable body)');
        console.log(`      response: ${result.response.status} ${result.response.headers.get('content-type')} ${body}`);
      }
    }
  }
  console.log(`audit counts: ok=${counts.ok} warn=${counts.warn} error=${counts.error} (of ${results.length})`);

  const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.status} ${r.id} ${r.name}: ${r.reason}`);
  assert.deepEqual(failed, [], 'every graphql-http audit must be ok');
});
