// The real clients with their default settings: urql and Apollo Client get JSON for queries and mutations (urql's
// default Accept lists text/event-stream after the JSON types), and Apollo's persisted-query link gets Apollo's
// protocol (an unknown hash, the retry with the text, the hash alone afterwards).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { Client as UrqlClient, fetchExchange, gql as urqlGql } from '@urql/core';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const url = process.env.GOVGRAPH_URL ?? 'http://localhost:5080/graphql';

// A mutation the domain refuses (a blank name): it runs through the client and commits nothing, so the feed
// tests' exact change-log checks, which may run beside this file, see no stray event.
const REFUSED_MUTATION = 'mutation { createPerson(input: { name: "" }) { person { id } errors { code field } } }';

/** fetch that remembers each exchange's method, Accept, response media type and the request body it sent. */
function recordingFetch() {
  const exchanges = [];
  const fetcher = async (input, init = {}) => {
    const response = await fetch(input, init);
    const headers = new Headers(init.headers);
    exchanges.push({
      method: init.method ?? 'GET',
      accept: headers.get('accept'),
      mediaType: (response.headers.get('content-type') ?? '').split(';')[0].trim(),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
      url: String(input),
    });
    return response;
  };
  return { fetcher, exchanges };
}

function apollo(fetcher, before = []) {
  return new ApolloClient({
    link: ApolloLink.from([...before, new HttpLink({ uri: url, fetch: fetcher })]),
    cache: new InMemoryCache(),
  });
}

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

test('urql with its default Accept gets JSON for a query and a mutation', async () => {
  const { fetcher, exchanges } = recordingFetch();
  const client = new UrqlClient({ url, exchanges: [fetchExchange], fetch: fetcher, requestPolicy: 'network-only' });

  const query = await client.query(urqlGql`{ stats { villages households } }`, {}).toPromise();
  const mutation = await client.mutation(urqlGql(REFUSED_MUTATION), {}).toPromise();

  assert.equal(query.error, undefined, String(query.error));
  assert.ok(query.data.stats.villages > 0);
  assert.equal(mutation.error, undefined, String(mutation.error));
  assert.deepEqual(mutation.data.createPerson.errors.map((e) => e.code), ['INVALID_INPUT']);
  assert.equal(exchanges.length, 2);
  for (const exchange of exchanges) {
    assert.match(exchange.accept, /text\/event-stream/, 'urql still asks for an event stream among its types');
    assert.equal(exchange.mediaType, 'application/graphql-response+json', `${exchange.method} ${exchange.accept}`);
  }
});

test('Apollo Client with its default Accept gets JSON for a query and a mutation', async () => {
  const { fetcher, exchanges } = recordingFetch();
  const client = apollo(fetcher);

  const query = await client.query({ query: gql`{ stats { villages } }`, fetchPolicy: 'no-cache' });
  const mutation = await client.mutate({ mutation: gql(REFUSED_MUTATION) });

  assert.ok(query.data.stats.villages > 0);
  assert.deepEqual(mutation.data.createPerson.errors.map((e) => e.code), ['INVALID_INPUT']);
  assert.deepEqual(exchanges.map((e) => e.mediaType), ['application/graphql-response+json', 'application/graphql-response+json']);
});

test("Apollo's persisted-query link: an unknown hash, the retry with the text, then the hash alone", async () => {
  // A document no other run registered: the server must not know its hash yet.
  const marker = `q${randomUUID().replaceAll('-', '')}`;
  const query = gql`query ${marker} { stats { villages } }`;
  const run = async () => {
    const { fetcher, exchanges } = recordingFetch();
    const client = apollo(fetcher, [new PersistedQueryLink({ sha256 })]);
    const result = await client.query({ query, fetchPolicy: 'no-cache' });
    return { result, exchanges };
  };

  const first = await run();
  const second = await run();

  assert.ok(first.result.data.stats.villages > 0);
  assert.equal(first.exchanges.length, 2, 'the hash alone, then the hash with the text');
  assert.equal(first.exchanges[0].body.query, undefined);
  assert.match(first.exchanges[0].body.extensions.persistedQuery.sha256Hash, /^[0-9a-f]{64}$/);
  assert.equal(typeof first.exchanges[1].body.query, 'string');
  assert.equal(first.exchanges[1].body.extensions.persistedQuery.sha256Hash, first.exchanges[0].body.extensions.persistedQuery.sha256Hash);

  assert.deepEqual(second.result.data, first.result.data);
  assert.equal(second.exchanges.length, 1, 'the registered hash runs alone');
  assert.equal(second.exchanges[0].body.query, undefined);
});

test("Apollo's persisted-query link over GET for hashed queries runs a registered document", async () => {
  const marker = `q${randomUUID().replaceAll('-', '')}`;
  const query = gql`query ${marker} { stats { households } }`;
  const run = async () => {
    const { fetcher, exchanges } = recordingFetch();
    const client = apollo(fetcher, [new PersistedQueryLink({ sha256, useGETForHashedQueries: true })]);
    const result = await client.query({ query, fetchPolicy: 'no-cache' });
    return { result, exchanges };
  };

  const first = await run();
  const second = await run();

  assert.deepEqual(first.exchanges.map((e) => e.method), ['GET', 'POST']);
  assert.deepEqual(second.exchanges.map((e) => e.method), ['GET']);
  assert.ok(second.result.data.stats.households > 0);
});
