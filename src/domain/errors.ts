// Domain errors carry a stable code so callers (chat, CLI, HTTP) can answer in the user's language
// without parsing messages. The message is English and meant for logs and developers.

export const DOMAIN_ERROR_CODES = [
  'missing_field',
  'invalid_date',
  'end_before_start',
  'overlapping_periods',
  'open_period_not_last',
  'no_sick_period',
  'invalid_percentage',
  'invalid_employer_size',
  'unknown_jurisdiction',
  'unknown_phase',
  'unknown_milestone',
  'milestone_already_done',
  'date_before_case',
  'date_before_previous',
  'period_running',
  'no_running_period',
  'case_closed',
  'rit_not_applicable',
  'rit_already_requested',
  'rit_not_requested',
  'rit_already_decided',
  'invalid_rit_decision',
  'invalid_choice',
  'nl_only',
  'already_recorded',
  'not_recorded',
  'date_too_early',
  'date_out_of_range',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Values that name what was wrong (a date, a milestone id); safe to show, never medical. */
export type DomainErrorParams = Record<string, string | number>;

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly params: DomainErrorParams = {},
  ) {
    super(message);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
