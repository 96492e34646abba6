// The file of one case, put together from the store for a reader: the PDF's content and the JSON
// export both start here, in the reader's language and on the reader's calendar day.
import type { Case } from '../../domain/case';
import { buildCaseExport, buildCaseFile, type CaseExport, type CaseFile } from '../../domain/dossier';
import { formatDay } from '../../domain/labels';
import { deadlineOptionsFor } from '../../domain/rules/tenant-options';
import type { Store } from '../../store/store';
import type { Person, Tenant } from '../../store/types';
import { texts, type Lang } from '../i18n';
import { localDate } from '../time';
import { loadFileNames, loadFileRecords } from './file-records';

export interface FileReader {
  tenant: Tenant;
  person: Person;
  lang: Lang;
  now: Date;
}

function clockTime(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(now);
}

async function parts(store: Store, c: Case, reader: FileReader) {
  const tz = reader.person.timeZone ?? reader.tenant.settings.timeZone;
  const today = localDate(reader.now, tz);
  const records = await loadFileRecords(store, c.tenantId, c.id);
  const names = await loadFileNames(store, c, records, reader.tenant.name, texts(reader.lang).common.unknown);
  return { today, records, names, generatedAt: `${formatDay(today, reader.lang)} ${clockTime(reader.now, tz)}` };
}

export async function assembleCaseFile(store: Store, c: Case, reader: FileReader): Promise<CaseFile> {
  const { today, records, names, generatedAt } = await parts(store, c, reader);
  return buildCaseFile({ c, records, names, moment: { today, generatedAt }, locale: reader.lang, options: deadlineOptionsFor(reader.tenant.settings) });
}

export async function assembleCaseExport(store: Store, c: Case, reader: FileReader): Promise<CaseExport> {
  const { today, records, names } = await parts(store, c, reader);
  return buildCaseExport({ c, records, names, today, exportedAt: reader.now.toISOString(), options: deadlineOptionsFor(reader.tenant.settings) });
}
