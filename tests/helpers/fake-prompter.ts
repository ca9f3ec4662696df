import type { Prompter, Question } from "../../src/cli/prompter.js";

/**
 * Answers prompts by name, as a person would type them, and fails on any prompt it has no
 * answer for. An answer list is used in turn (for a prompt that repeats, like countries).
 */
export function fakePrompter(answers: Record<string, string | string[]>): Prompter & { asked: string[] } {
  const queues = new Map(Object.entries(answers).map(([name, value]) => [name, Array.isArray(value) ? [...value] : [value]]));
  const asked: string[] = [];
  return {
    asked,
    async ask(question: Question) {
      asked.push(question.name);
      const queue = queues.get(question.name);
      if (!queue || queue.length === 0) throw new Error(`unexpected prompt: ${question.name} (${question.message})`);
      const answer = queue.shift()!;
      if (question.kind === "input" && question.validate) {
        const valid = question.validate(answer);
        if (valid !== true) throw new Error(`the prompt "${question.name}" rejected ${JSON.stringify(answer)}: ${valid}`);
      }
      if (question.kind === "select" && !question.choices.some((choice) => choice.value === answer)) throw new Error(`"${answer}" is not a choice of ${question.name}`);
      if (question.kind === "search" && answer !== "" && !question.source(answer).some((choice) => choice.value === answer)) throw new Error(`"${answer}" is not found by ${question.name}`);
      return answer;
    },
  };
}
