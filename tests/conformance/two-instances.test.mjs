// Two API instances through one redis-server, with the real clients: run-conformance.sh starts A and B over one
// store file and one Redis, B polling its change log only every 10 minutes, so whatever B learns of A's commits
// within seconds came through Redis pub/sub (the fan-out), not the poll. Mutations and queries go over HTTP.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';

const urlA = process.env.GOVGRAPH_URL_A;
const urlB = process.env.GOVGRAPH_URL_B;
const needsTwoInstances = !process.env.GOVGRAPH_TEST_REDIS
  ? 'needs a redis-server (GOVGRAPH_TEST_REDIS, which tests/run.sh sets) to run two API instances'
  : !(urlA && urlB)
    ? 'needs GOVGRAPH_URL_A and GOVGRAPH_URL_B: two API instances over one store and Redis (run-conformance.sh starts them)'
    : false;

// "Promptly": far inside B's poll interval, so only the fan-out can deliver in time.
const PROMPT_MS = 2000;
const TIMEOUT_MS = 5000;

const SUBSCRIPTION = `subscription($after: String) {
  changes(after: $after) { cursor type nodeId label relationship { type startId endId } }
}`;

async function gql(url, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, `GraphQL errors from ${url}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The newest cursor of the change log as an instance reads it, or null when it is empty. */
async function latestCursor(url) {
  let after = null;
  for (;;) {
    const { changes } = await gql(url, 'query($after: String) { changes(after: $after, first: 500) { pageInfo { hasNextPage endCursor } } }', { after });
    if (changes.pageInfo.endCursor) after = changes.pageInfo.endCursor;
    if (!changes.pageInfo.hasNextPage) return after;
  }
}

/** Every event after a cursor through an instance's `changes` query: the ground truth a stream must match. */
async function changesAfter(url, after) {
  const events = [];
  for (;;) {
    const { changes } = await gql(url,
      'query($after: String) { changes(after: $after, first: 500) { nodes { cursor type nodeId relationship { type startId endId } } pageInfo { hasNextPage endCursor } } }',
      { after });
    events.push(...changes.nodes);
    if (!changes.pageInfo.hasNextPage) return events;
    after = changes.pageInfo.endCursor;
  }
}

async function linkHousehold(url, { member, household }) {
  const { linkHousehold: result } = await gql(url,
    'mutation($input: LinkHouseholdInput!) { linkHousehold(input: $input) { relationship { id } errors { code message } } }',
    { input: { member, household } });
  assert.deepEqual(result.errors, []);
}

let people = 0;
async function createPerson(url) {
  people += 1;
  const { createPerson: result } = await gql(url,
    'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } errors { code message } } }',
    { input: { name: `双实例测试人${people}`, partyMember: true } });
  assert.deepEqual(result.errors, []);
  return result.person.id;
}

let households = 0;
async function createHousehold(url, group) {
  households += 1;
  const { createHousehold: result } = await gql(url,
    'mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id } errors { code message } } }',
    { input: { partyGroup: group, headName: `双实例测试户${households}`, size: 2 } });
  assert.deepEqual(result.errors, []);
  return result.household.id;
}

const transports = {
  'graphql-ws': (url) => {
    const client = createWsClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: globalThis.WebSocket, retryAttempts: 0, lazy: true });
    return { iterate: (variables) => client.iterate({ query: SUBSCRIPTION, variables }), dispose: () => client.dispose() };
  },
  'graphql-sse': (url) => {
    const client = createSseClient({ url, retryAttempts: 0 });
    return { iterate: (variables) => client.iterate({ query: SUBSCRIPTION, variables }), dispose: () => client.dispose() };
  },
};

/** Takes exactly `count` events from a subscription iterator (failing on errors or a timeout). */
async function take(iterator, count, timeoutMs = TIMEOUT_MS) {
  const events = [];
  while (events.length < count) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`only ${events.length} of ${count} events arrived within ${timeoutMs} ms: ${JSON.stringify(events)}`)), timeoutMs);
    });
    const { value, done } = await Promise.race([iterator.next(), timeout]).finally(() => clearTimeout(timer));
    assert.ok(!done, 'the stream ended early');
    assert.equal(value.errors, undefined, `stream errors: ${JSON.stringify(value.errors)}`);
    events.push(value.data.changes);
  }
  return events;
}

function assertContiguous(events, after) {
  let expected = Number(after) + 1;
  for (const event of events) {
    assert.equal(Number(event.cursor), expected, `cursor ${event.cursor} where ${expected} was due`);
    expected += 1;
  }
}

/** A stream event as comparable text: its type and what it is about. */
const about = (e) => `${e.type} ${e.nodeId ?? `${e.relationship.type} ${e.relationship.startId}->${e.relationship.endId}`}`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Unassigned seeded households, each with a member of its own party group (so of its village) to link it.
let links;
const nextLink = () => {
  assert.ok(links.length > 0, 'enough unassigned households for every test');
  return links.shift();
};

before(async () => {
  if (needsTwoInstances) return;
  // Both instances must really run with Redis, or the fan-out tests would prove nothing.
  for (const url of [urlA, urlB]) {
    const health = await (await fetch(url.replace(/\/graphql$/, '/health/ready'))).json();
    assert.equal(health.checks?.redis?.status, 'Healthy', `${url}: Redis is configured and up (${JSON.stringify(health)})`);
  }
  const { unassignedHouseholds } = await gql(urlA, `{ unassignedHouseholds(first: 100) {
    nodes { id village { id } partyGroup { id members(first: 1) { nodes { id } } } }
  } }`);
  links = unassignedHouseholds.nodes
    .filter((h) => h.partyGroup?.members.nodes.length > 0)
    .map((h) => ({ household: h.id, member: h.partyGroup.members.nodes[0].id, village: h.village.id, group: h.partyGroup.id }));
  assert.ok(links.length >= 20, `the seeded county has unassigned households with members to link them (${links.length})`);
});

for (const [name, connect] of Object.entries(transports)) {
  test(`${name}: a subscriber on B sees mutations made on A promptly, node and relationship`, { skip: needsTwoInstances }, async () => {
    const from = await latestCursor(urlB);
    const client = connect(urlB);
    try {
      const iterator = client.iterate({ after: from });
      // B's own commit first: once it arrives, the subscription is registered on B and past its replay, so A's
      // commits can only reach it live, through Redis.
      const marker = nextLink();
      await linkHousehold(urlB, marker);
      const [local] = await take(iterator, 1);
      assert.equal(about(local), `RELATIONSHIP_CREATED LINKS ${marker.member}->${marker.household}`);
      assertContiguous([local], from);

      const link = nextLink();
      let started = performance.now();
      await linkHousehold(urlA, link);
      const [linked] = await take(iterator, 1);
      const linkMs = performance.now() - started;

      started = performance.now();
      const person = await createPerson(urlA);
      const [created] = await take(iterator, 1);
      const createMs = performance.now() - started;

      console.log(`${name}: A's link reached B's subscriber in ${linkMs.toFixed(0)} ms, A's new person in ${createMs.toFixed(0)} ms`);
      assert.ok(linkMs < PROMPT_MS, `A's link reached B in ${linkMs.toFixed(0)} ms (at most ${PROMPT_MS})`);
      assert.ok(createMs < PROMPT_MS, `A's new person reached B in ${createMs.toFixed(0)} ms (at most ${PROMPT_MS})`);
      assert.deepEqual(
        { type: linked.type, nodeId: linked.nodeId, relationship: linked.relationship },
        { type: 'RELATIONSHIP_CREATED', nodeId: null, relationship: { type: 'LINKS', startId: link.member, endId: link.household } });
      assert.deepEqual(
        { type: created.type, nodeId: created.nodeId, label: created.label, relationship: created.relationship },
        { type: 'NODE_CREATED', nodeId: person, label: 'Person', relationship: null });
      assertContiguous([local, linked, created], from);
      // The cursors are the shared change log's: A reports the same events at the same cursors.
      const truth = await changesAfter(urlA, from);
      assert.deepEqual(truth.map(about), [local, linked, created].map(about));
      assert.deepEqual(truth.map((e) => e.cursor), [local, linked, created].map((e) => e.cursor));
      await iterator.return();
    } finally {
      client.dispose();
    }
  });
}

