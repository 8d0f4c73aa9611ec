// The introspection requests that schema-reading tools send, rebuilt from the installed libraries, and the fixtures
// the .NET API tests post (tests/GovGraph.Api.Tests/Introspection/Fixtures): introspection.test.mjs fails when a
// fixture is not what its library sends. Run `node introspection-documents.mjs --write` here to rewrite them
// after a library upgrade.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { UrlLoader } from '@graphql-tools/url-loader';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const fixtureFolder = path.join(root, 'tests', 'GovGraph.Api.Tests', 'Introspection', 'Fixtures');

/** The GraphiQL bundle's own node_modules (installed by the API build), where its graphql copy lives. */
const graphiqlModules = path.join(root, 'src', 'GovGraph.Api', 'GraphiQL', 'node_modules');

/**
 * GraphiQL 3 (@graphiql/react's useIntrospectionQuery): getIntrospectionQuery with its inputValueDeprecation and
 * schemaDescription props, unset on our page, posted with operationName IntrospectionQuery by the toolkit's fetcher.
 */
async function graphiql() {
  const graphql = await import(pathToFileURL(path.join(graphiqlModules, 'graphql', 'index.mjs')).href);
  const query = graphql.getIntrospectionQuery({ inputValueDeprecation: undefined, schemaDescription: undefined });
  return { query, operationName: 'IntrospectionQuery' };
}

/** graphql's getIntrospectionQuery with every option that adds a field GovGraph's schema can answer. */
async function graphqlJs() {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  });
  return { query };
}

/**
 * graphql-codegen with `schema: <url>`: @graphql-tools/load hands the URL loader codegen's defaultSchemaLoadOptions
 * (plus the pointer's own, none here), which the loader passes to getIntrospectionQuery and graphql's parse, then
 * prints the parsed document into the request. The request is caught by a local server, not rebuilt by hand.
 */
async function codegen() {
  const defaultSchemaLoadOptions = { assumeValidSDL: true, sort: true, convertExtensions: true, includeSources: true };
  let body;
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => { text += chunk; });
    request.on('end', () => {
      body ??= text;
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end('{"errors":[{"message":"captured"}]}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${server.address().port}/graphql`;
    await new UrlLoader().load(url, { ...defaultSchemaLoadOptions }).catch(() => undefined);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  if (body === undefined) {
    throw new Error('the URL loader sent no request');
  }
  return JSON.parse(body);
}

/** Each fixture's file name and how to rebuild its request body. */
export const documents = {
  'graphiql-3.json': graphiql,
  'graphql-js-all-options.json': graphqlJs,
  'graphql-codegen-url-loader.json': codegen,
};

export async function readFixture(name) {
  return JSON.parse(await readFile(path.join(fixtureFolder, name), 'utf8'));
}

if (process.argv.includes('--write')) {
  for (const [name, build] of Object.entries(documents)) {
    await writeFile(path.join(fixtureFolder, name), JSON.stringify(await build(), null, 2) + '\n');
    console.log(`wrote ${name}`);
  }
}
