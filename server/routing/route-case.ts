/**
 * A person routes a case to a department (from triage, or re-routes it). Moving a case to
 * another department clears its assignee: the new department decides who takes it.
 */
import type { Actor } from '../auth/user.js';
import { findDepartment } from '../departments/find-department.js';
import { InvalidInputError } from '../errors.js';
import { changeCaseDepartment, loadWorkableCase, routingLessonOf, type CaseDeps } from '../cases/index.js';

export async function routeCaseToDepartment(deps: CaseDeps, actor: Actor, number: string, departmentId: string): Promise<void> {
  const kase = await loadWorkableCase(deps.db, actor, number);
  if (!(await findDepartment(deps, departmentId))?.active) throw new InvalidInputError('unknown department', { reason: 'bad_department' });
  if (kase.departmentId === departmentId) return;
  await changeCaseDepartment(deps, actor, kase, departmentId);
  // The router learns at once from the clerk's choice; a failure to learn never undoes the routing.
  if (deps.learnRouting) {
    const lesson = await routingLessonOf(deps, kase);
    await deps.learnRouting(lesson.text, departmentId, { caseId: kase.id, suggestedDepartmentId: lesson.suggestedDepartmentId, actorId: actor.id }).catch((error: unknown) => {
      console.error(`routing did not learn from ${kase.number}: ${(error as Error).message}`);
    });
  }
}
