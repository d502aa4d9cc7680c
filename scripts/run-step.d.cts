export declare class StepError extends Error {
  readonly step: string;
  readonly command: string;
  readonly exitCode: number | null;
  readonly lines: string[];
}
export interface RunStepOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly log?: (message: string) => void;
  readonly isTTY?: boolean;
  readonly onLine?: (line: string) => string | null;
}
export declare function runStep(
  step: string,
  cmd: string,
  args: readonly string[],
  options?: RunStepOptions,
): Promise<void>;
export declare function failureLines(lines: readonly string[]): string[];
export declare function formatSeconds(ms: number): string;
