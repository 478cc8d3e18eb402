import { type ChangeText, toneClass } from "./format";

/** A month-on-month change: arrow and signed figure, coloured by whether it is good, judged in words for screen readers. */
export function Change({ change, testId }: { change: ChangeText; testId?: string }) {
  return (
    <p className={`text-xs tabular-nums ${toneClass[change.tone]}`} data-testid={testId} data-tone={change.tone}>
      {change.arrow && <span aria-hidden="true">{change.arrow} </span>}
      {change.text}
      {change.srText && <span className="sr-only"> {change.srText}</span>}
    </p>
  );
}
