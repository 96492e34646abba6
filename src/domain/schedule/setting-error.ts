// A tenant setting the scheduler cannot work with (an unknown time zone, working hours that end
// before they start, an escalation rule that does not parse). Raised when settings are checked,
// at start-up or when a tenant changes them, so a bad value is named before anything is planned.

export class InvalidSettingError extends Error {
  override readonly name = 'InvalidSettingError';

  constructor(
    /** Which setting: `timeZone`, `workingHours`, `leadTimes`, `escalationRules`... */
    readonly setting: string,
    /** What is wrong, in English, naming the value or rule id. */
    readonly detail: string,
    /** For escalation rules: the id of the rule at fault. */
    readonly ruleId: string | null = null,
  ) {
    super(`${setting}: ${detail}`);
  }
}

export function isInvalidSetting(e: unknown): e is InvalidSettingError {
  return e instanceof InvalidSettingError;
}