test('a cached coverage on B changes right after a linkHousehold below it on A', { skip: needsTwoInstances }, async () => {
  const link = nextLink();
  const query = 'query($under: ID!) { coverage(under: $under) { households linked unassigned } }';
  // Asked twice on B, so B serves it from its cache.
  const { coverage: first } = await gql(urlB, query, { under: link.village });
  const { coverage: cached } = await gql(urlB, query, { under: link.village });
  assert.deepEqual(cached, first);

  await linkHousehold(urlA, link);
  const expected = { households: first.households, linked: first.linked + 1, unassigned: first.unassigned - 1 };
  const started = performance.now();
  let seen;
  do {
    ({ coverage: seen } = await gql(urlB, query, { under: link.village }));
    if (seen.linked === expected.linked) break;
    await sleep(100);
  } while (performance.now() - started < 3000);
  console.log(`coverage of ${link.village} on B: ${JSON.stringify(first)} -> ${JSON.stringify(seen)} after ${(performance.now() - started).toFixed(0)} ms`);
  assert.deepEqual(seen, expected, `B's coverage of ${link.village} within 3 s of the link on A`);
  assert.deepEqual((await gql(urlA, query, { under: link.village })).coverage, expected);
});

test('commits alternating between A and B reach subscribers on B in cursor order, no gap, no duplicate', { skip: needsTwoInstances }, async () => {
  const from = await latestCursor(urlB);
  const subscribers = Object.entries(transports).map(([name, connect]) => ({ name, client: connect(urlB) }));
  try {
    const iterators = subscribers.map((s) => s.client.iterate({ after: from }));
    // B links a household (one event), then A creates one (two events in one commit), five times over: the last
    // commit is A's, so the stream only completes if the fan-out brings it.
    const expected = [];
    for (let round = 0; round < 5; round += 1) {
      const link = nextLink();
      await linkHousehold(urlB, link);
      expected.push(`RELATIONSHIP_CREATED LINKS ${link.member}->${link.household}`);
      const household = await createHousehold(urlA, link.group);
      expected.push(`NODE_CREATED ${household}`, `RELATIONSHIP_CREATED COVERS ${link.group}->${household}`);
    }
    const truth = await changesAfter(urlA, from);
    assert.deepEqual(truth.map(about), expected, 'the change log holds the commits in the order they were made');
    for (const [i, iterator] of iterators.entries()) {
      const events = await take(iterator, expected.length);
      assertContiguous(events, from);
      assert.deepEqual(events.map(about), expected, `${subscribers[i].name}: every event, in commit order`);
      assert.deepEqual(events.map((e) => e.cursor), truth.map((e) => e.cursor));
      await iterator.return();
    }
  } finally {
    for (const s of subscribers) s.client.dispose();
  }
});
