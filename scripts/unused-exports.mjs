// Lists the value exports (functions, classes, constants) in src/ that no other module in src/ (nor bench/,
// examples/ or scripts/) imports: dead, used only inside their own file, or used only by tests. Exit 1 when
// there is any. Types are left out: an exported function's parameter and result types are exported for its
// callers even where none names them yet.
// Usage: npm run unused-exports   (.ci/run runs it after lint and typecheck)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Modules whose exports are the product's faces: nothing in the repository imports them. */
const ENTRY_POINTS = new Set(['src/index.ts', 'src/cli.ts']);
/** Folders whose imports count as uses (tests do not: an export only a test imports is a test-only path). */
const USERS = ['src', 'bench', 'examples', 'scripts'];

function filesUnder(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const hasExport = (node) => ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export;

/** The names a module exports (declarations and `export { … }` lists; `export *` re-exports are followed). */
function exportsOf(sourceFile) {
  const names = new Set();
  const starFrom = [];
  for (const node of sourceFile.statements) {
    if (ts.isExportDeclaration(node)) {
      if (node.exportClause && ts.isNamedExports(node.exportClause)) {
        if (!node.isTypeOnly) {
          for (const element of node.exportClause.elements)
            if (!element.isTypeOnly) names.add(element.name.text);
        }
      } else if (node.moduleSpecifier) {
        starFrom.push(node.moduleSpecifier.text);
      }
    } else if (ts.isVariableStatement(node) && hasExport(node)) {
      for (const declaration of node.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
      }
    } else if (
      (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isEnumDeclaration(node)) &&
      hasExport(node) &&
      node.name
    ) {
      names.add(node.name.text);
    }
  }
  return { names, starFrom };
}

/** (module path, name) pairs a file imports: static imports, re-exports, and `const { a } = await import(…)`. */
function importsOf(sourceFile, fromPath) {
  const uses = [];
  const target = (specifier) => resolve(dirname(fromPath), specifier);
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const specifier = node.moduleSpecifier.text;
      if (specifier.startsWith('.')) {
        const path = target(specifier);
        const clause = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : node.exportClause;
        if (clause && (ts.isNamedImports(clause) || ts.isNamedExports(clause))) {
          for (const element of clause.elements)
            uses.push([path, (element.propertyName ?? element.name).text]);
        } else if (clause && ts.isNamespaceImport(clause)) {
          uses.push([path, '*']);
        } else if (ts.isExportDeclaration(node) && !node.exportClause) {
          uses.push([path, '*']);
        }
      }
    }
    if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      ts.isAwaitExpression(node.initializer) &&
      ts.isCallExpression(node.initializer.expression) &&
      node.initializer.expression.expression.kind === ts.SyntaxKind.ImportKeyword
    ) {
      const [argument] = node.initializer.expression.arguments;
      if (argument && ts.isStringLiteral(argument) && argument.text.startsWith('.')) {
        const path = target(argument.text);
        if (ts.isObjectBindingPattern(node.name)) {
          for (const element of node.name.elements) {
            const name = element.propertyName ?? element.name;
            if (ts.isIdentifier(name)) uses.push([path, name.text]);
          }
        } else {
          uses.push([path, '*']);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return uses;
}

const parse = (path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);

export function unusedExports() {
  const sources = filesUnder(join(ROOT, 'src')).filter((p) => p.endsWith('.ts'));
  const used = new Map();
  for (const path of USERS.flatMap((dir) => filesUnder(join(ROOT, dir)))) {
    for (const [module, name] of importsOf(parse(path), path)) {
      if (module === path) continue;
      if (!used.has(module)) used.set(module, new Set());
      used.get(module).add(name);
    }
  }
  const exported = new Map(sources.map((path) => [path, exportsOf(parse(path))]));
  // `export * from './x.ts'` in a used module passes its uses on to x
  for (const [path, { starFrom }] of exported) {
    for (const specifier of starFrom) {
      const from = resolve(dirname(path), specifier);
      for (const name of used.get(path) ?? []) {
        if (!used.has(from)) used.set(from, new Set());
        used.get(from).add(name);
      }
    }
  }
  const unused = [];
  for (const [path, { names }] of exported) {
    const rel = relative(ROOT, path);
    if (ENTRY_POINTS.has(rel)) continue;
    const uses = used.get(path) ?? new Set();
    if (uses.has('*')) continue;
    for (const name of names) if (!uses.has(name)) unused.push(`${rel}: ${name}`);
  }
  return unused.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const unused = unusedExports();
  for (const line of unused) console.log(line);
  console.log(
    unused.length === 0 ? 'no unused exports' : `${unused.length} exports nothing outside tests imports`,
  );
  process.exitCode = unused.length === 0 ? 0 : 1;
}
