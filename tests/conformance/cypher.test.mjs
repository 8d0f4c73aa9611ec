// Every Cypher statement the Neo4j store can send, through Neo4j's own parser and semantic analysis (the Cypher
// front end compiled to JavaScript, @neo4j-cypher/language-support), in Cypher 5 and Cypher 25: any error or
// notification (deprecations come as notifications) fails. The statements come from the .NET catalog
// (tests/GovGraph.Storage.Tests/Neo4j/Cypher/CypherCatalog.cs), which its own tests keep complete and which
// CypherCatalogTests.TheCatalogIsWrittenForNeo4jsFrontEnd writes to generated/cypher-statements.json; tests/run.sh
// runs the .NET tests first. This suite needs no running API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
// The package exports only its language-server surface; the analysis module is imported by its file.
import { wrappedSemanticAnalysis } from './node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/syntaxValidation/semanticAnalysisWrapper.js';

const here = dirname(fileURLToPath(import.meta.url));
const catalogPath = process.env.GOVGRAPH_CYPHER_CATALOG ?? join(here, 'generated', 'cypher-statements.json');
const versions = ['CYPHER 5', 'CYPHER 25'];

/** Problems Neo4j's front end reports for a statement in one Cypher version: errors and notifications. */
function problems(text, version) {
  const { errors, notifications } = wrappedSemanticAnalysis(text, {}, version);
  return [...errors, ...notifications].map(
    (p) => `${p.severity === 1 ? 'error' : 'notification'} at line ${p.range.start.line + 1}: ${p.message}`);
}

function loadCatalog() {
  assert.ok(existsSync(catalogPath),
    `No Cypher catalog at ${catalogPath}. It is written by the .NET test CypherCatalogTests: run ` +
    "`dotnet test tests/GovGraph.Storage.Tests --filter CypherCatalog` (tests/run.sh runs it before this suite).");
  return JSON.parse(readFileSync(catalogPath, 'utf8'));
}

test("Neo4j's front end flags a statement with a syntax error, a semantic error or a deprecation", () => {
  for (const version of versions) {
    assert.match(problems('MATC (n:GgNode) RETURN n', version).join('\n'), /error.*Invalid input 'MATC'/);
    assert.match(problems('MATCH (n:GgNode) RETURN m', version).join('\n'), /error.*Variable `m` not defined/);
    assert.match(problems('MATCH (n:GgNode) WHERE id(n) = 1 RETURN n', version).join('\n'), /notification.*deprecated/);
    assert.deepEqual(problems('MATCH (n:GgNode {id: $id}) RETURN n', version), []);
  }
});

test('the catalog holds a case for every builder method', () => {
  const catalog = loadCatalog();
  const covered = new Set(catalog.cases.map((c) => c.builder));
  assert.ok(catalog.builders.length > 20, `only ${catalog.builders.length} builder methods listed`);
  assert.deepEqual(catalog.builders.filter((b) => !covered.has(b)), [], 'builder methods without a case');
});

test("every statement the Cypher builders produce passes Neo4j's front end in Cypher 5 and Cypher 25", () => {
  const catalog = loadCatalog();
  // Many branches share a text; each distinct text is analysed once per version, its failures reported by case.
  const byText = new Map();
  for (const c of catalog.cases) {
    byText.set(c.text, [...(byText.get(c.text) ?? []), c.name]);
  }

  const failures = [];
  for (const [text, names] of byText) {
    for (const version of versions) {
      const found = problems(text, version);
      if (found.length > 0) {
        failures.push(`${names.join(', ')} (${version}):\n  ${found.join('\n  ')}\n  ---\n  ${text.replaceAll('\n', '\n  ')}`);
      }
    }
  }

  console.log(`cypher: ${catalog.cases.length} cases, ${byText.size} distinct statements, ${versions.join(' and ')}`);
  assert.equal(failures.length, 0, `${failures.length} statement/version pairs fail Neo4j's front end:\n${failures.join('\n\n')}`);
});
