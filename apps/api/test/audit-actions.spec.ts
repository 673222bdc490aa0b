import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AUDIT_ACTION_CODES, isAuditAction } from '@kizuna/domain';
import ts from 'typescript';

const SRC = join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Calls that take an action: recordAudit({ action }), and the helpers that hand one on. */
const PASSING_AN_ACTION = new Set(['audit', 'recordRefusal']);
const ACTION_SHAPE = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/;

/**
 * Every action the API source writes: the literals given as `action` to recordAudit() and to the
 * services' audit()/recordRefusal() helpers (both branches of a `? :`). A computed action (a
 * template with substitutions) cannot be read here and is reported as such.
 */
function writtenActions(): { actions: Map<string, string>; unreadable: string[] } {
  const actions = new Map<string, string>();
  const unreadable: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!/recordAudit|recordRefusal/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const collect = (node: ts.Expression, strict: boolean) => {
      if (ts.isParenthesizedExpression(node)) return collect(node.expression, strict);
      if (ts.isConditionalExpression(node)) {
        collect(node.whenTrue, strict);
        collect(node.whenFalse, strict);
      } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (strict || ACTION_SHAPE.test(node.text)) actions.set(node.text, where(node));
      } else if (ts.isTemplateExpression(node)) {
        unreadable.push(`${where(node)} ${node.getText()}`);
      }
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const callee = node.expression.text;
        if (callee === 'recordAudit') {
          for (const arg of node.arguments.filter(ts.isObjectLiteralExpression))
            for (const p of arg.properties)
              if (ts.isPropertyAssignment(p) && p.name.getText() === 'action')
                collect(p.initializer, true);
        } else if (PASSING_AN_ACTION.has(callee)) {
          for (const arg of node.arguments) collect(arg, false);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { actions, unreadable };
}

describe('audit actions', () => {
  const { actions, unreadable } = writtenActions();

  it('finds the actions the API writes (the scan reads the source)', () => {
    expect(actions.size).toBeGreaterThan(40);
    expect(actions.get('provisioningRequest.confirmationMismatch')).toMatch(
      /provisioning-check\.service\.ts/,
    );
    expect(actions.get('provisioningRequest.rejectRefused')).toBeDefined();
    expect(actions.get('staffMember.deactivated')).toMatch(/staff\.service\.ts/);
    expect(unreadable).toEqual([]);
  });

  it('has a plain-language label (domain AUDIT_ACTIONS) for every action the API writes', () => {
    const unlabelled = [...actions].filter(([a]) => !isAuditAction(a)).map((e) => e.join(' at '));
    expect(unlabelled).toEqual([]);
  });

  it('offers in the filter only actions the API writes', () => {
    expect(AUDIT_ACTION_CODES.filter((a) => !actions.has(a))).toEqual([]);
  });
});
