/** The only place that knows inquirer: commands ask questions through this small interface. */

export interface Choice {
  name: string;
  value: string;
}

export type Question =
  | {
      kind: "input";
      name: string;
      message: string;
      default?: string;
      validate?: (value: string) => true | string;
      /** What to show while typing (a live character count). */
      transformer?: (value: string, final: boolean) => string;
    }
  | { kind: "select"; name: string; message: string; choices: Choice[]; default?: string }
  | { kind: "search"; name: string; message: string; source: (term: string) => Choice[] };

export interface Prompter {
  ask(question: Question): Promise<string>;
}

/** Prompts on the terminal with @inquirer/prompts, loaded only when a prompt is needed. */
export function createInquirerPrompter(): Prompter {
  return {
    async ask(question) {
      const prompts = await import("@inquirer/prompts");
      switch (question.kind) {
        case "input":
          return prompts.input({
            message: question.message,
            default: question.default,
            validate: question.validate,
            transformer: question.transformer ? (value, { isFinal }) => question.transformer!(value, isFinal) : undefined,
          });
        case "select":
          return prompts.select({ message: question.message, choices: question.choices, default: question.default });
        case "search":
          return prompts.search({ message: question.message, source: async (term) => question.source(term ?? "") });
      }
    },
  };
}
