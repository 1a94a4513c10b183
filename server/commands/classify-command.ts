/**
 * `desk classify`: JSON Lines in, JSON Lines out — for tests, benchmarks and integrators.
 *   in:  {"id": "...", "subject"?: "...", "body": "..."}
 *   out: {"id", "language", "languageConfidence", "replyLanguage", "department", "departmentConfidence", "autoRouted", "top3": [...]}
 * "department" is the best department even when its confidence is below its auto-routing
 * threshold; "autoRouted" says whether the desk would route it there without triage.
 * "departmentConfidence" is the calibrated probability that "department" is right. A line that is not a valid petition gets
 * {"id", "error"} and the command ends with status 1; every other line is still answered.
 */
import readline from 'node:readline';
import { z } from 'zod';
import type { CaseAnalyser } from '../intake/case-analyser.js';

const petitionLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  subject: z.string().optional().default(''),
  body: z.string(),
});

export interface ClassifyCommandDeps {
  analyser: CaseAnalyser;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function runClassifyCommand(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, deps: ClassifyCommandDeps): Promise<number> {
  let failures = 0;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: string | null = null;
    let out: Record<string, unknown>;
    try {
      const raw: unknown = JSON.parse(line);
      if (raw && typeof raw === 'object' && 'id' in raw) id = String((raw as { id: unknown }).id);
      const petition = petitionLine.parse(raw);
      const a = await deps.analyser.analyse({ subject: petition.subject, body: petition.body, pages: [], hints: {} });
      out = {
        id: petition.id,
        language: a.language,
        languageConfidence: round(a.languageConfidence),
        replyLanguage: a.replyLanguage,
        department: a.top3[0]?.departmentId ?? a.departmentId,
        departmentConfidence: round(a.departmentConfidence),
        autoRouted: a.departmentId !== null,
        top3: a.top3.map((t) => ({ department: t.departmentId, confidence: round(t.confidence) })),
      };
    } catch (error) {
      failures++;
      const message = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') : (error as Error).message;
      out = { id, error: message };
    }
    if (!output.write(`${JSON.stringify(out)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return failures ? 1 : 0;
}
