// Every ```graphql example of the README through Apollo Client, which adds __typename to every selection set, as a
// front-end team would paste it. Queries run against the live server and must come back without errors.
// Mutations get a dry check instead: the exact document Apollo would send (captured by a terminating link) is
// validated against the live schema. Running them for real would commit changes to the seeded store that the feed
// tests, which may run beside this file, check event by event (their replay reads every event after a cursor).
// Subscriptions are skipped: their examples are event streams that only end when a mutation commits. A block
// holding several operations (a walk-through, one request after another) is checked one operation at a time.
// The schema for the dry check is the exported contract (schema/govgraph.graphql, held to the running schema by
// the .NET schema test): the full introspection query is itself refused by GraphQL:MaxComplexity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Observable } from 'rxjs';
import { Kind, buildSchema, print, validate } from 'graphql';

const url = process.env.GOVGRAPH_URL ?? 'http://localhost:5080/graphql';
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const schema = buildSchema(readFileSync(new URL('../../schema/govgraph.graphql', import.meta.url), 'utf8'));

// Examples the server refuses through Apollo for a reason another issue owns, by a line of their text. They run
// as `todo`: a refusal is reported, not failed, and the day it passes the entry can go.
const KNOWN_EXCEPTIONS = new Map([
  ['node(id: "village:shanmen")',
    'the village screen: with __typename added at every level the cost model counts it above GraphQL:MaxComplexity '
    + '(MAX_COMPLEXITY_EXCEEDED); the query-cost issue changes the cost model, not this test'],
]);

const examples = [...readme.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((match) => ({
  text: match[1],
  line: readme.slice(0, match.index).split('\n').length,
}));

/** The document Apollo Client sends for an example: its own transforms (__typename) applied, nothing sent. */
async function asApolloSendsIt(document) {
  let sent;
  const capture = new ApolloLink((operation) => {
    sent = operation.query;
    return new Observable((observer) => {
      observer.next({ data: null });
      observer.complete();
    });
  });
  const client = new ApolloClient({ link: capture, cache: new InMemoryCache() });
  await client.mutate({ mutation: document, errorPolicy: 'all' }).catch(() => {});
  return sent;
}

const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache() });

test('the README has graphql examples to check', () => {
  assert.ok(examples.length >= 5, `found ${examples.length} graphql blocks in README.md`);
});

/** Each operation of a block as a document of its own, with the block's fragments. */
function operationsOf(text) {
  const { definitions } = gql(text);
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ operation, document: gql(print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] })) }));
}

for (const { text, line, operation: { operation, selectionSet }, document } of examples.flatMap(
  (example) => operationsOf(example.text).map((op) => ({ ...example, ...op })))) {
  const name = `README line ${line}: ${operation} { ${selectionSet.selections[0]?.name?.value ?? '?'} … } through Apollo Client`;
  const known = [...KNOWN_EXCEPTIONS].find(([key]) => text.includes(key))?.[1];

  if (operation === 'subscription') {
    test(name, { skip: 'a subscription example streams until a mutation commits' }, () => {});
    continue;
  }

  if (operation === 'mutation') {
    test(`${name} (dry check: validated against the schema contract, not run)`, async () => {
      const sent = await asApolloSendsIt(document);

      assert.match(print(sent), /__typename/, 'Apollo adds __typename');
      assert.deepEqual(validate(schema, sent).map((e) => e.message), []);
    });
    continue;
  }

  test(name, known ? { todo: known } : {}, async () => {
    const result = await client.query({ query: document, fetchPolicy: 'no-cache', errorPolicy: 'all' });

    assert.ok(!result.error, `${result.error?.message} ${JSON.stringify(result.error?.errors?.map((e) => e.extensions?.code) ?? [])}`);
    assert.ok(result.data && Object.keys(result.data).length > 0, 'data came back');
  });
}
