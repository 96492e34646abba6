// `herstart deadlines`: the legal deadlines of one case, as a table (Dutch by default) or JSON.
import { computeDeadlines, type DeadlineReport } from '../domain/deadlines';
import { domainErrorText } from '../domain/error-text';
import { isDomainError } from '../domain/errors';
import { cliLocale, CliUsageError, localeFromArgs, type CliCommand } from './command';
import { parseDeadlinesArgs } from './deadlines-args';
import { renderDeadlinesTable } from './deadlines-table';

const USAGE = `Usage: herstart deadlines --jurisdiction NL|BE --sick START[:END][,partial=PCT][,different-illness] [--sick ...]
         [--today YYYY-MM-DD] [--employees N] [--maternity START:END] [--done ID:DATE ...]
         [--rit-requested DATE --rit-decision A|B|C:DATE]                                   (BE)
         [--wage-sanction DECIDED:ENDS] [--sanction-shortened REQUESTED[:DECIDED[:ENDS]]]    (NL)
         [--postponed-wia AGREED:ENDS] [--early-iva APPLIED[:granted|refused:DATE]]          (NL)
         [--second-track-decision yes|no:DATE] [--labour-expert DATE] [--second-track START[:PROVIDER]]
         [--expert-opinion REQUESTED:employer|employee:own_work|efforts|suitable_work[:ANSWERED] ...]
         [--safety-net day_4|week_6] [--days-off DATE,...] [--rule NAME=VALUE ...]
         [--lang nl|en|fr] [--json]

Dates are YYYY-MM-DD; END is the last sick day. Leave END off for a period that still runs.
partial=PCT: the share of hours still unfit (1-99). different-illness (BE): the relapse's
certificate states another illness, so it starts a new incapacity.
`;

export const deadlinesCommand: CliCommand = {
  summary: 'legal deadlines of a sickness case (NL Poortwachter, BE re-integration)',
  usage: USAGE,
  run(args, io) {
    const lang = localeFromArgs(args);
    const parsed = parseDeadlinesArgs(args, lang, io.today());
    if (parsed.help) {
      io.out(USAGE);
      return 0;
    }
    const locale = cliLocale(parsed.lang, parsed.facts.jurisdiction);
    let report: DeadlineReport;
    try {
      report = computeDeadlines(parsed.facts, parsed.today, parsed.options);
    } catch (e) {
      if (isDomainError(e)) throw new CliUsageError(domainErrorText(e, locale));
      throw e;
    }
    const rit = parsed.facts.rit;
    if (rit && rit.requestedOn < report.caseStart) {
      // The engine ignores a request from before the case (it belongs to an earlier one); here
      // the user typed it for this case, so say so.
      const said = {
        nl: `--rit-requested ${rit.requestedOn} ligt vóór de eerste ziektedag van het dossier (${report.caseStart})`,
        en: `--rit-requested ${rit.requestedOn} is before the first sick day of the case (${report.caseStart})`,
        fr: `--rit-requested ${rit.requestedOn} tombe avant le premier jour de maladie du dossier (${report.caseStart})`,
      };
      throw new CliUsageError(said[lang]);
    }
    io.out(parsed.json ? `${JSON.stringify(toJson(report))}\n` : renderDeadlinesTable(report, locale, parsed.facts.employerSize != null));
    return 0;
  },
};

/** The documented `--json` shape, and nothing more: scripts depend on it. */
function toJson(report: DeadlineReport) {
  return {
    jurisdiction: report.jurisdiction,
    regime: report.regime,
    sickDays: report.sickDays,
    milestones: report.milestones.map((m) => ({
      id: m.id,
      due: m.due,
      windowStart: m.windowStart,
      status: m.status,
      source: m.source,
    })),
  };
}
